import { cleanText, looksLikeRawPdf } from './clean';
import { parsePhotoCredit, photoCreditStart } from './byline';
import { bareNames, isBylineLine, isCreditLine } from './byline/grammar';
import { DATELINE } from './byline/patterns';
import { distinct } from './entities/spans';
import { datelinePlaces } from './entities/dateline-places';
import { extractEntities } from './entities';
import { extractFigures } from './figures';
import { extractKeywords } from './keywords';
import { prepareArticle, type PreparedArticle } from './prepare';
import { splitGluedTokens } from './segmenter/glued';
import type { Segmenter, TaggedToken } from './segmenter/types';
import { headlineRoles, splitPage } from './split';
import { pastedHead } from './split/pasted-head';
import { summarize } from './summary';
import type { AnalysisDocument, AnalyzedArticle, ArticleInput, IssueInfo, SourceKind } from './types';
import { buildDocument } from './document';

export { prepareArticle, type PreparedArticle } from './prepare';

/** Time spent in the segmenter and in everything else, summed over articles (ms). */
export interface Clock {
  segmentMs: number;
  extractMs: number;
}

/**
 * Articles, end to end: clean → dateline and journalists → one tagging pass → figures →
 * people, places, organisations → keywords → summary. Pure TypeScript: the content script
 * calls it with its own segmenter, the command line and the tests with nodeSegmenter().
 * A page's articles are all prepared, then all tagged, then all analysed, one extractor at a
 * time over all of them (see factsOf).
 */
export async function analyzeArticles(inputs: readonly ArticleInput[], seg: Segmenter, clock?: Clock): Promise<AnalyzedArticle[]> {
  await seg.ready(); // start-up (wasm, dictionary) is not analysis time
  const t0 = performance.now();
  const preps = inputs.map((input) => {
    const prep = prepareArticle(input);
    return { prep, captions: [...captionTexts(input), ...prep.captions.map(withoutCredit)] };
  });
  const t1 = performance.now();
  const tagged: Array<{ tags: TaggedToken[]; captionTags: TaggedToken[][] }> = [];
  for (const { prep, captions } of preps) {
    const tags = prep.text ? await seg.tag(prep.text) : [];
    const captionTags: TaggedToken[][] = [];
    for (const c of captions) captionTags.push(await seg.tag(c));
    tagged.push({ tags, captionTags });
  }
  const t2 = performance.now();
  const repaired = tagged.map(({ tags, captionTags }) => ({ tags: splitGluedTokens(tags), captionTags: captionTags.map(splitGluedTokens) }));
  const out = factsOf(inputs, preps, repaired);
  const t3 = performance.now();
  if (clock) {
    clock.segmentMs += t2 - t1;
    clock.extractMs += t1 - t0 + (t3 - t2);
  }
  return out;
}

/** The first non-blank line of a text, trimmed. */
const firstLine = (raw: string): string => raw.trimStart().split('\n', 1)[0]!.trim();

/** One article, end to end (see analyzeArticles). */
export async function analyzeArticle(input: ArticleInput, seg: Segmenter, clock?: Clock): Promise<AnalyzedArticle> {
  return (await analyzeArticles([input], seg, clock))[0]!;
}

/**
 * The facts of a page's articles, each extractor run over all the articles before the next one
 * (figures, then people, places and organisations, then keywords, then summaries): an extractor's
 * tables and compiled code stay warm from one article to the next, which makes the extraction of
 * a page 5–8% faster than running all the extractors on one article after another. Every
 * article's result is the same either way (no extractor reads another article's).
 */
