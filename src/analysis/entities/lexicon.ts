/**
 * Word sets built once from the dictionary data, and a longest-match scanner over them.
 */
import {
  CENTRAL_ORGS, COLLECTIVE_TITLES, COMPOUND_SURNAMES, CONTEXT_POSITIONS, HUNAN_ORGS, OFFICE_POSITIONS,
  PERSON_ROLES, ROLE_MODIFIERS, SINGLE_SURNAMES, TITLE_WORDS, allPlaceNames, ORG_SUFFIXES,
} from '../dict';
import { Trie } from './trie';

export type PositionKind = 'office' | 'context' | 'person' | 'collective';

export const POSITIONS = new Map<string, PositionKind>();
for (const w of PERSON_ROLES) POSITIONS.set(w, 'person');
for (const w of CONTEXT_POSITIONS) POSITIONS.set(w, 'context');
for (const w of OFFICE_POSITIONS) POSITIONS.set(w, 'office');
for (const w of COLLECTIVE_TITLES) POSITIONS.set(w, 'collective');

export const SURNAMES = new Set(SINGLE_SURNAMES);
export const COMPOUND = new Set(COMPOUND_SURNAMES);

export const PLACES = new Set(allPlaceNames());
export const ORGS = new Set([...CENTRAL_ORGS, ...HUNAN_ORGS]);
export const ORG_SUFFIX_LIST = [...ORG_SUFFIXES].sort((a, b) => b.length - a.length);

/** Words that are never a person's name even when they start with a surname character. */
export const KNOWN_WORDS = new Set<string>([...PLACES, ...ORGS, ...TITLE_WORDS, ...POSITIONS.keys()]);

export { Trie } from './trie';

export const PLACE_TRIE = new Trie(PLACES);
export { localityMayStartAt, localityNamesAt } from './localities';
export const ORG_TRIE = new Trie(ORGS);

// Reversed by code unit, as the scans read them (the lists hold no astral characters).
const reversed = (words: Iterable<string>) => [...words].map((w) => w.split('').reverse().join(''));
const POSITION_TRIE = new Trie(POSITIONS.keys());
const POSITION_TAILS = new Trie(reversed(POSITIONS.keys()));
const ORG_SUFFIX_TAILS = new Trie(reversed(ORG_SUFFIX_LIST));

const MODIFIER_TAILS = new Trie(reversed(ROLE_MODIFIERS));

/** Length of the modifier ending at `end` (常务, 副 …), 0 when none. */
export function modifierEndingAt(text: string, end: number): number {
  return MODIFIER_TAILS.matchesEndingAt(text, end)[0] ?? 0;
}

/**
 * The position ending at `end`: the longest role head there with every modifier printed before it
 * (省委秘书长 → 秘书长; 省委农办专职副主任 → 专职副主任; 大会主席团常务主席 → 常务主席).
 */
export function positionEndingAt(text: string, end: number): string | null {
  const len = POSITION_TAILS.matchesEndingAt(text, end)[0];
  if (!len) return null;
  let start = end - len;
  for (let m = modifierEndingAt(text, start); m > 0 && end - start < 10; m = modifierEndingAt(text, start)) start -= m;
  return text.slice(start, end);
}

/** The kind of a position: its own, or its head's once the modifiers are taken off (专职副主任 → 主任). */
export function positionKind(position: string): PositionKind | undefined {
  for (let p = position; p; ) {
    const kind = POSITIONS.get(p);
    if (kind) return kind;
    const m = MODIFIER_HEADS.matchesAt(p, 0)[0];
    if (!m) return undefined;
    p = p.slice(m);
  }
  return undefined;
}
const MODIFIER_HEADS = new Trie(ROLE_MODIFIERS);

/** Longest position word starting at `start` (习近平总书记 → 总书记). */
export function positionStartingAt(text: string, start: number): string | null {
  const len = POSITION_TRIE.matchesAt(text, start)[0];
  return len ? text.slice(start, start + len) : null;
}

/** The longest organisation suffix ending `word` (… 有限公司, … 厅). */
export function orgSuffixOf(word: string): string | undefined {
  const len = ORG_SUFFIX_TAILS.matchesEndingAt(word, word.length)[0];
  return len ? word.slice(word.length - len) : undefined;
}
