import { analyzeArticle } from '@/src/analysis/analyze';
import { createJiebaSegmenter } from '@/src/analysis/segmenter/jieba';
import { isTrustedSender, type Sender } from '@/src/background/senders';
import { wasmUrl } from '@/src/background/wasm-url';
import { countingSegmenter } from '@/src/content/counting-segmenter';
import { onMessage } from '@/src/messaging/protocol';
import { checkEngineRequest, type EngineInfo, type EngineReply } from './request';
import { WARMUP_ARTICLE } from './warmup-sample';
import { browser } from 'wxt/browser';

/** Warm-up runs of the sample article; each is a few ms once jieba is up, and yields in between. */
const WARMUP_RUNS = 12;

/** Only the extension's own contexts (the service worker) may ping the engine. */
function isExtensionSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !sender.tab && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

/**
 * The shared analysis engine: one jieba and one analyser per browser, kept warm, serving every
 * e-paper tab's content script. Runs in Chrome's offscreen document and in Firefox's background
 * page. A request is a page's article texts; the reply is their facts. Requests are checked as
 * data: only our content scripts on e-paper pages (and our own pages), bounded in size.
 */
export function serveEngine(): void {
  const segmenter = createJiebaSegmenter(() => fetch(wasmUrl()), 'background');
  const info: EngineInfo = { startupMs: null, warmups: 0, served: 0 };

  const started = segmenter.ready().then(async (i) => {
    info.startupMs = i.startupMs;
    // Warm the analyser in slices, so that a request arriving meanwhile is served between runs.
    for (let n = 0; n < WARMUP_RUNS; n++) {
      await new Promise((ok) => setTimeout(ok, 0));
      await analyzeArticle(WARMUP_ARTICLE, segmenter);
      info.warmups++;
    }
  });
  started.catch((error: unknown) => console.error('[湘报助读] engine start-up failed', error));

  onMessage('enginePing', ({ sender }) => {
    if (!isExtensionSender(sender)) throw new Error('untrusted sender');
    return { ...info };
  });

  onMessage('engineAnalyze', async ({ sender, data }): Promise<EngineReply> => {
    if (!isTrustedSender(sender)) throw new Error('untrusted sender');
    const request = checkEngineRequest(data);
    if (!request) throw new Error('bad request');
    await segmenter.ready();
    const t0 = performance.now();
    const articles: EngineReply['articles'] = [];
    for (const input of request.articles) {
      const counted = countingSegmenter(segmenter);
      articles.push({ analysis: await analyzeArticle(input, counted), tokenCount: counted.tokens() });
    }
    info.served++;
    return { articles, analyseMs: performance.now() - t0, engine: { ...info } };
  });
}
