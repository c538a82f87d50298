import { browser, type PublicPath } from 'wxt/browser';

/** The jieba wasm, copied to the extension root by wxt.config.ts and listed as web-accessible. */
export const WASM_FILE = 'jieba_rs_wasm_bg.wasm';

/** Its URL; the cast is needed because the build hook, not public/, puts the file there. */
export const wasmUrl = (): string => browser.runtime.getURL(`/${WASM_FILE}` as PublicPath);
