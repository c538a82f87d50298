import { describe, expect, it } from 'vitest';
import type { Figure } from '@/src/analysis/types';
import { mergeSave } from '@/src/library/merge';
import { buildSeries, subjectKey, withMerge, withRemoved, withSplit, NO_CHOICES, type Series } from '@/src/library/series';
import { seriesCsv } from '@/src/library/export';
import type { SavedArticle } from '@/src/library/types';
import { makeArticle } from './generate';

const UNITS: Record<string, [number, string]> = { 亿元: [1e8, '元'], 万元: [1e4, '元'], 亿美元: [1e8, '美元'], '%': [1, '%'], 家: [1, '家'] };

let at = 0;
/** A figure as the analyser gives it: value, unit, the normalised value and the subject. */
function fig(subject: string, value: number, unit: string, kind: Figure['kind'] = unit === '%' ? 'growth' : 'amount'): Figure {
  const [factor, base] = UNITS[unit]!;
  const start = (at += 10);
  const text = `${value}${unit}`;
  return { start, end: start + text.length, text, value, unit, normalized: { value: value * factor, unit: base }, kind, subject, qualifier: null };
}

let n = 0;
function saved(issueDate: string, figures: Figure[], title = `文章${n}`): SavedArticle {
  const base = makeArticle(n++, { chars: 50, figures: 0, people: 0 });
  return mergeSave(null, { ...base, issueDate, title, article: { ...base.article, figures } }, '2025-01-01T00:00:00.000Z');
}

const find = (all: Series[], label: string): Series | undefined => all.find((s) => s.subjects.includes(label));

describe('subjectKey', () => {
  it('folds the ways the paper names the province’s trade total into one key', () => {
    const keys = ['湖南省进出口总值', '湖南实现进出口总额', '全省进出口额', '我省进出口总值增长', '湖南省 进出口'].map(subjectKey);
    expect(new Set(keys)).toEqual(new Set(['全省进出口']));
  });
  it('drops the bracketed abbreviation, even when the extractor cut its closing bracket', () => {
    expect(subjectKey('全省地区生产总值（GDP')).toBe(subjectKey('全省地区生产总值'));
    expect(subjectKey('全省地区生产总值(GDP)增长')).toBe(subjectKey('全省地区生产总值'));
  });
  it('keeps other places, partners and bare measures apart from the province', () => {
    const province = subjectKey('湖南省进出口总值');
    for (const s of ['长沙市进出口', '湖南省对非洲进出口', '全县完成地区生产总值', '进出口', '民营企业进出口']) expect(subjectKey(s)).not.toBe(province);
  });
  it('is empty for a subject that is only a rate word (no series of bare 增长)', () => {
    expect(subjectKey('增长')).toBe('');
    expect(subjectKey('同比下降')).toBe('');
  });
});

describe('buildSeries', () => {
  it('groups one measure across dates, converting compatible units (亿元 and 万元)', () => {
    const all = buildSeries([
      saved('2024-12-12', [fig('湖南省进出口总值', 5121.9, '亿元')], '前11个月'),
      saved('2018-10-16', [fig('湖南省进出口总值', 2076, '亿元')], '前三季度'),
      saved('2022-09-15', [fig('湖南省进出口总额', 4458.7, '亿元')], '前8月'),
      saved('2023-01-01', [fig('全省进出口额', 50_000_000, '万元')], '全年'),
    ]);
    expect(all).toHaveLength(1);
    const s = all[0]!;
    expect(s).toMatchObject({ kind: 'amount', baseUnit: '元', unit: '亿元' });
    // Oldest first; 50,000,000 万元 shown as 5000 亿元.
    expect(s.points.map((p) => [p.issueDate, p.value])).toEqual([
      ['2018-10-16', 2076],
      ['2022-09-15', 4458.7],
      ['2023-01-01', 5000],
      ['2024-12-12', 5121.9],
    ]);
    expect(s.points[3]!.articleTitle).toBe('前11个月');
    expect(s.subjects).toEqual(['湖南省进出口总值', '湖南省进出口总额', '全省进出口额']);
    expect(s.label).toBe('湖南省进出口总值');
  });

  it('does not group an amount with its growth rate, a share, or another currency', () => {
    const all = buildSeries([
      saved('2024-01-01', [fig('湖南省进出口总值', 5000, '亿元'), fig('湖南省进出口总值增长', 7.2, '%'), fig('全省进出口额', 700, '亿美元')]),
      saved('2024-06-01', [fig('湖南省进出口总值', 2500, '亿元'), fig('湖南省进出口总值增长', 5.5, '%'), fig('全省进出口额', 350, '亿美元')]),
      saved('2024-07-01', [fig('进出口总值占全国', 3.1, '%', 'share')]),
      saved('2024-08-01', [fig('进出口总值占全国', 3.0, '%', 'share')]),
    ]);
    expect(all.map((s) => `${s.kind}|${s.unit}`).sort()).toEqual(['amount|亿元', 'amount|亿美元', 'growth|%', 'share|%']);
    for (const s of all) expect(s.points).toHaveLength(2);
  });

  it('does not group other places, partners or a county with the province', () => {
    const all = buildSeries([
      saved('2024-01-01', [fig('湖南省进出口总值', 5000, '亿元'), fig('长沙市进出口', 2500, '亿元'), fig('湖南省对非洲进出口', 400, '亿元')]),
      saved('2024-06-01', [fig('湖南省进出口总值', 2600, '亿元'), fig('长沙市进出口', 1300, '亿元'), fig('湖南省对非洲进出口', 200, '亿元')]),
    ]);
    expect(all).toHaveLength(3);
    expect(find(all, '湖南省进出口总值')!.points.map((p) => p.value)).toEqual([5000, 2600]);
    expect(find(all, '长沙市进出口')!.points.map((p) => p.value)).toEqual([2500, 1300]);
  });

  it('keeps one point per article (the first in the text) and needs two dates', () => {
    const all = buildSeries([
      saved('2024-01-01', [fig('出口', 10, '亿元'), fig('出口', 99, '亿元')]),
      saved('2024-01-01', [fig('出口', 11, '亿元')]),
      saved('2024-02-01', [fig('进口', 5, '亿元')]),
    ]);
    // 出口 has two points but one date; 进口 one point: neither is a series over time.
    expect(all).toEqual([]);
    const more = buildSeries([saved('2024-01-01', [fig('出口', 10, '亿元'), fig('出口', 99, '亿元')]), saved('2024-03-01', [fig('出口', 12, '亿元')])]);
    expect(more[0]!.points.map((p) => p.value)).toEqual([10, 12]);
  });

  it('counts a figure with a number even after one of the same subject without', () => {
    const noValue: Figure = { ...fig('外贸企业', 1, '家', 'count'), value: null, normalized: null, unit: '家' };
    const all = buildSeries([saved('2024-01-01', [noValue]), saved('2024-02-01', [fig('外贸企业', 6637, '家', 'count')]), saved('2024-03-01', [fig('外贸企业', 7902, '家', 'count')])]);
    expect(all[0]!.points.map((p) => p.value)).toEqual([6637, 7902]);
  });

  it('leaves out figures with no number and date ranges', () => {
    const noValue: Figure = { ...fig('湖南对非贸易伙伴', 1, '家', 'count'), value: null, normalized: null };
    const range: Figure = { ...fig('会期', 1, '家', 'date-range') };
    expect(buildSeries([saved('2024-01-01', [noValue, range]), saved('2024-02-01', [noValue, range])])).toEqual([]);
  });
});

