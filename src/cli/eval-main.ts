import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { analyzeText } from '@/src/analysis/analyze';
import { formatMisses, formatScores, parseGold, scoreDocument, type Gold, type Scores } from '@/src/analysis/eval';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import type { Segmenter } from '@/src/analysis/segmenter/types';
import type { AnalysisDocument } from '@/src/analysis/types';
import type { Io } from './analyze-main';

const seedFileOf = (a: object): string | undefined => (a as { seed_file?: string }).seed_file;

/**
 * Analyse what a gold file annotates: its page (`seed_file`, or SEED.txt) as one document, or,
 * for a corpus batch, every article's own file pasted on its own, scored together.
 */
export async function analyzeGoldInput(gold: Gold, goldPath: string, seedPath: string | null, seg: Segmenter): Promise<AnalysisDocument> {
  const dir = dirname(goldPath);
  const page = seedPath ?? (gold.seed_file ? join(dir, gold.seed_file) : null);
  if (page) return analyzeText(await readFile(page, 'utf8'), seg, { path: page });
  const files = gold.articles.map(seedFileOf);
  if (!files.length || files.some((f) => !f)) throw new Error('no seed text: give SEED.txt or a gold file with "seed_file"');
  const docs: AnalysisDocument[] = [];
  for (const f of files) docs.push(await analyzeText(await readFile(join(dir, f!), 'utf8'), seg, { path: f! }));
  // The scorer pairs articles by their text, so the pasted articles are scored as one document.
  return { ...docs[0]!, articles: docs.flatMap((d) => d.articles) };
}

/** Analyse the input of a gold file and score it. */
export async function evaluate(goldPath: string, seedPath: string | null, seg: Segmenter): Promise<Scores> {
  const gold = parseGold(await readFile(goldPath, 'utf8'));
  const doc = await analyzeGoldInput(gold, goldPath, seedPath, seg);
  return scoreDocument(gold, doc, { words: (t) => seg.cut(t) });
}

/** `eval GOLD.json [SEED.txt] [--json] [--misses]`: prints the table (or one JSON object). */
export async function runEval(args: readonly string[], io: Io, seg: Segmenter = nodeSegmenter()): Promise<number> {
  const json = args.includes('--json');
  const misses = args.includes('--misses');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length < 1 || files.length > 2) {
    io.err('usage: npm run eval -- GOLD.json [SEED.txt] [--json] [--misses]');
    return 2;
  }
  try {
    const scores = await evaluate(files[0]!, files[1] ?? null, seg);
    if (json) io.out(JSON.stringify(misses ? scores : { ...scores, misses: undefined }));
    else io.out(formatScores(scores) + (misses ? `\n\n${formatMisses(scores)}` : ''));
    return 0;
  } catch (error) {
    io.err(`eval: ${error instanceof Error ? error.message : String(error)}`.replace(/\s*\n\s*/g, ' '));
    return 1;
  }
}
