import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createJiebaSegmenter } from './jieba';
import type { Segmenter } from './types';

/** Node (tests, the command line, the benchmark): the same segmenter, wasm read from node_modules. */
export function wasmPathInNodeModules(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('jieba-wasm/web')), 'jieba_rs_wasm_bg.wasm');
}

let shared: Segmenter | null = null;

export function nodeSegmenter(): Segmenter {
  shared ??= createJiebaSegmenter(() => readFile(wasmPathInNodeModules()), 'node');
  return shared;
}