function factsOf(
  inputs: readonly ArticleInput[],
  preps: ReadonlyArray<{ prep: PreparedArticle; captions: readonly string[] }>,
  tagged: ReadonlyArray<{ tags: readonly TaggedToken[]; captionTags: readonly (readonly TaggedToken[])[] }>,
): AnalyzedArticle[] {
  const figures = preps.map(({ prep }, i) => extractFigures(prep.text, tagged[i]!.tags));
  const names = preps.map(({ prep }) => new Set(prep.journalists.map((j) => j.name)));
  const entities = preps.map(({ prep }, i) => extractEntities(prep.text, tagged[i]!.tags, names[i]));
  const inCaptions = preps.map(({ captions }, i) => captions.map((c, k) => extractEntities(c, tagged[i]!.captionTags[k]!, names[i])));
  const headlines = inputs.map((input) => [input.introTitle, input.title, input.subTitle].filter(Boolean).join(' '));
  const keywords = preps.map(({ prep }, i) => {
    const e = entities[i]!;
    return extractKeywords(tagged[i]!.tags, {
      title: headlines[i],
      text: prep.text,
      names: [...e.orgs, ...e.places, ...e.officials.map((o) => o.name), ...e.people.map((p) => p.name)],
    });
  });
  const summaries = preps.map(({ prep }, i) =>
    summarize(prep.text, {
      title: headlines[i]!,
      keywords: keywords[i]!,
      leadWeighted: prep.continuedFrom === null,
    }),
  );
  return inputs.map((input, i) => {
    const prep = preps[i]!.prep;
    const e = entities[i]!;
    return {
      id: input.id,
      title: input.title,
      introTitle: input.introTitle ?? null,
      subTitle: input.subTitle ?? null,
      continuedFrom: prep.continuedFrom,
      dateline: prep.dateline,
      journalists: prep.journalists,
      text: prep.text,
      figures: figures[i]!,
      // People a photo caption names are the story's too, with no mention in `text` to point at.
      officials: withCaptioned(e.officials, inCaptions[i]!.flatMap((c) => c.officials)),
      people: withCaptioned(e.people, inCaptions[i]!.flatMap((c) => c.people)).filter((p) => !names[i]!.has(p.name)),
      // Places and bodies a photo caption names belong to the story too, as does the place in the
      // dateline (they have no offsets in `text`, and places and organisations are plain names).
      places: distinct([...datelinePlaces(prep.dateline), ...e.places, ...inCaptions[i]!.flatMap((c) => c.places)]),
      orgs: distinct([...e.orgs, ...inCaptions[i]!.flatMap((c) => c.orgs)]),
      keywords: keywords[i]!,
      summary: summaries[i]!,
    };
  });
}

/** The body's people, then those only a caption names (no mentions: they are not in the text). */
function withCaptioned<T extends { name: string; mentions?: unknown[] }>(inText: readonly T[], inCaptions: readonly T[]): T[] {
  const seen = new Set(inText.map((p) => p.name));
  const out = [...inText];
  for (const p of inCaptions) {
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    out.push({ ...p, mentions: [] });
  }
  return out;
}

/** The describing part of a caption: its photo credit taken off. */
function withoutCredit(text: string): string {
  const credit = photoCreditStart(text);
  return (credit >= 0 ? text.slice(0, credit) : text).trim();
}

/** The describing part of each caption of an article, cleaned. */
function captionTexts(input: ArticleInput): string[] {
  return (input.captions ?? [])
    .map((c) => withoutCredit(cleanText(c, { raw: input.rawText ?? false }).text))
    .filter((c) => c.length > 0);
}

export interface TextOptions {
  path?: string;
  kind?: SourceKind;
  issue?: IssueInfo;
}

/** Article inputs of raw text: a page's PDF text (many articles) or one pasted article. */
function medianLineLength(raw: string): number {
  // Credit lines are short by nature (记者:… / 摄像:… / 后期:…): they say nothing of the column's width.
  const lengths = raw.split('\n').map((l) => l.trim()).filter((l) => l.length > 0 && !(l.length <= 30 && isCreditLine(l))).map((l) => l.length).sort((a, b) => a - b);
  return lengths[lengths.length >> 1] ?? 0;
}

/** Credit lines above the first piece that the page reading left out of it (an untitled paste). */
function creditLinesBefore(raw: string, start: number): string | null {
  const credits = raw.slice(0, start).split('\n').map((l) => l.trim()).filter((l) => l && isBylineLine(l));
  return credits.length ? credits.join(' ') : null;
}

/** Photo captions above the first piece that the page reading left out of it (图:… 彭斌 摄). */
function captionLinesBefore(raw: string, start: number): string[] {
  return raw.slice(0, start).split('\n').map((l) => l.trim()).filter((l) => l && !isBylineLine(l) && parsePhotoCredit(l).length > 0);
}

/**
 * A body of paragraphs, one a line (a pasted article), rather than a page's PDF text, where a
 * blank line follows nearly every printed line.
 */
function paragraphsOnly(body: string): boolean {
  // (Lines and blank lines counted in one scan, with no line strings made.)
  let lines = 1;
  let blank = 0;
  let empty = true; // the current line has nothing but spaces so far
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x0a) {
      if (empty) blank++;
      lines++;
      empty = true;
    } else if (empty && !/\s/.test(body[i]!)) empty = false;
  }
  if (empty) blank++;
  return blank <= Math.max(1, lines * 0.15);
}

