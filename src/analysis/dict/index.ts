/**
 * The user dictionary loaded into jieba before the first cut: official titles, Hunan's places,
 * the province's organisations. Each entry: [word, frequency?, tag?]. Kept as data so that the
 * content script and the extension context load the same words. Surnames are used by the name
 * finder only (single characters would disturb jieba's cuts).
 */
import { CENTRAL_ORGS, HUNAN_ORGS } from './orgs';
import { allPlaceNames } from './places';
import { COLLECTIVE_TITLES, TITLE_WORDS } from './titles';

export type DictEntry = readonly [word: string, freq?: number, tag?: string];

/**
 * Frequencies: titles high, so that a title is one word and never eats a name; places and bodies
 * moderate, so that they do not break ordinary words (全省 人大, 应急管理 部门).
 */
const TITLE_FREQ = 20000;
const PLACE_FREQ = 3000;
const ORG_FREQ = 500;

function build(): DictEntry[] {
  const seen = new Set<string>();
  const out: DictEntry[] = [];
  const add = (word: string, freq: number, tag: string) => {
    // Han words only (科科斯（基林）群岛 yes; 圣赫勒拿、阿森松和特里斯坦-达库尼亚 is no word for jieba).
    if (word.length < 2 || seen.has(word) || !/^[\p{Script=Han}（）]+$/u.test(word)) return;
    seen.add(word);
    out.push([word, freq, tag]);
  };
  for (const w of [...TITLE_WORDS, ...COLLECTIVE_TITLES]) add(w, TITLE_FREQ, 'n');
  for (const w of allPlaceNames()) add(w, PLACE_FREQ, 'ns');
  for (const w of [...CENTRAL_ORGS, ...HUNAN_ORGS]) add(w, ORG_FREQ, 'nt');
  return out;
}

export const USER_DICTIONARY: readonly DictEntry[] = build();

export { SINGLE_SURNAMES, COMPOUND_SURNAMES } from './surnames';
export * from './titles';
export * from './places';
export * from './orgs';
