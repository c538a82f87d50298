/**
 * npm run bench:lexicons [-- --runs N] — what the place lexicons cost at start-up, each figure the
 * median (min–max) of N fresh Node processes, the cases interleaved:
 *   dict import       loading src/analysis/dict (hand lists and the generated data, parsed)
 *   trie: …           building one lexicon's trie (names listed from the data, then the trie)
 *   look-up: …        the first look-up of a town or village name as shipped (its sets made from
 *                     the data; the trie over those names is no longer built)
 *   lexicon import    loading src/analysis/entities/lexicon (every table and trie, as shipped)
 *   jieba: …          the segmenter's start-up with the user dictionary as shipped, and with Hunan's
 *                     towns and villages taught to jieba by add_word instead (the road not taken)
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { spread, round } from './lib/stats';

const CASES = ['dict import', 'trie: countries', 'trie: world cities', 'trie: places (all)', 'trie: Hunan towns+villages',
  'look-up: Hunan towns+villages', 'lexicon import', 'jieba: as shipped', 'jieba: + towns+villages by add_word'] as const;
type Case = (typeof CASES)[number];

async function measure(c: Case): Promise<number> {
  const t0 = performance.now();
  const dict = await import('../src/analysis/dict');
  const t1 = performance.now();
  if (c === 'dict import') return t1 - t0;
  if (c === 'lexicon import') {
    const s = performance.now();
    await import('../src/analysis/entities/lexicon');
    return performance.now() - s;
  }
  if (c === 'look-up: Hunan towns+villages') {
    const { localityNamesAt } = await import('../src/analysis/entities/localities');
    const s = performance.now();
    localityNamesAt.matchesAt('十八洞村', 0);
    return performance.now() - s;
  }
  if (c.startsWith('trie: ')) {
    const { Trie } = await import('../src/analysis/entities/trie');
    const s = performance.now();
    const names = c === 'trie: countries' ? dict.COUNTRIES
      : c === 'trie: world cities' ? dict.WORLD_CITIES
        : c === 'trie: places (all)' ? dict.allPlaceNames() : dict.localityNames();
    new Trie(names);
    return performance.now() - s;
  }
  const { createJiebaSegmenter } = await import('../src/analysis/segmenter/jieba');
  const { wasmPathInNodeModules } = await import('../src/analysis/segmenter/node');
  const words = c === 'jieba: as shipped'
    ? dict.USER_DICTIONARY
    : [...dict.USER_DICTIONARY, ...dict.localityNames().map((w) => [w, 3000, 'ns'] as const)];
  const seg = createJiebaSegmenter(() => readFile(wasmPathInNodeModules()), 'node', words);
  return (await seg.ready()).startupMs;
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  process.stdout.write(JSON.stringify({ ms: await measure(args[1] as Case) }));
} else {
  const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
  const times = new Map<Case, number[]>(CASES.map((c) => [c, []]));
  const self = resolve(import.meta.filename);
  for (let r = 0; r < runs; r++) {
    for (const c of CASES) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', c], { cwd: resolve(import.meta.dirname, '..') });
      times.get(c)!.push((JSON.parse(out.toString()) as { ms: number }).ms);
    }
  }
  for (const c of CASES) {
    const s = spread(times.get(c)!);
    console.log(`${c.padEnd(38)} median ${round(s.median, 1)} ms  (min ${round(s.min, 1)}, max ${round(s.max, 1)}, ${s.runs} processes)`);
  }
}