export function articleInputsOfText(raw: string): ArticleInput[] {
  const pieces = splitPage(raw);
  if (pieces.length === 0 && raw.trim()) return [{ id: 'a1', title: '', body: raw }];
  // One pasted article: its head (short title lines, a byline among them), a blank line, then
  // the body. That layout says more than the page reading of the lines, which takes a body
  // paragraph closed by a byline for a new article's head; a page's PDF text is never laid out so.
  const rawPdf = looksLikeRawPdf(raw);
  const head = pastedHead(raw);
  const paragraphs = head !== null && paragraphsOnly(raw.slice(head.bodyStart));
  if (head && (!rawPdf || paragraphs || (pieces.length === 1 && pieces[0]!.titleLines.length === 0))) {
    const p = pieces[0]!;
    return [{
      id: p.id,
      ...headlineRoles(head.titleLines),
      byline: head.byline ?? undefined,
      captions: pieces.flatMap((q) => q.captions),
      continuedFrom: p.continuedFrom,
      body: raw.slice(head.bodyStart),
      rawText: rawPdf && !paragraphs,
    }];
  }
  // Paragraphs with no blank line between them at all are one pasted article, whatever its
  // sub-heads (江湖相逢，保护升级) and photo captions make the page reading think: a page's text
  // always has blank lines.
  if (!head && !/\n[ \t\u3000\r]*\n/u.test(raw.trim())) {
    const p = pieces[0]!;
    // It has no headline at all when its first line opens with a dateline, or when the line the
    // page reading took for one is a whole paragraph (a sentence or more, closed by credits).
    // …or when that line is names alone, going on from a byline above it (王茜 李曼斯), also when
    // printed to one width (张福芳 周 妍, which the page reading joins into one run).
    if (DATELINE.test(raw.trimStart()) || (p.title.length > 40 && /[。！？]/u.test(p.title)) || bareNames(p.title).length >= 2 || bareNames(firstLine(raw)).length >= 2) {
      return [{ id: p.id, title: '', body: raw, rawText: rawPdf && medianLineLength(raw) < 30 }];
    }
    return [{
      id: p.id,
      title: p.title,
      introTitle: p.introTitle,
      subTitle: p.subTitle,
      byline: p.byline ?? creditLinesBefore(raw, p.start),
      captions: [...captionLinesBefore(raw, p.start), ...p.captions],
      continuedFrom: p.continuedFrom,
      body: raw.slice(p.start),
      // Lines broken at a narrow column (PDF text) are joined; paragraphs a line are not.
      rawText: rawPdf && medianLineLength(raw) < 30,
    }];
  }
  // A page dump (several pieces, or PDF artefacts) is raw throughout, even a piece that looks clean.
  const rawText = pieces.length > 1 || rawPdf;
  return pieces.map((p, k) => ({
    id: p.id,
    title: p.title,
    introTitle: p.introTitle,
    subTitle: p.subTitle,
    byline: p.byline ?? (k === 0 ? creditLinesBefore(raw, p.start) : null),
    captions: k === 0 ? [...captionLinesBefore(raw, p.start), ...p.captions] : p.captions,
    continuedFrom: p.continuedFrom,
    body: raw.slice(p.start, p.end),
    rawText,
  }));
}

/** The paper a set of datelines names, when they agree (湖南日报… → hnrb). */
function paperOf(articles: readonly AnalyzedArticle[]): string | null {
  return articles.some((a) => a.dateline?.startsWith('湖南日报')) ? 'hnrb' : null;
}

/** Analyse raw text (page PDF text or one pasted article) into an analysis document. */
export async function analyzeText(raw: string, seg: Segmenter, opts: TextOptions = {}): Promise<AnalysisDocument> {
  const clock: Clock = { segmentMs: 0, extractMs: 0 };
  await seg.ready();
  const t0 = performance.now();
  const inputs = articleInputsOfText(raw);
  clock.extractMs += performance.now() - t0;
  const articles = await analyzeArticles(inputs, seg, clock);
  return buildDocument({
    path: opts.path ?? '',
    kind: opts.kind ?? 'text',
    issue: opts.issue ?? { paper: paperOf(articles), date: null, page: { number: null, name: null } },
    articles,
    clock,
  });
}

/** Analyse given article inputs (from article or layout pages) into one document. */
export async function analyzeInputs(
  inputs: readonly ArticleInput[],
  seg: Segmenter,
  opts: Required<Pick<TextOptions, 'path' | 'kind'>> & { issue: IssueInfo },
): Promise<AnalysisDocument> {
  const clock: Clock = { segmentMs: 0, extractMs: 0 };
  const articles = await analyzeArticles(inputs, seg, clock);
  return buildDocument({ ...opts, articles, clock });
}
