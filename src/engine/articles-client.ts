import { wasmUrl } from '@/src/background/wasm-url';
import type { AnalyzedArticle, ArticleInput } from '@/src/analysis/types';
import { sendMessage } from '@/src/messaging/protocol';
import type { EngineReply } from './request';
import type { FromWorker, ToWorker } from './worker-protocol';

/** Where the panel's articles were analysed: the shared engine, or a worker of the panel's own. */
export type ArticlesPath = 'engine' | 'panel';

export interface AnalysedArticles {
  articles: Array<{ analysis: AnalyzedArticle; tokenCount: number }>;
  path: ArticlesPath;
}

const TIMEOUT_MS = 15_000;

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function askEngine(articles: ArticleInput[]): Promise<EngineReply> {
  const ask = async () => {
    const reply = (await within(sendMessage('engineAnalyze', { articles }), TIMEOUT_MS, 'engine')) as EngineReply | undefined;
    if (!reply || !Array.isArray(reply.articles) || reply.articles.length !== articles.length) throw new Error('engine: no reply');
    return reply;
  };
  try {
    return await ask();
  } catch {
    await within(sendMessage('engineStart'), TIMEOUT_MS, 'engine start');
    return ask();
  }
}

/**
 * The panel's own engine worker, for when the shared engine cannot be reached: started once for
 * a whole issue (jieba takes a few hundred ms to start), closed when idle for a while.
 */
let worker: Worker | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve(r: EngineReply): void; reject(e: Error): void }>();

function panelWorker(): Worker {
  clearTimeout(idle);
  if (worker) return worker;
  const w = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'xbzd-issue' });
  w.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.type === 'info') return;
    const p = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.type === 'reply') p?.resolve(data.reply);
    else p?.reject(new Error(data.message));
  };
  w.onerror = (event) => {
    event.preventDefault();
    for (const p of waiting.values()) p.reject(new Error(event.message || 'the analysis worker failed'));
    waiting.clear();
    w.terminate();
    worker = null;
  };
  w.postMessage({ type: 'init', wasmUrl: wasmUrl() } satisfies ToWorker);
  return (worker = w);
}

function askPanelWorker(articles: ArticleInput[]): Promise<EngineReply> {
  const w = panelWorker();
  const id = nextId++;
  const done = new Promise<EngineReply>((resolve, reject) => waiting.set(id, { resolve, reject }));
  w.postMessage({ type: 'analyse', id, request: { articles } } satisfies ToWorker);
  return within(done, 60_000, 'panel worker').finally(() => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      worker?.terminate();
      worker = null;
    }, 30_000);
  });
}

let engineUsable = true;

/** Articles analysed by the shared engine while it answers, else by the panel's own worker. */
export async function analyseArticles(articles: ArticleInput[]): Promise<AnalysedArticles> {
  if (engineUsable) {
    try {
      return { articles: (await askEngine(articles)).articles, path: 'engine' };
    } catch (error) {
      console.info('[湘报助读] The shared engine cannot be reached; analysing the issue in the panel.', error);
      engineUsable = false;
    }
  }
  return { articles: (await askPanelWorker(articles)).articles, path: 'panel' };
}
