import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCareers, type Career } from '@/src/library/career';
import { bodyOf, isPost, kinBodies, normalizeTitle } from '@/src/library/career-titles';
import { buildPeopleIndex } from '@/src/library/people';
import { mergeSave } from '@/src/library/merge';
import type { Official, Person } from '@/src/analysis/types';
import type { SavedArticle } from '@/src/library/types';
import { makeArticle } from './generate';

let n = 0;
/** A saved article of `date` printing these officials (name → titles) and people. */
function art(date: string, officials: Record<string, string[]>, people: Person[] = []): SavedArticle {
  const base = makeArticle(++n, { chars: 30, figures: 0, people: 0 });
  const o: Official[] = Object.entries(officials).map(([name, titles]) => ({ name, titles, mentions: [] }));
  return mergeSave(null, { ...base, issueDate: date, title: `文章${n}`, article: { ...base.article, officials: o, people } }, '2025-01-01T00:00:00.000Z');
}
const named = (cs: Career[], name: string): Career[] => cs.filter((c) => c.name === name);
const timeline = (c: Career) => c.stops.map((s) => [s.date, s.titles.join('、'), s.newTitles.join('、'), s.gone.map((g) => `${g.title}@${g.last.date}`).join('、')]);

describe('titles as the timeline compares them', () => {
  it('spells one post one way and finds its body', () => {
    expect(normalizeTitle('湖南省人民政府省长')).toBe('省长');
    expect(normalizeTitle('湖南省委书记')).toBe('省委书记');
    expect(normalizeTitle('湘西土家族苗族自治州人民政府州长')).toBe('湘西州州长');
    expect(normalizeTitle('湘西州第十五届人大常委会主任')).toBe('湘西州人大常委会主任');
    expect(bodyOf('岳阳市委书记')).toBe('岳阳市委');
    expect(bodyOf('省科技厅厅长')).toBe('省科技厅');
    expect(bodyOf('副省长')).toBe('省政府');
    expect(bodyOf('湘西州州长')).toBe('湘西州政府');
    expect(bodyOf('副主任')).toBeNull();
    expect(bodyOf('市长')).toBeNull();
    expect(bodyOf('市委书记')).toBeNull(); // which city the dateline says, not the title
    expect(isPost('代表')).toBe(false);
    expect(isPost('省级河长')).toBe(false);
    expect(isPost('省委常委')).toBe(true);
  });

  it('holds leading bodies of one place and a body with its departments as kin, not unrelated ones', () => {
    expect(kinBodies('省委', '省政府')).toBe(true);
    expect(kinBodies('省委', '省委宣传部')).toBe(true);
    expect(kinBodies('岳阳市委', '岳阳市政府')).toBe(true);
    expect(kinBodies('岳阳市委', '省科技厅')).toBe(false);
    expect(kinBodies('省科技厅', '省委')).toBe(false);
    expect(kinBodies('岳阳市委', '长沙市委')).toBe(false);
  });
});

describe('the timeline and its change marks', () => {
  it('marks a post first printed (新任) and one no longer printed (不再署) with the articles that show it', () => {
    const a1 = art('2013-10-27', { 杜家毫: ['湖南省委副书记', '省长'] });
    const a2 = art('2016-12-05', { 杜家毫: ['湖南省委书记'] });
    const a3 = art('2018-03-10', { 杜家毫: ['代表'] });
    const a4 = art('2020-01-17', { 杜家毫: ['省委书记', '省人大常委会主任'] });
    const [c, ...rest] = buildCareers([a4, a2, a3, a1]);
    expect(rest).toEqual([]);
    expect(timeline(c!)).toEqual([
      ['2013-10-27', '湖南省委副书记、省长', '', ''],
      ['2016-12-05', '湖南省委书记', '湖南省委书记', '湖南省委副书记@2013-10-27、省长@2013-10-27'],
      ['2018-03-10', '代表', '', ''], // a role is no post: nothing new, nothing gone
      ['2020-01-17', '省委书记、省人大常委会主任', '省人大常委会主任', ''],
    ]);
    expect(c!.stops[1]!.key).toBe(a2.key);
    expect(c!.stops[1]!.gone[0]!.last.key).toBe(a1.key);
  });

  it('marks nothing on the first date, nor between two articles of one day', () => {
    const [c] = buildCareers([art('2024-01-02', { 沈晓明: ['省委书记'] }), art('2024-01-02', { 沈晓明: ['省委书记', '省人大常委会主任'] })]);
    expect(c!.stops.flatMap((s) => [...s.newTitles, ...s.gone.map((g) => g.title)])).toEqual([]);
  });

  it('leaves undated articles (a paste without a date) out', () => {
    expect(buildCareers([art('', { 毛伟明: ['省长'] })])).toEqual([]);
  });
});

