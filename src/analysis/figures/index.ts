import type { Figure } from '../types';
import type { TaggedToken } from '../segmenter/types';

/**
 * Key figures of a cleaned article text (see fixtures/README.md for what counts).
 * `tags` are the segmenter's tagged words of the same `text`; offsets are UTF-16 into `text`.
 */
export function extractFigures(text: string, tags: readonly TaggedToken[]): Figure[] {
  void text;
  void tags;
  return [];
}
