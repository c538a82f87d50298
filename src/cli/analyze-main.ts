import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import type { Segmenter } from '@/src/analysis/segmenter/types';
import { analyzeFile } from './analyze-file';
import { InputError } from './read-input';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

/**
 * `analyze FILE...`: one JSON document per file on stdout, one per line; a one-line error on
 * stderr for each bad file, going on with the rest. Returns the exit code (1 if any failed).
 */
export async function runAnalyze(args: readonly string[], io: Io, seg: Segmenter = nodeSegmenter()): Promise<number> {
  const files = args.filter((a) => a !== '--');
  if (files.length === 0) {
    io.err('usage: npm run -s analyze -- FILE [FILE ...]  (.txt page or article text, .htm/.html e-paper page)');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    try {
      io.out(JSON.stringify(await analyzeFile(file, seg)));
    } catch (error) {
      failed = true;
      const message = error instanceof InputError ? error.message : `${file}: ${error instanceof Error ? error.message : String(error)}`;
      io.err(`analyze: ${oneLine(message)}`);
    }
  }
  return failed ? 1 : 0;
}
