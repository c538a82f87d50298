import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseLibraryJson } from '@/src/library/export';
import { buildSeries, withMerge, withRemoved, withSplit, NO_CHOICES, type Series } from '@/src/library/series';
import type { SavedArticle } from '@/src/library/types';
import { fakeStore } from './helpers';

/** The library of real articles (scripts/build-series-fixture.ts), as the analyser saw them. */
const FIXTURE = new URL('../../fixtures/library-series/library.json', import.meta.url);
const parsed = parseLibraryJson(readFileSync(FIXTURE, 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const articles: SavedArticle[] = parsed.value;

const bySubject = (all: Series[], subject: string, kind = 'amount'): Series | undefined =>
  all.find((s) => s.kind === kind && s.subjects.includes(subject));

describe('series over the real saved articles', () => {
  const all = buildSeries(articles);

  it('finds the province’s trade total across five reports, in 亿元, oldest first', () => {
    const trade = bySubject(all, '湖南省进出口总值')!;
    expect(trade.unit).toBe('亿元');
    expect(trade.points.map((p) => [p.issueDate, p.value])).toEqual([
      ['2018-10-16', 2076],
      ['2019-07-16', 1823],
      ['2022-01-19', 5988.5],
      ['2022-09-15', 4458.7],
      ['2024-12-12', 5121.9],
    ]);
  });

  it('finds its growth rate as a series of its own, in %', () => {
    const growth = bySubject(all, '湖南省进出口总值增长', 'growth')!;
    expect(growth.unit).toBe('%');
    // 14.7%: 2013, reckoned in dollars; a rate has no currency, so it joins (a known limit).
    expect(growth.points.map((p) => p.value)).toEqual([14.7, 25.1, 40.1, 22.6, 21]);
  });

  it('keeps the 2013 total in 亿美元, Africa, Changsha and a county out of the province’s series', () => {
    const trade = bySubject(all, '湖南省进出口总值')!;
    const keys = new Set(trade.points.map((p) => p.figure.subject));
    for (const s of ['全省实现进出口总额', '湖南省对非洲进出口', '长沙市进出口', '进出口']) expect(keys.has(s)).toBe(false);
    const gdp = bySubject(all, '全省地区生产总值')!;
    expect(gdp.label).toBe('全省地区生产总值');
    expect(bySubject(all, '全省地区生产总值（GDP增长', 'growth')!.label).toBe('全省地区生产总值增长');
    expect(gdp.points.map((p) => p.issueDate)).toEqual(['2014-01-23', '2024-04-19']);
    expect(gdp.points.some((p) => p.figure.subject.startsWith('全县'))).toBe(false);
  });
});

describe('the stored choices', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are kept by the library and applied to the series after a reload', async () => {
    const store = fakeStore();
    const put = await store.putMany(articles);
    expect(put.ok).toBe(true);
    const before = await store.series();
    const trade = bySubject(before, '湖南省进出口总值')!;
    // 长沙市进出口 (2022, 2024) merged into the province's total: wrong, but the reader's call.
    const changsha = bySubject(before, '长沙市进出口')!;
    let c = withMerge(NO_CHOICES, changsha.id, trade.id);
    c = withRemoved(c, trade.points[0]!);
    c = withSplit(c, trade, '湖南省进出口额');
    expect((await store.setSeriesChoices(c)).ok).toBe(true);
    store.close();

    const reloaded = fakeStore();
    expect(await reloaded.seriesChoices()).toEqual(c);
    const after = await reloaded.series();
    const merged = after.find((s) => s.id === trade.id)!;
    expect(merged.points.map((p) => [p.issueDate, p.figure.subject])).toEqual([
      ['2019-07-16', '湖南实现进出口总值'],
      // The split left the 2022-01-19 article without a province point: Changsha's takes its place.
      ['2022-01-19', '长沙市进出口'],
      ['2022-09-15', '湖南省进出口总额'],
      ['2024-12-12', '湖南省进出口总值'],
    ]);
    expect(after.find((s) => s.id === changsha.id)).toBeUndefined();
    reloaded.close();
  });

  it('read a malformed stored item as no choice', async () => {
    await fakeBrowser.storage.local.set({ 'lib.series': { merges: 'x', splits: [1, 'a'], removed: null } });
    const store = fakeStore();
    expect(await store.seriesChoices()).toEqual({ merges: {}, splits: ['a'], removed: [] });
    store.close();
  });
});