describe('linking name variants', () => {
  it('links a name printed without titles to the same name printed with them', () => {
    const cs = buildCareers([
      art('2023-01-18', { 毛伟明: ['湖南省人民政府省长'] }),
      art('2023-03-01', {}, [{ name: '毛伟明', role: null }]),
      art('2023-05-01', { 毛伟明: [] }),
    ]);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.stops.map((s) => s.date)).toEqual(['2023-01-18', '2023-03-01', '2023-05-01']);
  });

  it('files 市委书记 with no city under the one 王勇 printed as a city’s secretary', () => {
    const cs = buildCareers([art('2024-01-01', { 王勇: ['岳阳市委书记'] }), art('2024-02-01', { 王勇: ['市委书记'] })]);
    expect(cs).toHaveLength(1);
    // the same post with its body dropped: no 新任, no 不再署
    expect(cs[0]!.stops.flatMap((s) => [...s.newTitles, ...s.gone.map((g) => g.title)])).toEqual([]);
  });

  it('leaves out a namesake printed with a role that is no office (a farmer, a manager)', () => {
    const cs = buildCareers([art('2024-01-01', { 王勇: ['岳阳市委书记'] }), art('2024-02-01', {}, [{ name: '王勇', role: '种粮大户' }])]);
    expect(cs[0]!.stops.map((s) => s.date)).toEqual(['2024-01-01']);
  });

  it('folds a surname with a post (毛省长) into the one person of that surname holding it', () => {
    const cs = buildCareers([
      art('2023-01-18', { 毛伟明: ['省委副书记', '省长'], 毛万春: ['省政协主席'] }),
      art('2023-02-01', { 毛省长: [] }),
    ]);
    const mao = named(cs, '毛伟明')[0]!;
    expect(mao.variants).toEqual(['毛省长']);
    expect(mao.stops.map((s) => s.printedAs)).toEqual(['毛伟明', '毛省长']);
    expect(named(cs, '毛省长')).toEqual([]);
    // the index lists one name, with both articles
    const idx = buildPeopleIndex([art('2023-01-18', { 毛伟明: ['省长'] }), art('2023-02-01', { 毛省长: [] })]);
    expect(idx.map((p) => p.name)).toEqual(['毛伟明']);
    expect(idx[0]!.articles).toHaveLength(2);
  });

  it('leaves a short form alone when two people could be meant, or when no one held the post then', () => {
    const two = buildCareers([art('2023-01-18', { 毛伟明: ['省长'], 毛建国: ['岳阳市市长'] }), art('2023-02-01', { 毛市长: [] }), art('2023-02-02', { 毛书记: [] })]);
    expect(named(two, '毛伟明')[0]!.variants).toEqual([]);
    // 毛市长 matches 毛建国 only (岳阳市市长): folded; 毛书记 matches no one: left as printed
    expect(named(two, '毛建国')[0]!.variants).toEqual(['毛市长']);
    expect(named(two, '毛书记')).toHaveLength(1);
    const late = buildCareers([art('2019-01-18', { 毛伟明: ['省长'] }), art('2023-02-01', { 毛省长: [] })]);
    expect(named(late, '毛伟明')[0]!.variants).toEqual([]);
  });

  it('folds a foreign name’s first part into its dotted full name', () => {
    const cs = buildCareers([
      art('2020-12-18', { '伊万诺夫·安德烈·弗拉基米罗维奇': ['谢斯得罗列茨克市市长'] }),
      art('2021-01-05', {}, [{ name: '伊万诺夫', role: null }]),
    ]);
    expect(cs.map((c) => [c.name, c.variants, c.stops.length])).toEqual([['伊万诺夫·安德烈·弗拉基米罗维奇', ['伊万诺夫'], 2]]);
  });
});

