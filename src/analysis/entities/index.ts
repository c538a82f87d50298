import type { Official, Person } from '../types';
import type { TaggedToken } from '../segmenter/types';

export interface Entities {
  officials: Official[];
  people: Person[];
  places: string[];
  orgs: string[];
}

/**
 * Officials (with titles as printed), other named people, places and organisations of a cleaned
 * article text. `exclude` lists names already known to be journalists (from bylines and credits).
 */
export function extractEntities(
  text: string,
  tags: readonly TaggedToken[],
  exclude: ReadonlySet<string> = new Set(),
): Entities {
  void text;
  void tags;
  void exclude;
  return { officials: [], people: [], places: [], orgs: [] };
}
