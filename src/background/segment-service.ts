import { browser } from 'wxt/browser';
import { createJiebaSegmenter, tagNow, tokenizeNow } from '@/src/analysis/segmenter/jieba';
import { MAX_SEGMENT_CHARS, onMessage } from '@/src/messaging/protocol';
import { isEpaperUrl } from '@/src/epaper/hosts';
import { wasmUrl } from './wasm-url';

/**
 * The CSP fallback: content scripts on pages that forbid WebAssembly send their text here.
 * Messages are not trusted: only our content scripts on e-paper pages may ask, with a string
 * of bounded size.
 */
export function serveSegmenter(): void {
  const segmenter = createJiebaSegmenter(() => fetch(wasmUrl()), 'background');

  const check = (sender: { id?: string; tab?: { url?: string } }, text?: unknown): string => {
    if (sender.id !== browser.runtime.id) throw new Error('unknown sender');
    if (sender.tab && !isEpaperUrl(sender.tab.url ?? '')) throw new Error('not an e-paper page');
    if (text === undefined) return '';
    if (typeof text !== 'string' || text.length > MAX_SEGMENT_CHARS) throw new Error('bad text');
    return text;
  };

  onMessage('segmentWarmup', ({ sender }) => (check(sender), segmenter.ready()));
  onMessage('segmentCut', ({ sender, data }) => segmenter.cut(check(sender, data)));
  onMessage('segmentTokenize', async ({ sender, data }) => {
    const text = check(sender, data);
    await segmenter.ready();
    return tokenizeNow(text);
  });
  onMessage('segmentTag', async ({ sender, data }) => {
    const text = check(sender, data);
    await segmenter.ready();
    return tagNow(text);
  });
}
