import type { Segmenter } from '@/src/analysis/segmenter/types';

/** Wraps a segmenter to count the tokens it hands out (the panel shows that the segmenter ran). */
export function countingSegmenter(inner: Segmenter): Segmenter & { tokens(): number } {
  let count = 0;
  return {
    ready: () => inner.ready(),
    cut: async (text) => {
      const words = await inner.cut(text);
      count += words.length;
      return words;
    },
    tokenize: async (text) => {
      const tokens = await inner.tokenize(text);
      count += tokens.length;
      return tokens;
    },
    tag: async (text) => {
      const tags = await inner.tag(text);
      count += tags.length;
      return tags;
    },
    tokens: () => count,
  };
}