describe('keeping apart two people of one name', () => {
  it('keeps 王勇 岳阳市委书记 and 王勇 省科技厅厅长 of the same months apart', () => {
    const cs = buildCareers([art('2024-03-01', { 王勇: ['岳阳市委书记'] }), art('2024-05-01', { 王勇: ['省科技厅厅长'] })]);
    expect(named(cs, '王勇').map((c) => c.bodies)).toEqual([['岳阳市委'], ['省科技厅']]);
  });

  it('keeps them apart when their printings interleave, however far apart', () => {
    const cs = buildCareers([
      art('2022-01-01', { 王勇: ['岳阳市委书记'] }),
      art('2023-01-01', { 王勇: ['省科技厅厅长'] }),
      art('2024-01-01', { 王勇: ['岳阳市委书记'] }),
      art('2025-01-01', { 王勇: ['省科技厅党组书记', '厅长'] }),
    ]);
    expect(named(cs, '王勇').map((c) => c.stops.map((s) => s.date))).toEqual([
      ['2022-01-01', '2024-01-01'],
      ['2023-01-01', '2025-01-01'],
    ]);
  });

  it('links one man moving to another body when the dates are consistent, and marks the move', () => {
    const cs = buildCareers([
      art('2022-01-14', { 杨浩东: ['省委常委', '省委宣传部部长'] }),
      art('2022-06-01', { 杨浩东: ['省委宣传部部长'] }),
      art('2023-03-01', { 杨浩东: ['省人大常委会副主任'] }),
    ]);
    expect(cs).toHaveLength(1);
    expect(timeline(cs[0]!)[2]).toEqual(['2023-03-01', '省人大常委会副主任', '省人大常委会副主任', '省委常委@2022-01-14、省委宣传部部长@2022-06-01']);
  });

  it('does not take the provincial leaders’ usual pair (省委副书记 in one article, 省长 in another) for two men', () => {
    const cs = buildCareers([art('2024-03-01', { 毛伟明: ['省委副书记'] }), art('2024-03-02', { 毛伟明: ['省长'] })]);
    expect(cs).toHaveLength(1);
  });

  it('files a titleless printing under the one person whose span covers its date, else apart', () => {
    const cs = buildCareers([
      art('2024-01-01', { 王勇: ['岳阳市委书记'] }),
      art('2024-03-01', { 王勇: ['省科技厅厅长'] }),
      art('2024-06-01', { 王勇: ['岳阳市委书记'] }),
      art('2024-04-01', { 王勇: [] }), // within the 岳阳 span only
      art('2026-01-01', { 王勇: [] }), // within neither
    ]);
    expect(named(cs, '王勇').map((c) => c.stops.map((s) => s.date))).toEqual([
      ['2024-01-01', '2024-04-01', '2024-06-01'],
      ['2024-03-01'],
      ['2026-01-01'],
    ]);
  });
});

describe('the real fixture library (tests/fixtures/library/career.json)', () => {
  const file = JSON.parse(readFileSync(new URL('../../fixtures/library/career.json', import.meta.url), 'utf8')) as { articles: SavedArticle[] };
  const cs = buildCareers(file.articles);
  const one = (name: string): Career => {
    const c = named(cs, name);
    expect(c).toHaveLength(1);
    return c[0]!;
  };

  it('shows 杜家毫 from 省长 to 省委书记 and 许达哲 newly printed as 省委副书记', () => {
    const du = one('杜家毫');
    expect(du.stops.map((s) => s.date)).toEqual(['2013-10-27', '2016-12-05', '2018-03-10', '2020-01-17']);
    expect(du.stops[1]!.newTitles).toEqual(['湖南省委书记']);
    expect(du.stops[1]!.gone.map((g) => g.title)).toEqual(['湖南省委副书记', '省长']);
    expect(one('许达哲').stops.at(-1)!.newTitles).toEqual(['省委副书记']);
  });

  it('links 杨浩东 across his move and keeps 龙晓华’s three spellings of one post unmarked', () => {
    const yang = one('杨浩东');
    expect(yang.stops.map((s) => s.date)).toEqual(['2022-01-14', '2025-11-27']);
    expect(yang.stops[1]!.gone.map((g) => g.title)).toEqual(['省委常委', '省委宣传部部长']);
    const long = one('龙晓华');
    expect(long.stops).toHaveLength(3);
    expect(long.stops.flatMap((s) => s.newTitles.concat(s.gone.map((g) => g.title)))).toEqual([]);
  });
});
