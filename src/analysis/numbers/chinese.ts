/**
 * Chinese numerals: 零〇一二两三四五六七八九, the units 十百千, the groups 万亿, and 点 for decimals.
 * 二〇二四 (a digit string, no units) reads digit by digit.
 */
const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const GROUP: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_DIGITS = '零〇一二两三四五六七八九';
export const CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + '十百千万亿';

function parseInteger(s: string): number | null {
  if (s === '') return null;
  // A pure digit string (二〇二四) has no unit characters.
  if (s.length === 1 && s in DIGIT) return DIGIT[s]!;
  if ([...s].every((c) => c in DIGIT)) {
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0; // everything already closed by 亿
  let wan = 0; // the part closed by 万 since the last 亿
  let section = 0; // below 万
  let digit: number | null = null;
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c]!;
    } else if (c in SMALL_UNIT) {
      section += (digit ?? 1) * SMALL_UNIT[c]!;
      digit = null;
    } else if (c === '万') {
      const part = section + (digit ?? 0);
      wan = (wan + (part || (total || wan ? 0 : 1))) * GROUP[c]!;
      section = 0;
      digit = null;
    } else if (c === '亿') {
      const part = section + (digit ?? 0);
      total = (total + wan + (part || (total || wan ? 0 : 1))) * GROUP[c]!;
      wan = 0;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + wan + section + (digit ?? 0);
}

/** 七十五点六 → 75.6, 两千 → 2000, 一亿二千万 → 120000000; null when it is not a numeral. */
export function parseChineseNumeral(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot < 0) return parseInteger(s);
  const int = parseInteger(s.slice(0, dot));
  const frac = s.slice(dot + 1);
  if (int === null || frac === '' || ![...frac].every((c) => c in DIGIT)) return null;
  return Number(`${int}.${[...frac].map((c) => DIGIT[c]).join('')}`);
}
