/**
 * How the keyword IDF table (src/analysis/keywords/idf-table.ts) is built.
 *
 *   npx tsx scripts/build-idf.ts FILE.txt [FILE.txt ...] > tiers.txt
 *
 * Each FILE is page text or article text (as `npm run analyze` takes it). The script splits
 * pages into articles, cleans them, cuts them with the project's segmenter, counts in how many
 * articles each word occurs (df), and prints the words of two or more ideographs that occur in
 * at least 2% of the articles, binned into the tiers the table uses:
 *   idf = ln(N / df) rounded to the nearest tier (2.0, 3.0, 4.0, 5.5); rarer words are left out
 *   and get DEFAULT_IDF (9) at run time.
 * Keeping only common words keeps the table small (a few hundred words, a few KB), which is all
 * TF-IDF needs: a word missing from the table is treated as rare, i.e. topical.
 *
 * The shipped table was seeded by hand with generic words of provincial news writing (no corpus
 * is shipped with the project); re-running this script on a folder of saved pages and pasting
 * its tiers into IDF_TIERS refines it.
 */
import { readFileSync } from 'node:fs';
import { articleInputsOfText, prepareArticle } from '../src/analysis/analyze';
import { nodeSegmenter } from '../src/analysis/segmenter/node';

const TIERS = [2.0, 3.0, 4.0, 5.5];
const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npx tsx scripts/build-idf.ts FILE.txt [FILE.txt ...]\n');
  process.exit(2);
}

const seg = nodeSegmenter();
const df = new Map<string, number>();
let n = 0;
for (const file of files) {
  for (const input of articleInputsOfText(readFileSync(file, 'utf8'))) {
    const words = new Set((await seg.cut(prepareArticle(input).text)).filter((w) => /^[\u4e00-\u9fff]{2,}$/.test(w)));
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
    n++;
  }
}

const tiers = new Map<number, string[]>(TIERS.map((t) => [t, []]));
for (const [word, count] of df) {
  if (count / n < 0.02) continue;
  const idf = Math.log(n / count);
  const tier = TIERS.reduce((best, t) => (Math.abs(t - idf) < Math.abs(best - idf) ? t : best));
  tiers.get(tier)!.push(word);
}
process.stdout.write(`// ${n} articles from ${files.length} file(s)\n`);
for (const [tier, words] of tiers) process.stdout.write(`  [${tier.toFixed(1)}, '${words.sort().join(' ')}'],\n`);
