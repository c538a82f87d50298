import { analyzeArticle, articleInputsOfText } from '@/src/analysis/analyze';
import type { Segmenter } from '@/src/analysis/segmenter/types';
import type { ArticleInput } from '@/src/analysis/types';
import { countingSegmenter } from '@/src/content/counting-segmenter';
import type { EngineInfo, EngineReply, EngineRequest, EngineTextRequest } from './request';
import { WARMUP_RUNS, warmAnalyser } from './warmup-sample';

/** jieba and the analyser in one context, started and warmed once, then serving requests. */
export interface EngineCore {
  info(): EngineInfo;
  /** A checked request's facts. */
  analyse(request: EngineRequest): Promise<EngineReply>;
  /** A checked pasted text, split into articles the way analyzeText splits it, and their facts. */
  analyseText(request: EngineTextRequest): Promise<EngineReply>;
}

/** `onInfo` hears when the engine has started and when it is warm. */
export function createEngineCore(segmenter: Segmenter, onInfo: (info: EngineInfo) => void = () => {}): EngineCore {
  const info: EngineInfo = { startupMs: null, warmups: 0, served: 0 };
  segmenter
    .ready()
    .then(async (i) => {
      info.startupMs = i.startupMs;
      info.fromSnapshot = i.fromSnapshot ?? false;
      if (i.phasesMs) info.startupPhasesMs = i.phasesMs;
      onInfo({ ...info });
      // The analyser's code compiled and optimised before the first real page asks.
      await warmAnalyser(segmenter, WARMUP_RUNS, () => info.warmups++);
      onInfo({ ...info });
    })
    .catch((error: unknown) => console.error('[湘报助读] engine start-up failed', error));

  const analyse = async (inputs: readonly ArticleInput[]): Promise<EngineReply> => {
    await segmenter.ready();
    const t0 = performance.now();
    const articles: EngineReply['articles'] = [];
    for (const input of inputs) {
      const counted = countingSegmenter(segmenter);
      articles.push({ analysis: await analyzeArticle(input, counted), tokenCount: counted.tokens() });
    }
    info.served++;
    return { articles, analyseMs: performance.now() - t0, engine: { ...info } };
  };

  return {
    info: () => ({ ...info }),
    analyse: (request) => analyse(request.articles),
    analyseText: (request) => analyse(articleInputsOfText(request.text)),
  };
}
