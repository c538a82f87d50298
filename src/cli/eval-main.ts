import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { analyzeText } from '@/src/analysis/analyze';
import { formatScores, parseGold, scoreDocument, type Scores } from '@/src/analysis/eval';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import type { Segmenter } from '@/src/analysis/segmenter/types';
import type { Io } from './analyze-main';

/** Analyse the seed page of a gold file and score it. */
export async function evaluate(goldPath: string, seedPath: string | null, seg: Segmenter): Promise<Scores> {
  const gold = parseGold(await readFile(goldPath, 'utf8'));
  const seed = seedPath ?? (gold.seed_file ? join(dirname(goldPath), gold.seed_file) : null);
  if (!seed) throw new Error('no seed text: give SEED.txt or a gold file with "seed_file"');
  const doc = await analyzeText(await readFile(seed, 'utf8'), seg, { path: seed });
  return scoreDocument(gold, doc, { words: (t) => seg.cut(t) });
}

/** `eval GOLD.json [SEED.txt] [--json]`: prints the table (or one JSON object). */
export async function runEval(args: readonly string[], io: Io, seg: Segmenter = nodeSegmenter()): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json' && a !== '--');
  if (files.length < 1 || files.length > 2) {
    io.err('usage: npm run eval -- GOLD.json [SEED.txt] [--json]');
    return 2;
  }
  try {
    const scores = await evaluate(files[0]!, files[1] ?? null, seg);
    io.out(json ? JSON.stringify(scores) : formatScores(scores));
    return 0;
  } catch (error) {
    io.err(`eval: ${error instanceof Error ? error.message : String(error)}`.replace(/\s*\n\s*/g, ' '));
    return 1;
  }
}
