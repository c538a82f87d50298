/** The jieba wasm, copied to the extension root by wxt.config.ts and listed as web-accessible. */
export const WASM_FILE = 'jieba_rs_wasm_bg.wasm';
