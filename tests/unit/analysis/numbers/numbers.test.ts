import { describe, expect, it } from 'vitest';
import {
  magnitudeFactor,
  numeralValue,
  parseChineseNumeral,
  parseFraction,
  parseNumeral,
  parsePercentWord,
  scale,
} from '@/src/analysis/numbers';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三百零五', 305],
    ['两千', 2000],
    ['一千零五', 1005],
    ['十二万三千四百五十六', 123456],
    ['一亿二千万', 120000000],
    ['三万亿', 3e12],
    ['七十五点六', 75.6],
    ['零点五', 0.5],
    ['二〇二四', 2024],
  ])('%s → %d', (s, v) => {
    expect(parseChineseNumeral(s)).toBe(v);
  });

  it('rejects what is not a numeral', () => {
    expect(parseChineseNumeral('三高')).toBeNull();
    expect(parseChineseNumeral('七十点')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

describe('parseNumeral', () => {
  it('keeps the printed magnitude apart from the mantissa', () => {
    expect(parseNumeral('5121.9亿')).toEqual({ value: 5121.9, magnitude: '亿', factor: 1e8, approx: null });
    expect(parseNumeral('1.2万')).toMatchObject({ value: 1.2, magnitude: '万', factor: 1e4 });
    expect(parseNumeral('3千万')).toMatchObject({ value: 3, magnitude: '千万', factor: 1e7 });
    expect(parseNumeral('39.90万亿')).toMatchObject({ value: 39.9, magnitude: '万亿', factor: 1e12 });
    expect(parseNumeral('一千二百万')).toMatchObject({ value: 1200, magnitude: '万' });
    expect(parseNumeral('五百亿')).toMatchObject({ value: 500, magnitude: '亿' });
    expect(parseNumeral('两千')).toMatchObject({ value: 2000, magnitude: '' });
  });

  it('reads thousands separators', () => {
    expect(parseNumeral('1,234')).toMatchObject({ value: 1234, magnitude: '' });
    expect(parseNumeral('12,345,678.5')).toMatchObject({ value: 12345678.5 });
  });

  it('reads vague numerals with their hedge', () => {
    expect(parseNumeral('数十')).toMatchObject({ value: 10, magnitude: '', approx: '数' });
    expect(parseNumeral('几百')).toMatchObject({ value: 100, approx: '几' });
    expect(parseNumeral('上万')).toMatchObject({ value: 1, magnitude: '万', approx: '上' });
    expect(parseNumeral('几十万')).toMatchObject({ value: 10, magnitude: '万', approx: '几' });
    expect(parseNumeral('十几')).toMatchObject({ value: 10, approx: '几' });
  });

  it('returns null for non-numerals', () => {
    expect(parseNumeral('')).toBeNull();
    expect(parseNumeral('3个')).toBeNull();
    expect(parseNumeral('三高四新')).toBeNull();
  });
});

describe('percent words, fractions, scaling', () => {
  it('reads 百分之…', () => {
    expect(parsePercentWord('百分之七十五点六')).toBe(75.6);
    expect(parsePercentWord('百分之五十')).toBe(50);
    expect(parsePercentWord('百分之5')).toBe(5);
    expect(parsePercentWord('七十五')).toBeNull();
  });

  it('reads fractions', () => {
    expect(parseFraction('三分之一')).toBeCloseTo(1 / 3);
    expect(parseFraction('2分之1')).toBe(0.5);
    expect(parseFraction('零分之一')).toBeNull();
  });

  it('scales without binary noise', () => {
    expect(scale(5121.9, 1e8)).toBe(512190000000);
    expect(scale(8.6524, 1e8)).toBe(865240000);
    expect(scale(1.2, 1e4)).toBe(12000);
    expect(scale(0.1 + 0.2, 1)).toBe(0.3);
    expect(numeralValue('134.3180亿')).toBe(13431800000);
    expect(magnitudeFactor('万亿')).toBe(1e12);
    expect(magnitudeFactor('个')).toBeNull();
  });
});
