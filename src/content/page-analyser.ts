import { analyzeArticle } from '@/src/analysis/analyze';
import type { AnalyzedArticle, ArticleInput } from '@/src/analysis/types';
import { partsWithin, type EngineReply } from '@/src/engine/request';
import type { AnalysisPathInfo } from '@/src/messaging/page-state';
import { sendMessage } from '@/src/messaging/protocol';
import { countingSegmenter } from './counting-segmenter';
import { pageSegmenter } from './segmenter';

export interface Analysed {
  analysis: AnalyzedArticle;
  tokenCount: number;
}

/** A page's analyser: the shared engine while it answers, else jieba in this page. */
export interface PageAnalyser {
  /** Where the last analysis ran; null before the first. */
  info(): AnalysisPathInfo | null;
  /** The articles' facts, in the order given. */
  analyze(inputs: readonly ArticleInput[]): Promise<Analysed[]>;
}

/** A request the engine has not answered by then is given up (the page analyses it itself). */
const ENGINE_TIMEOUT_MS = 15_000;

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * One request to the shared engine. When nobody answers (not started yet, closed, crashed), the
 * background starts it, or restarts it, and the request is sent once more.
 */
async function askEngine(articles: ArticleInput[]): Promise<EngineReply> {
  const ask = () => within(sendMessage('engineAnalyze', { articles }), ENGINE_TIMEOUT_MS, 'engine');
  try {
    return await ask();
  } catch {
    await within(sendMessage('engineStart'), ENGINE_TIMEOUT_MS, 'engine start');
    return ask();
  }
}

/**
 * The shared engine first: the page's text goes to it and the facts come back, so this page
 * builds no jieba of its own. When the engine cannot be reached, jieba starts in this page
 * (or, where the page's CSP forbids WebAssembly, in the extension's service worker) and the
 * page stays on that path. The panel shows which path is in use.
 */
export function pageAnalyser(): PageAnalyser {
  let current: AnalysisPathInfo | null = null;
  let engineUsable = true;
  let local: ReturnType<typeof pageSegmenter> | null = null;

  async function inPage(inputs: readonly ArticleInput[]): Promise<Analysed[]> {
    local ??= pageSegmenter();
    const { segmenter, info } = await local;
    current = { path: info.path === 'background' ? 'background' : 'content', startupMs: info.startupMs };
    const out: Analysed[] = [];
    for (const input of inputs) {
      const counted = countingSegmenter(segmenter);
      out.push({ analysis: await analyzeArticle(input, counted), tokenCount: counted.tokens() });
    }
    return out;
  }

  async function inEngine(inputs: readonly ArticleInput[]): Promise<Analysed[]> {
    const { parts, tooLarge } = partsWithin(inputs);
    const byInput = new Map<ArticleInput, Analysed>();
    for (const part of parts) {
      const reply = await askEngine(part);
      if (reply.articles.length !== part.length) throw new Error('engine: wrong number of articles');
      part.forEach((input, i) => byInput.set(input, reply.articles[i]!));
      current = { path: 'engine', startupMs: reply.engine.startupMs };
    }
    // An article too large for one message (never seen on the paper) is analysed here.
    if (tooLarge.length > 0) (await inPage(tooLarge)).forEach((a, i) => byInput.set(tooLarge[i]!, a));
    return inputs.map((input) => byInput.get(input)!);
  }

  return {
    info: () => current,
    async analyze(inputs) {
      if (engineUsable) {
        try {
          return await inEngine(inputs);
        } catch (error) {
          console.info('[湘报助读] The shared engine cannot be reached; analysing in this page instead.', error);
          engineUsable = false;
        }
      }
      return inPage(inputs);
    },
  };
}
