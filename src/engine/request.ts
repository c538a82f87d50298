import type { AnalyzedArticle, ArticleInput } from '@/src/analysis/types';

/**
 * What a content script may ask of the shared engine: a page's articles, as plain text fields.
 * Messages are data from a tab and not trusted: the engine checks the shape and the size of
 * every request before it analyses anything.
 */
export interface EngineRequest {
  articles: ArticleInput[];
}

/**
 * Pasted text for the engine to split into articles and analyse, as analyzeText does (the panel's
 * 粘贴文本 box). Only the extension's own pages may send one.
 */
export interface EngineTextRequest {
  text: string;
}

/** What the engine says about itself, with every reply and to the background's ping. */
export interface EngineInfo {
  /** Fetch and compile the wasm, build jieba's dictionary, first cut (ms); null while starting. */
  startupMs: number | null;
  /** Warm-up analyses done so far (the analyser's code is optimised after a few). */
  warmups: number;
  /** Requests answered since the engine's worker started. */
  served: number;
  /** jieba was copied back from the snapshot saved after an earlier build (see segmenter/snapshot.ts). */
  fromSnapshot?: boolean;
  /** Where the start-up went (wasm, read, restore or build), in ms. */
  startupPhasesMs?: Record<string, number>;
  /** Times the engine's worker was replaced (it hung, died or its WebAssembly broke). */
  restarts?: number;
}

export interface EngineReply {
  articles: Array<{ analysis: AnalyzedArticle; tokenCount: number }>;
  /** Analysis time in the engine for this request (ms, start-up excluded). */
  analyseMs: number;
  engine: EngineInfo;
}

/**
 * The most text one request may carry (all string fields summed, in UTF-16 units): about 20
 * full pages, far below Chrome's 64 MiB message limit even with the facts sent back. A layout
 * page's articles are sent in parts that each stay under it (see partsWithin).
 */
export const MAX_ENGINE_CHARS = 400_000;
/** The most articles in one request (a layout page has 5–20). */
export const MAX_ENGINE_ARTICLES = 64;

const optionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** The characters an article carries over messaging. */
export function charsOf(a: ArticleInput): number {
  let n = a.id.length + a.title.length + a.body.length;
  n += (a.introTitle ?? '').length + (a.subTitle ?? '').length + (a.byline ?? '').length + (a.continuedFrom ?? '').length;
  for (const c of a.captions ?? []) n += c.length;
  return n;
}

function isArticleInput(v: unknown): v is ArticleInput {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return (
    typeof a.id === 'string' &&
    typeof a.title === 'string' &&
    typeof a.body === 'string' &&
    optionalString(a.introTitle) &&
    optionalString(a.subTitle) &&
    optionalString(a.byline) &&
    optionalString(a.continuedFrom) &&
    (a.captions === undefined || (Array.isArray(a.captions) && a.captions.length <= 200 && a.captions.every((c) => typeof c === 'string'))) &&
    (a.rawText === undefined || typeof a.rawText === 'boolean')
  );
}

/** The request as the engine will use it (only the known fields are kept), or null when it is not one. */
export function checkEngineRequest(v: unknown): EngineRequest | null {
  if (typeof v !== 'object' || v === null) return null;
  const list = (v as { articles?: unknown }).articles;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_ENGINE_ARTICLES) return null;
  if (!list.every(isArticleInput)) return null;
  const articles = list.map((a): ArticleInput => ({
    id: a.id,
    title: a.title,
    introTitle: a.introTitle ?? null,
    subTitle: a.subTitle ?? null,
    byline: a.byline ?? null,
    captions: a.captions ? [...a.captions] : [],
    continuedFrom: a.continuedFrom ?? null,
    body: a.body,
    ...(a.rawText === undefined ? {} : { rawText: a.rawText }),
  }));
  const total = articles.reduce((n, a) => n + charsOf(a), 0);
  return total <= MAX_ENGINE_CHARS ? { articles } : null;
}

/**
 * Articles grouped into requests that each stay within the limits, in order. An article that is
 * alone too large comes back in `tooLarge` (the caller analyses it in the page instead).
 */
export function partsWithin(
  articles: readonly ArticleInput[],
  maxChars = MAX_ENGINE_CHARS,
  maxArticles = MAX_ENGINE_ARTICLES,
): { parts: ArticleInput[][]; tooLarge: ArticleInput[] } {
  const parts: ArticleInput[][] = [];
  const tooLarge: ArticleInput[] = [];
  let part: ArticleInput[] = [];
  let chars = 0;
  for (const a of articles) {
    const n = charsOf(a);
    if (n > maxChars) {
      tooLarge.push(a);
      continue;
    }
    if (part.length > 0 && (chars + n > maxChars || part.length >= maxArticles)) {
      parts.push(part);
      part = [];
      chars = 0;
    }
    part.push(a);
    chars += n;
  }
  if (part.length > 0) parts.push(part);
  return { parts, tooLarge };
}

/** Why a pasted text cannot be analysed as it is, or null when it can. */
export function pastedTextProblem(text: string): 'empty' | 'too-long' | null {
  if (!text.trim()) return 'empty';
  return text.length > MAX_ENGINE_CHARS ? 'too-long' : null;
}

/** The text request as the engine will use it, or null when it is not one (not text, blank, too long). */
export function checkEngineTextRequest(v: unknown): EngineTextRequest | null {
  if (typeof v !== 'object' || v === null) return null;
  const text = (v as { text?: unknown }).text;
  if (typeof text !== 'string' || pastedTextProblem(text) !== null) return null;
  return { text };
}
