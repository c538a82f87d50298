/**
 * Writes tests/fixtures/library-series/library.json: a library export (the format the 导入 JSON
 * button reads) of real articles from several dates, analysed by the project's analyser, for the
 * 走势 (figures over time) tests. Run again after an analyser change:
 *   npx tsx scripts/build-series-fixture.ts
 * The sources of each text are in tests/fixtures/library-series/SOURCES.tsv.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeInputs, analyzeText } from '../src/analysis/analyze';
import { nodeSegmenter } from '../src/analysis/segmenter/node';
import { articleInputFromParsed, parsePage } from '../src/epaper';
import { exportJson } from '../src/library/export';
import { savedFromAnalysis } from '../src/library/from-analysis';
import { mergeSave } from '../src/library/merge';
import type { SavedArticle } from '../src/library/types';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'tests/fixtures/library-series');

interface Source {
  /** Under the repository root; a .txt (title, blank line, body) or an article page. */
  file: string;
  /** The issue (or repost) date. */
  date: string;
  paper: string;
  url: string;
}

const rows = readFileSync(join(dir, 'SOURCES.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter((l) => l.trim())
  .map((l): Source => {
    const [file, date, paper, url] = l.split('\t') as [string, string, string, string];
    return { file, date, paper, url };
  });

const seg = nodeSegmenter();
await seg.ready();
const saved: SavedArticle[] = [];
for (const s of rows) {
  const raw = readFileSync(join(root, s.file), 'utf8');
  let article;
  if (s.file.endsWith('.htm')) {
    const page = parsePage(parseHTML(raw).document as unknown as Document, s.url);
    article = (await analyzeInputs([articleInputFromParsed(page.article!)], seg, { path: s.file, kind: 'article-page', issue: { paper: s.paper, date: s.date, page: { number: null, name: null } } })).articles[0]!;
  } else {
    article = (await analyzeText(raw, seg)).articles[0]!;
  }
  const input = savedFromAnalysis(article, { url: s.url, issue: { paper: s.paper, date: s.date } });
  // A fixed save time: the file only changes when the analysis does.
  saved.push(mergeSave(null, input, `${s.date}T08:00:00.000Z`));
}
writeFileSync(join(dir, 'library.json'), exportJson(saved, '2026-01-01T00:00:00.000Z') + '\n');
console.log(`${saved.length} articles, ${saved.reduce((n, a) => n + a.article.figures.length, 0)} figures → tests/fixtures/library-series/library.json`);
