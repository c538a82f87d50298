import { browser } from 'wxt/browser';
import { createJiebaSegmenter, tagNow, tokenizeNow } from '@/src/analysis/segmenter/jieba';
import { MAX_SEGMENT_CHARS, onMessage } from '@/src/messaging/protocol';
import { wasmUrl } from './wasm-url';
import { isTrustedSender, type Sender } from './senders';

/**
 * The CSP fallback: content scripts on pages that forbid WebAssembly send their text here.
 * Messages are not trusted: only our content scripts on e-paper pages may ask, with a string
 * of bounded size.
 */
export function serveSegmenter(): void {
  const segmenter = createJiebaSegmenter(() => fetch(wasmUrl()), 'background');

  const check = (sender: Sender, text?: unknown): string => {
    if (!isTrustedSender(sender)) throw new Error('untrusted sender');
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
