import { describe, expect, it } from 'vitest';
import {
  COMPOUND_SURNAMES, COLLECTIVE_TITLES, HUNAN_PREFECTURES, SINGLE_SURNAMES, USER_DICTIONARY, allPlaceNames, countyShortName,
  hunanCounties,
} from '@/src/analysis/dict';

describe('user dictionary', () => {
  it('is compact, with unique Han words, a frequency and a tag each', () => {
    expect(USER_DICTIONARY.length).toBeGreaterThan(500);
    expect(USER_DICTIONARY.length).toBeLessThan(3000);
    const words = USER_DICTIONARY.map(([w]) => w);
    expect(new Set(words).size).toBe(words.length);
    for (const [word, freq, tag] of USER_DICTIONARY) {
      expect(word).toMatch(/^[\p{Script=Han}（）]{2,}$/u);
      expect(freq).toBeGreaterThan(0);
      expect(['n', 'ns', 'nt']).toContain(tag);
    }
  });

  it('holds the titles, places and bodies the paper prints most', () => {
    const words = new Set(USER_DICTIONARY.map(([w]) => w));
    for (const w of ['省委书记', '省长', '副省长', '省委常委', '省委秘书长', '省人大常委会副主任', '省政协副主席', '市委书记',
      '县长', '长沙', '湘西土家族苗族自治州', '浏阳', '吉首市', '省发展改革委', '长沙海关', '国防科技大学', '财政部']) {
      expect(words.has(w), w).toBe(true);
    }
  });

  it('has Hunan\'s 14 市州 and its 122 county-level units (36 districts, 19 cities, 60 counties, 7 autonomous counties)', () => {
    expect(HUNAN_PREFECTURES).toHaveLength(14);
    const counties = hunanCounties();
    expect(counties).toHaveLength(122);
    expect(new Set(counties).size).toBe(122);
    expect(counties.filter((c) => c.endsWith('区'))).toHaveLength(36);
    expect(counties.filter((c) => c.endsWith('自治县'))).toHaveLength(7);
    expect(counties.filter((c) => c.endsWith('市'))).toHaveLength(19);
  });

  it('shortens county names only when two characters remain, and keeps ambiguous short names out', () => {
    expect(countyShortName('浏阳市')).toBe('浏阳');
    expect(countyShortName('城步苗族自治县')).toBe('城步');
    expect(countyShortName('攸县')).toBeNull();
    const places = new Set(allPlaceNames());
    expect(places.has('浏阳')).toBe(true);
    expect(places.has('会同')).toBe(false);
    expect(places.has('通道')).toBe(false);
    expect(places.has('会同县')).toBe(true);
  });

  it('has common single and compound surnames without repeats', () => {
    const singles = [...SINGLE_SURNAMES];
    expect(new Set(singles).size).toBe(singles.length);
    expect(singles.length).toBeGreaterThan(300);
    for (const s of '王李张刘陈杨黄赵习秦虢') expect(SINGLE_SURNAMES).toContain(s);
    expect(COMPOUND_SURNAMES).toContain('欧阳');
    expect(COLLECTIVE_TITLES).toContain('省领导');
  });
});
