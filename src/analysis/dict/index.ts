/**
 * The user dictionary loaded into jieba before the first cut: official titles, Hunan's places,
 * the province's organisations and common surnames. Each entry: [word, frequency?, tag?].
 * Kept as data so that the content script and the extension context load the same words.
 */
export type DictEntry = readonly [word: string, freq?: number, tag?: string];

export const USER_DICTIONARY: readonly DictEntry[] = [];
