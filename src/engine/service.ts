import { browser } from 'wxt/browser';
import { isExtensionPage, isTrustedSender, type Sender } from '@/src/background/senders';
import { wasmUrl } from '@/src/background/wasm-url';
import { onMessage } from '@/src/messaging/protocol';
import { charsOf, checkEngineRequest, checkEngineTextRequest, type EngineInfo, type EngineReply, type EngineRequest, type EngineTextRequest } from './request';
import type { FromWorker, ToWorker } from './worker-protocol';

/**
 * A request the worker has not answered by then means it hangs: it is replaced. Generous, for a
 * cold start on a busy machine; a whole page takes some tens of ms once warm.
 */
const answerWithinMs = (request: EngineRequest | EngineTextRequest) =>
  10_000 + ('text' in request ? request.text.length : request.articles.reduce((n, a) => n + charsOf(a), 0)) / 50;

/** Only the extension's own contexts (the service worker) may ping the engine. */
function isExtensionSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id && !sender.tab && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

interface Pending {
  resolve(reply: EngineReply): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The shared analysis engine: one jieba and one analyser per browser, kept warm, serving every
 * e-paper tab's content script. Runs in Chrome's offscreen document and in Firefox's background
 * page; the work itself is done in a worker, which is replaced when it hangs, dies or its
 * WebAssembly traps, while this document stays up and keeps answering. Requests are checked as
 * data: only our content scripts on e-paper pages (and our own pages), bounded in size.
 */
export function serveEngine(): void {
  let info: EngineInfo = { startupMs: null, warmups: 0, served: 0 };
  let restarts = 0;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const spawn = (): Worker => {
    const w = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'xbzd-engine' });
    w.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'info') return void (info = data.info);
      const waiting = pending.get(data.id);
      if (!waiting) return;
      pending.delete(data.id);
      clearTimeout(waiting.timer);
      if (data.type === 'reply') return waiting.resolve(data.reply);
      waiting.reject(new Error(data.message));
      if (data.broken) replace('its WebAssembly broke');
    };
    w.onerror = (event) => {
      event.preventDefault();
      replace(`it failed: ${event.message}`);
    };
    w.postMessage({ type: 'init', wasmUrl: wasmUrl() } satisfies ToWorker);
    return w;
  };
  let worker = spawn();

  function replace(why: string) {
    console.warn(`[湘报助读] The engine's worker is replaced: ${why}.`);
    worker.terminate();
    for (const [, p] of pending) {
      clearTimeout(p.timer);
      p.reject(new Error(`engine restarted: ${why}`));
    }
    pending.clear();
    restarts++;
    info = { startupMs: null, warmups: 0, served: 0 };
    worker = spawn();
  }

  const ask = (request: EngineRequest | EngineTextRequest) =>
    new Promise<EngineReply>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => replace('it did not answer in time'), answerWithinMs(request));
      pending.set(id, { resolve, reject, timer });
      const message: ToWorker = 'text' in request ? { type: 'analyseText', id, request } : { type: 'analyse', id, request };
      worker.postMessage(message);
    });

  onMessage('enginePing', ({ sender }) => {
    if (!isExtensionSender(sender)) throw new Error('untrusted sender');
    return { ...info, restarts };
  });

  onMessage('engineAnalyze', async ({ sender, data }) => {
    if (!isTrustedSender(sender)) throw new Error('untrusted sender');
    const request = checkEngineRequest(data);
    if (!request) throw new Error('bad request');
    const reply = await ask(request);
    return { ...reply, engine: { ...reply.engine, restarts } };
  });

  // Pasted text (the panel's 粘贴文本 box): only the extension's own pages, never a web page.
  onMessage('engineAnalyzeText', async ({ sender, data }) => {
    if (!isExtensionPage(sender)) throw new Error('untrusted sender');
    const request = checkEngineTextRequest(data);
    if (!request) throw new Error('bad request');
    const reply = await ask(request);
    return { ...reply, engine: { ...reply.engine, restarts } };
  });
}
