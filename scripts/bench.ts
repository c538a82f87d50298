/**
 * npm run bench [-- --json] [-- --runs N] [-- --no-browser] [-- --stages] [-- --baseline DIR] [-- --people] [-- --series]
 * Prints the figures the team tracks; not a test (nothing here passes or fails).
 *   segmenter: wasm size, start-up (fresh processes), throughput on the seed page vs Intl.Segmenter
 *   analysis:  the seed page's analysis time beyond segmentation (--stages: stage by stage)
 *   engine:    the first analysis after the shared engine's warm-up vs a warm one (fresh processes)
 *   browser:   content-script start → highlights, cold and warm, on the shared engine and on the
 *              in-page fallback (and an earlier build given with --baseline DIR, e.g. a copy of
 *              .output/chrome-mv3 built from an older commit); browser memory with 1 and 8 e-paper
 *              tabs; a layout page's articles analysed and listed (built extension in Chromium,
 *              offline issue)
 *   people:    the library's people index (履历 included) over 5,000 saved articles, in Node
 *              (--people: this section alone, and a freshly opened store → people(), cold)
 *   --series:  only 走势 at 5,000 saved articles (scripts/lib/bench-series.ts; Node, no browser)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeSegmenter, wasmPathInNodeModules } from '../src/analysis/segmenter/node';
import { analyzeInputs, analyzeText } from '../src/analysis/analyze';
import { articleInputFromParsed, parsePage } from '../src/epaper';
import { parseHTML } from 'linkedom';
import { round, spread } from './lib/stats';
import { benchBrowser } from './lib/bench-browser';
import { profileStages, type StageTime } from './lib/stage-profile';
import { benchPeople, benchPeopleCold, type PeopleBench, type PeopleColdBench } from './lib/bench-people';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const baselineDir = args.includes('--baseline') ? resolve(args[args.indexOf('--baseline') + 1] ?? '') : undefined;
const root = resolve(import.meta.dirname, '..');
const seed = readFileSync(join(root, 'tests/fixtures/seed/hnrb-2024-12-12-page02.txt'), 'utf8');
const log = (line: string) => void (json || console.log(line));
const peopleLine = (p: PeopleBench) =>
  `people index, ${p.articles} articles  median ${round(p.ms.median)} ms (min ${round(p.ms.min)}, max ${round(p.ms.max)}, ${p.ms.runs} runs; cpu median ${round(p.cpuMs.median)} ms) → ${p.names} names, ${p.careers} careers`;
const peopleColdLine = (p: PeopleColdBench) =>
  `people index, panel just opened (store cold, ${p.articles} articles)  median ${round(p.ms.median)} ms (min ${round(p.ms.min)}, max ${round(p.ms.max)}, ${p.ms.runs} runs; cpu median ${round(p.cpuMs.median)} ms)`;
if (args.includes('--people')) {
  const p = benchPeople(5000, runs);
  const cold = await benchPeopleCold(5000, runs);
  if (json) console.log(JSON.stringify({ peopleIndex: p, peopleCold: cold }));
  else console.log(`${peopleLine(p)}\n${peopleColdLine(cold)}`);
  process.exit(0);
}

if (args.includes('--series')) {
  const { benchSeries } = await import('./lib/bench-series');
  const b = await benchSeries(5000, runs);
  const sp = (x: { median: number; min: number; max: number }) => `${round(x.median)} ms (${round(x.min)}–${round(x.max)})`;
  if (json) console.log(JSON.stringify({ series: b }));
  log(`走势, ${b.articles} saved articles, ${b.figures} figures → ${b.series} series (largest ${b.largestSeries} points), ${b.coldMs.runs} runs each`);
  log(`  series list, panel just opened (store cold)  ${sp(b.coldMs)}, cpu ${sp(b.cpu.coldMs)}`);
  log(`  series list after one more save             ${sp(b.changedMs)}, cpu ${sp(b.cpu.changedMs)}`);
  log(`  series list again, nothing changed           ${sp(b.sameMs)}`);
  log(`  grouping alone (buildSeries)                 ${sp(b.buildMs)}, cpu ${sp(b.cpu.buildMs)}`);
  log(`  storage: articles ${round(b.storageMB.articles)} MB, list entries ${round(b.storageMB.entries)} MB, facts items ${round(b.storageMB.facts)} MB`);
  process.exit(0);
}

// 1. Start-up, each in a fresh process (the wasm instance is one per process).
const startups = Array.from({ length: Math.min(runs, 5) }, () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/lib/measure-startup.ts')], { cwd: root });
  return (JSON.parse(out.toString()) as { startupMs: number }).startupMs;
});

// 1b. The engine's first analysis (after its warm-up on the sample article) vs a warm one.
const firstAnalyses = Array.from({ length: Math.min(runs, 5) }, () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/lib/measure-first-analysis.ts'), '--warm'], { cwd: root });
  return JSON.parse(out.toString()) as { firstMs: number; warmMs: number; warmUpMs: number };
});

// 2. Throughput on the seed page (whitespace removed, as the cleaner leaves it).
const seg = nodeSegmenter();
await seg.ready();
const text = seed.replace(/\s+/g, '');
const time = (fn: () => unknown, minMs = 400) => {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    n++;
  }
  return (performance.now() - t0) / n;
};
const { tokenizeNow, tagNow } = await import('../src/analysis/segmenter/jieba');
const tokenizeMs = time(() => tokenizeNow(text));
const tagMs = time(() => tagNow(text));
const intl = new Intl.Segmenter('zh', { granularity: 'word' });
const intlMs = time(() => [...intl.segment(text)].length);

// 3. Analysis of the whole seed page beyond segmentation.
// Warm up first (lazily built tables, then V8's optimising tier: on this 2-core machine the
// extraction time keeps falling for some 30 runs of the page), then measure steady state.
// The first, cold analysis is reported apart; the browser figures below are all cold.
const WARM_UP = 30;
const MEASURED = 30;
const cold = (await analyzeText(seed, seg)).timings;
for (let i = 1; i < WARM_UP; i++) await analyzeText(seed, seg);
const analysisRuns: Array<{ segmentMs: number; extractMs: number }> = [];
for (let i = 0; i < MEASURED; i++) analysisRuns.push((await analyzeText(seed, seg)).timings);
const segmentMs = spread(analysisRuns.map((r) => r.segmentMs)).median;
const extractMs = spread(analysisRuns.map((r) => r.extractMs)).median;

// The same articles as the extension reads them: the offline issue's article pages (clean text).
const day = join(root, 'tests/fixtures/epaper/hnrb/html/2024-12/12');
const inputs = readdirSync(day)
  .filter((f) => f.startsWith('content_'))
  .map((f) => {
    const url = `http://epaper.voc.com.cn/hnrb/html/2024-12/12/${f}`;
    const page = parsePage(parseHTML(readFileSync(join(day, f), 'utf8')).document as unknown as Document, url);
    return articleInputFromParsed(page.article!);
  });
const pageOpts = { path: day, kind: 'article-page' as const, issue: { paper: 'hnrb', date: null, page: { number: null, name: null } } };
for (let i = 0; i < WARM_UP; i++) await analyzeInputs(inputs, seg, pageOpts);
const pageRuns: Array<{ segmentMs: number; extractMs: number }> = [];
for (let i = 0; i < MEASURED; i++) pageRuns.push((await analyzeInputs(inputs, seg, pageOpts)).timings);
const pageSegmentMs = spread(pageRuns.map((r) => r.segmentMs)).median;
const pageExtractMs = spread(pageRuns.map((r) => r.extractMs)).median;

const stages: { seed: StageTime[]; articlePages: StageTime[] } | null = args.includes('--stages')
  ? { seed: await profileStages({ raw: seed }, seg), articlePages: await profileStages({ inputs }, seg) }
  : null;

const figures = {
  wasmBytes: statSync(wasmPathInNodeModules()).size,
  seedChars: text.length,
  startupMs: spread(startups),
  tokenize: { msPerPage: round(tokenizeMs, 2), charsPerSec: Math.round(text.length / (tokenizeMs / 1000)) },
  tag: { msPerPage: round(tagMs, 2), charsPerSec: Math.round(text.length / (tagMs / 1000)) },
  intlSegmenter: { msPerPage: round(intlMs, 2), charsPerSec: Math.round(text.length / (intlMs / 1000)) },
  analysis: {
    segmentMs: round(segmentMs, 2),
    extractMs: round(extractMs, 2),
    totalOverSegment: round((segmentMs + extractMs) / segmentMs, 2),
    cold: { segmentMs: round(cold.segmentMs, 2), extractMs: round(cold.extractMs, 2) },
  },
  articlePages: {
    articles: inputs.length,
    segmentMs: round(pageSegmentMs, 2),
    extractMs: round(pageExtractMs, 2),
    totalOverSegment: round((pageSegmentMs + pageExtractMs) / pageSegmentMs, 2),
  },
  stages,
  engineFirstAnalysis: {
    firstMs: spread(firstAnalyses.map((f) => f.firstMs)),
    warmMs: spread(firstAnalyses.map((f) => f.warmMs)),
    ratio: spread(firstAnalyses.map((f) => f.firstMs / f.warmMs)),
    warmUpMs: spread(firstAnalyses.map((f) => f.warmUpMs)),
  },
  peopleIndex: benchPeople(5000, runs),
  browser: args.includes('--no-browser') || !existsSync(join(root, '.output/chrome-mv3/manifest.json'))
    ? null
    : await benchBrowser(runs, baselineDir),
};

if (json) {
  console.log(JSON.stringify(figures));
} else {
  const s = figures.startupMs;
  log(`jieba wasm                    ${(figures.wasmBytes / 1024 / 1024).toFixed(2)} MiB`);
  log(`segmenter start-up (Node)     median ${round(s.median)} ms  (min ${round(s.min)}, max ${round(s.max)}, ${s.runs} fresh processes)`);
  log(`seed page                     ${figures.seedChars} characters`);
  log(`jieba tokenize                ${figures.tokenize.msPerPage} ms/page  ${figures.tokenize.charsPerSec.toLocaleString()} chars/s`);
  log(`jieba tag (POS)               ${figures.tag.msPerPage} ms/page  ${figures.tag.charsPerSec.toLocaleString()} chars/s`);
  log(`Intl.Segmenter (zh, word)     ${figures.intlSegmenter.msPerPage} ms/page  ${figures.intlSegmenter.charsPerSec.toLocaleString()} chars/s`);
  log(`analysis of the seed page     segment ${figures.analysis.segmentMs} ms + extract ${figures.analysis.extractMs} ms = ${figures.analysis.totalOverSegment}× the segmenter (raw PDF text, 13 articles; median of ${MEASURED} after ${WARM_UP} warm-up runs)`);
  const c = figures.analysis.cold;
  log(`  first analysis (cold)       segment ${c.segmentMs} ms + extract ${c.extractMs} ms (tables built, code not yet optimised)`);
  const p = figures.articlePages;
  log(`analysis of the article pages segment ${p.segmentMs} ms + extract ${p.extractMs} ms = ${p.totalOverSegment}× the segmenter (${p.articles} pages of the offline issue)`);
  if (stages) {
    log('stages (median ms per pass)    seed page   article pages');
    stages.seed.forEach((s) => {
      const page = stages.articlePages.find((p) => p.stage === s.stage);
      log(`  ${s.stage.padEnd(28)} ${s.ms.toFixed(2).padStart(9)}   ${page ? page.ms.toFixed(2).padStart(9) : '        -'}`);
    });
  }
  const f = figures.engineFirstAnalysis;
  const sp = (x: { median: number; min: number; max: number }, unit = ' ms') => `median ${round(x.median)}${unit} (min ${round(x.min)}, max ${round(x.max)})`;
  log(`engine: first analysis         ${sp(f.firstMs)} after a warm-up of ${sp(f.warmUpMs)}; warm ${sp(f.warmMs)}; first/warm ${sp(f.ratio, '×')} (lead article page, ${f.ratio.runs} fresh processes)`);
  log(peopleLine(figures.peopleIndex));
  const b = figures.browser;
  if (!b) log('browser                       skipped (--no-browser, or no build: run npx wxt build first)');
  else {
    log('browser (content-script start → highlights on the lead article page; memory: PSS of all browser processes)');
    for (const v of b.variants) {
      const paths = Object.entries(v.paths).map(([k, n]) => `${k} ${n}`).join(', ');
      log(`  ${v.variant.padEnd(8)} first page of a fresh browser ${sp(v.freshBrowserMs)}, ${v.freshBrowserMs.runs} launches`);
      log(`  ${''.padEnd(8)} first page of the browser started again (same profile) ${sp(v.restartedBrowserMs)}, ${v.restartedBrowserMs.runs} launches`);
      if (v.coldMs) log(`  ${''.padEnd(8)} cold engine (its document closed before the load) ${sp(v.coldMs)}, ${v.coldMs.runs} loads`);
      const phases = Object.entries(v.coldPhasesMs).map(([k, x]) => `${k} ${round(x.median)} (${round(x.min)}–${round(x.max)})`).join(', ');
      if (phases) log(`  ${''.padEnd(8)}   its jieba's start-up, median ms by phase: ${phases}`);
      log(`  ${''.padEnd(8)} warm  ${sp(v.warmMs)}, p90 ${round(v.warmMs.p90)}, ${v.warmMs.runs} loads  [paths seen: ${paths}]`);
      log(`  ${''.padEnd(8)} jieba built in the page (wasm fetched by the content script) on ${v.jiebaInPage.loads} of ${v.jiebaInPage.of} warm loads`);
      log(`  ${''.padEnd(8)} memory 1 tab ${v.memory.oneTabMiB} MiB, 8 tabs ${v.memory.eightTabsMiB} MiB, per extra tab ${v.memory.perExtraTabMiB} MiB (${round(v.memory.perExtraTabMiB - b.noExtension.perExtraTabMiB)} MiB more than without the extension)`);
      if (v.layout) log(`  ${''.padEnd(8)} layout page, 10 articles listed with facts: ${sp(v.layout.totalMs)}; without the wait for the article pages ${sp(v.layout.withoutFetchMs)}`);
    }
    const n = b.noExtension;
    log(`  no extension: memory 1 tab ${n.oneTabMiB} MiB, 8 tabs ${n.eightTabsMiB} MiB, per extra tab ${n.perExtraTabMiB} MiB`);
    log(`  CSP fallback (engine unavailable, page forbids wasm): start → highlights ${sp(b.cspFallbackMs)}`);
  }
}
