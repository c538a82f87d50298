import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const EPAPER_HOSTS = ['*://epaper.voc.com.cn/*', '*://hnrb.voc.com.cn/*'];
/** The jieba wasm ships as its own file, fetched with runtime.getURL (never inlined). */
const WASM_FILE = 'jieba_rs_wasm_bg.wasm';
const JIEBA_WASM = fileURLToPath(new URL(`./node_modules/jieba-wasm/pkg/web/${WASM_FILE}`, import.meta.url));

/**
 * jieba-wasm's loader has a default `new URL('…wasm', import.meta.url)`, which makes Vite inline
 * 4 MB of wasm into every bundle that imports it. We always pass the URL, so drop the default.
 */
const jiebaWasmNotInlined: Plugin = {
  name: 'jieba-wasm-not-inlined',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('jieba_rs_wasm.js')) return null;
    return code.replace(/new URL\(\s*['"]jieba_rs_wasm_bg\.wasm['"]\s*,\s*import\.meta\.url\s*\)/, 'undefined');
  },
};

export default defineConfig({
  publicDir: 'assets/static',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [jiebaWasmNotInlined, preact()],
    // The engine's worker (src/engine/engine.worker.ts) is bundled apart: an ES module, jieba's
    // wasm not inlined there either.
    worker: { format: 'es' as const, plugins: () => [jiebaWasmNotInlined] },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: JIEBA_WASM, relativeDest: WASM_FILE });
    },
  },
  manifest: ({ manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // unlimitedStorage: 5,000 saved articles take about 62 MB, past storage.local's 10 MB quota.
    permissions: browser === 'firefox' ? ['storage', 'unlimitedStorage'] : ['storage', 'unlimitedStorage', 'sidePanel', 'offscreen'],
    host_permissions: EPAPER_HOSTS,
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_sidebar_action']: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandOpenPanel__',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveArticle__',
      },
    },
    ...(manifestVersion === 3
      ? {
          content_security_policy: {
            extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
          },
          web_accessible_resources: [{ resources: [WASM_FILE], matches: EPAPER_HOSTS }],
        }
      : {
          content_security_policy: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
          web_accessible_resources: [WASM_FILE],
        }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'xiangbao-zhudu@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});
