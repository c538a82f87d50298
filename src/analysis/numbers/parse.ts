import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese';

/** The value of a numeral as printed: mantissa × magnitude (1.2万 → 1.2 and 万). */
export interface ParsedNumeral {
  /** The number in the printed magnitude: 1.2 for 1.2万, 5121.9 for 5121.9亿. */
  value: number;
  /** Trailing magnitude characters as printed: '', 万, 亿, 万亿, 千万 … */
  magnitude: string;
  /** 10^k of the magnitude: 1e4 for 万. */
  factor: number;
  /** Vague numerals: 数十 → '数', 上万 → '上', 十几 → '几'. */
  approx: string | null;
}

const MAGNITUDE_VALUE: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** 千万 → 1e7, 万亿 → 1e12; null for anything else. */
export function magnitudeFactor(m: string): number | null {
  let f = 1;
  for (const c of m) {
    const v = MAGNITUDE_VALUE[c];
    if (v === undefined) return null;
    f *= v;
  }
  return f;
}

/** value × factor without binary noise: 5121.9 × 1e8 → 512190000000, not …99.99994. */
export function scale(value: number, factor: number): number {
  const x = value * factor;
  // A whole number of fewer than 16 digits has no noise to take off (toPrecision is slow).
  if (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e15) return x;
  return Number(x.toPrecision(15));
}

const ARABIC = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;
const CHINESE_RE = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+(?:点[${CHINESE_NUMERAL_CHARS}]+)?$`);

/**
 * An Arabic, Chinese or mixed numeral: 5121.9亿, 1,234, 1.2万, 两千, 一千二百万, 七十五点六,
 * 数十, 上万, 几百万, 十几. Trailing 万/亿 stay as the printed magnitude (一千二百万 → 1200 万);
 * Arabic numerals keep every trailing magnitude character (3千万 → 3 千万).
 */
export function parseNumeral(raw: string): ParsedNumeral | null {
  const s = raw.trim();
  if (s === '') return null;
  const arabic = ARABIC.exec(s);
  if (arabic) {
    const int = arabic[1]!;
    const value = Number((int.includes(',') ? int.replace(/,/g, '') : int) + (arabic[2] ?? ''));
    const magnitude = s.slice(arabic[0].length);
    const factor = magnitudeFactor(magnitude);
    if (factor === null) return null;
    return { value, magnitude, factor, approx: null };
  }
  // 数十, 几百, 上万, 几十万: a vague count of the magnitude.
  // 数十 → 10, 几百 → 100, 数万 → 1 万, 几十万 → 10 万.
  const vague = /^([数几上])([十百千]*)([万亿]*)$/.exec(s);
  if (vague && (vague[2] || vague[3])) {
    const value = vague[2] ? magnitudeFactor(vague[2])! : 1;
    const magnitude = vague[3]!;
    return { value, magnitude, factor: magnitudeFactor(magnitude)!, approx: vague[1]! };
  }
  // 十几: ten-odd.
  let body = s;
  let approx: string | null = null;
  if (body.length > 1 && body.endsWith('几')) {
    body = body.slice(0, -1);
    approx = '几';
  }
  if (!CHINESE_RE.test(body)) return null;
  // Split off trailing 万/亿 when a complete number stands before them.
  const m = /^(.*?[^万亿])([万亿]+)$/.exec(body);
  if (m && !m[1]!.includes('点')) {
    const value = parseChineseNumeral(m[1]!);
    const factor = magnitudeFactor(m[2]!);
    if (value !== null && factor !== null) return { value, magnitude: m[2]!, factor, approx };
  }
  if (m && m[1]!.includes('点')) {
    // 一点五亿 → 1.5 亿
    const value = parseChineseNumeral(m[1]!);
    const factor = magnitudeFactor(m[2]!);
    if (value !== null && factor !== null) return { value, magnitude: m[2]!, factor, approx };
  }
  const value = parseChineseNumeral(body);
  if (value === null) return null;
  return { value, magnitude: '', factor: 1, approx };
}

/** The plain value of a numeral (1.2万 → 12000), or null. */
export function numeralValue(raw: string): number | null {
  const p = parseNumeral(raw);
  return p ? scale(p.value, p.factor) : null;
}

/** 百分之七十五点六 → 75.6, 百分之5 → 5; null otherwise. */
export function parsePercentWord(s: string): number | null {
  if (!s.startsWith('百分之')) return null;
  return numeralValue(s.slice(3));
}

/** 三分之一 → 1/3, 2分之1 → 0.5; null otherwise. */
export function parseFraction(s: string): number | null {
  const i = s.indexOf('分之');
  if (i <= 0) return null;
  const den = numeralValue(s.slice(0, i));
  const num = numeralValue(s.slice(i + 2));
  if (den === null || num === null || den === 0) return null;
  return num / den;
}