describe('the reader’s choices applied to grouping', () => {
  const articles = [
    saved('2022-09-15', [fig('湖南省进出口总额', 4458.7, '亿元'), fig('进出口', 2181.2, '亿元')], '前8月'),
    saved('2023-07-18', [fig('进出口', 3367.5, '亿元')], '上半年'),
    saved('2024-12-12', [fig('湖南实现进出口总值', 5121.9, '亿元'), fig('湖南省进出口总值增长', 7.6, '%')], '前11个月'),
    saved('2024-12-13', [fig('湖南省进出口总值增长', 3, '%')], '增速'),
  ];
  const ids = () => {
    const all = buildSeries(articles);
    return { province: find(all, '湖南省进出口总额')!, bare: find(all, '进出口')!, growth: find(all, '湖南省进出口总值增长')! };
  };

  it('merges one series into another of the same dimension', () => {
    const { province, bare } = ids();
    const all = buildSeries(articles, withMerge(NO_CHOICES, bare.id, province.id));
    const merged = all.find((s) => s.id === province.id)!;
    expect(merged.points.map((p) => p.value)).toEqual([4458.7, 3367.5, 5121.9]);
    expect(all.find((s) => s.id === bare.id)).toBeUndefined();
  });

  it('does not apply a merge across dimensions (an amount into a growth rate)', () => {
    const { bare, growth } = ids();
    const all = buildSeries(articles, withMerge(NO_CHOICES, bare.id, growth.id));
    expect(all.find((s) => s.id === growth.id)!.points.map((p) => p.value)).toEqual([7.6, 3]);
    expect(all.find((s) => s.id === bare.id)!.points).toHaveLength(2);
  });

  it('follows merge chains and survives a cycle', () => {
    const { province, bare, growth } = ids();
    const chain = withMerge(withMerge(NO_CHOICES, 'x', bare.id), bare.id, province.id);
    expect(buildSeries(articles, chain).find((s) => s.id === province.id)!.points).toHaveLength(3);
    const cycle = withMerge(withMerge(NO_CHOICES, bare.id, province.id), province.id, bare.id);
    expect(buildSeries(articles, cycle).reduce((k, s) => k + s.points.length, 0)).toBe(2 + 2 + growth.points.length);
  });

  it('splits a printed subject off into a series of its own', () => {
    const { province } = ids();
    const all = buildSeries(articles, withSplit(NO_CHOICES, province, '湖南实现进出口总值'), { minPoints: 1 });
    expect(all.find((s) => s.id === province.id)!.points.map((p) => p.value)).toEqual([4458.7]);
    expect(all.find((s) => s.id.startsWith('split:') && s.label === '湖南实现进出口总值')!.points.map((p) => p.value)).toEqual([5121.9]);
  });

  it('removes one point, and only that one', () => {
    const { growth } = ids();
    const point = growth.points[1]!;
    const all = buildSeries(articles, withRemoved(NO_CHOICES, point), { minPoints: 1 });
    expect(all.find((s) => s.id === growth.id)!.points.map((p) => p.value)).toEqual([7.6]);
    // The default needs two points: the series is gone from the list.
    expect(buildSeries(articles, withRemoved(NO_CHOICES, point)).find((s) => s.id === growth.id)).toBeUndefined();
  });
});

describe('seriesCsv', () => {
  it('writes one row per point with the value in the display unit, date and title', () => {
    const all = buildSeries([saved('2024-01-01', [fig('全省进出口额', 50_000_000, '万元')], '甲,乙'), saved('2024-02-01', [fig('全省进出口额', 6000, '亿元')], '丙')]);
    const lines = seriesCsv(all).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('指标,刊期,数值,单位,原文,原文指标,规范值,规范单位,标题,文章');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^全省进出口额,2024-01-01,5000,亿元,/);
    expect(lines[1]).toContain('"甲,乙"');
  });
});
