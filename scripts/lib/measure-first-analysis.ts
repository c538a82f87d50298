/**
 * One fresh process: the analysis of the offline issue's article pages, first run vs steady state,
 * with or without the engine's warm-up (the sample article analysed first, as the engine does
 * after start-up). argv: --warm to warm up first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { nodeSegmenter } from '../../src/analysis/segmenter/node';
import { analyzeArticle } from '../../src/analysis/analyze';
import { articleInputFromParsed, parsePage } from '../../src/epaper';
import { warmAnalyser } from '../../src/engine/warmup-sample';

const root = resolve(import.meta.dirname, '../..');
const day = join(root, 'tests/fixtures/epaper/hnrb/html/2024-12/12');
const inputs = readdirSync(day)
  .filter((f) => f.startsWith('content_'))
  .map((f) => {
    const page = parsePage(parseHTML(readFileSync(join(day, f), 'utf8')).document as unknown as Document, `http://epaper.voc.com.cn/hnrb/html/2024-12/12/${f}`);
    return articleInputFromParsed(page.article!);
  });
const seg = nodeSegmenter();
await seg.ready();
const runsArg = process.argv.indexOf('--runs');
const warmT0 = performance.now();
if (process.argv.includes('--warm')) await warmAnalyser(seg, runsArg > 0 ? Number(process.argv[runsArg + 1]) : undefined);
const warmUpMs = performance.now() - warmT0;
/** One article page as the engine serves it: the lead article (content_1721201). */
const once = async () => {
  const t0 = performance.now();
  await analyzeArticle(inputs[0]!, seg);
  return performance.now() - t0;
};
const firstMs = await once();
for (let i = 0; i < 30; i++) await once();
const steady: number[] = [];
for (let i = 0; i < 30; i++) steady.push(await once());
steady.sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ firstMs, warmMs: steady[15], warmUpMs }));
