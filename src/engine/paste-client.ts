import { wasmUrl } from '@/src/background/wasm-url';
import { sendMessage } from '@/src/messaging/protocol';
import type { EngineReply, EngineTextRequest } from './request';
import type { FromWorker, ToWorker } from './worker-protocol';

/** Where pasted text was analysed: the shared engine, or an engine worker of the panel's own. */
export type PastePath = 'engine' | 'panel';

export interface PasteAnalysis {
  articles: EngineReply['articles'];
  path: PastePath;
  analyseMs: number;
}

/** The engine answers a whole page in well under a second once warm; a cold start takes a few. */
const answerWithinMs = (text: string) => 15_000 + text.length / 20;

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const isReply = (v: unknown): v is EngineReply =>
  typeof v === 'object' && v !== null && Array.isArray((v as EngineReply).articles);

/** The shared engine: asked once, and once more after the background (re)starts it. */
async function askEngine(request: EngineTextRequest): Promise<EngineReply> {
  const ask = async () => {
    const reply: unknown = await within(sendMessage('engineAnalyzeText', request), answerWithinMs(request.text), 'engine');
    if (!isReply(reply)) throw new Error('engine: no reply');
    return reply;
  };
  try {
    return await ask();
  } catch {
    await within(sendMessage('engineStart'), 15_000, 'engine start');
    return ask();
  }
}

/**
 * The engine's own worker started in the panel, for when the shared engine cannot be reached:
 * the same analyser, still off the panel's main thread, closed once it has answered.
 */
function askPanelWorker(request: EngineTextRequest): Promise<EngineReply> {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'xbzd-paste' });
  const done = new Promise<EngineReply>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'reply') resolve(data.reply);
      else if (data.type === 'error') reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the analysis worker failed'));
    };
  });
  worker.postMessage({ type: 'init', wasmUrl: wasmUrl() } satisfies ToWorker);
  worker.postMessage({ type: 'analyseText', id: 1, request } satisfies ToWorker);
  return within(done, 60_000 + answerWithinMs(request.text), 'panel worker').finally(() => worker.terminate());
}

/**
 * Pasted text, split into articles and analysed as analyzeText does: by the shared engine when
 * it answers, else by a worker of the panel's own. The caller checks the text first
 * (pastedTextProblem).
 */
export async function analysePastedText(text: string): Promise<PasteAnalysis> {
  const request = { text };
  try {
    const reply = await askEngine(request);
    return { articles: reply.articles, path: 'engine', analyseMs: reply.analyseMs };
  } catch (error) {
    console.info('[湘报助读] The shared engine cannot be reached; analysing the pasted text in the panel.', error);
  }
  const reply = await askPanelWorker(request);
  return { articles: reply.articles, path: 'panel', analyseMs: reply.analyseMs };
}
