import type { TaggedToken } from './types';

/** Last characters of a body's name (交通运输局, 禁毒委, 皮划艇队). */
const BODY_ENDS = new Set('局委厅办院部署站所队社司处馆校组团');
/** One-character words that follow a body as its sentence goes on (将, 和, 以, 共, 驻 …). */
const FOLLOWERS = new Set('将和以共等为在对已要与及是也都还就于从向把被由驻获称');
/** Measure words of people and bodies, and the levels a count of them may open with (3名|省科技特派员). */
const MEASURES = new Set('名个家位所支');
const LEVELS = new Set('省市县区州');

/**
 * jieba's guess for an unknown stretch sometimes glues a body's last character to the word after
 * it (长沙市|交通运输|局将|征集, 国家禁毒|委和|省委,
 * 交通运输|局和市|公安局): such an `x` token of two or three characters is cut apart,
 * so that the finders see the body end where it ends. Known words are never cut. A measure word
 * glued to the level after it is cut apart as well (3|名省|科技特派员).
 */
export function splitGluedTokens(tags: readonly TaggedToken[]): readonly TaggedToken[] {
  let out: TaggedToken[] | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const n = t.word.length;
    const glued = t.tag === 'x' && (n === 2 || n === 3) && t.end - t.start === n && BODY_ENDS.has(t.word[0]!) && FOLLOWERS.has(t.word[1]!);
    // 3 名省 科技领军人才: a measure word after a numeral glued to the level that opens the noun.
    const counted = t.tag === 'x' && n === 2 && t.end - t.start === 2 && MEASURES.has(t.word[0]!) && LEVELS.has(t.word[1]!) && tags[i - 1]?.tag === 'm' && tags[i - 1]!.end === t.start;
    if (counted) {
      out ??= tags.slice(0, i);
      out.push({ word: t.word[0]!, tag: 'q', start: t.start, end: t.start + 1 }, { word: t.word[1]!, tag: 'n', start: t.start + 1, end: t.end });
    } else if (glued) {
      out ??= tags.slice(0, i);
      out.push({ word: t.word[0]!, tag: 'n', start: t.start, end: t.start + 1 }, { word: t.word[1]!, tag: 'p', start: t.start + 1, end: t.start + 2 });
      // (局和市|公安局: a third character opens the next word.)
      if (n === 3) out.push({ word: t.word[2]!, tag: 'x', start: t.start + 2, end: t.end });
    } else if (out) out.push(t);
  }
  return out ?? tags;
}
