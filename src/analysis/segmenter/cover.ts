import type { Token } from './types';

const covers = new WeakMap<readonly Token[], Int32Array>();

/**
 * For each UTF-16 offset of a text of `length` units, the number of the token covering it, or
 * -1. The figure and entity extractors both index the same tags: built once per tag list.
 */
export function coverOf(tokens: readonly Token[], length: number): Int32Array {
  const hit = covers.get(tokens);
  if (hit && hit.length === length + 1) return hit;
  const cover = new Int32Array(length + 1).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const end = Math.min(t.end, length);
    for (let p = Math.max(0, t.start); p < end; p++) cover[p] = i;
  }
  covers.set(tokens, cover);
  return cover;
}
