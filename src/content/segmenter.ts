import { createJiebaSegmenter } from '@/src/analysis/segmenter/jieba';
import type { Segmenter, SegmenterInfo } from '@/src/analysis/segmenter/types';
import { sendMessage } from '@/src/messaging/protocol';
import { wasmUrl } from '@/src/background/wasm-url';

/** jieba in the extension's own context, reached over messaging. */
function remoteSegmenter(): Segmenter {
  let info: Promise<SegmenterInfo> | null = null;
  return {
    ready: () => (info ??= sendMessage('segmentWarmup').then((i) => ({ ...i, path: 'background' as const }))),
    cut: (text) => sendMessage('segmentCut', text),
    tokenize: (text) => sendMessage('segmentTokenize', text),
    tag: (text) => sendMessage('segmentTag', text),
  };
}

/**
 * The segmenter for this page: jieba in the content script when the page lets WebAssembly run;
 * when its CSP forbids it (Chrome applies the page's CSP to content scripts), the same segmenter
 * in the background, without the reader noticing. The panel shows which path is in use.
 */
export async function pageSegmenter(): Promise<{ segmenter: Segmenter; info: SegmenterInfo }> {
  const local = createJiebaSegmenter(() => fetch(wasmUrl()), 'content');
  try {
    return { segmenter: local, info: await local.ready() };
  } catch (error) {
    console.info('[湘报助读] WebAssembly blocked in this page; segmenting in the extension instead.', error);
    const remote = remoteSegmenter();
    return { segmenter: remote, info: await remote.ready() };
  }
}
