import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bigramTokens } from '@/src/library/tokenize';
import { fakeStore } from './helpers';
import { makeArticle } from './generate';
import type { SaveInput } from '@/src/library/types';

beforeEach(() => fakeBrowser.reset());

function article(i: number, title: string, text: string, extra: Partial<SaveInput> = {}): SaveInput {
  const base = makeArticle(i, { chars: 10, figures: 0, people: 0 });
  return { ...base, title, article: { ...base.article, title, text, keywords: [], summary: [] }, ...extra };
}

describe('bigram tokens', () => {
  it('splits Han runs into overlapping bigrams and keeps ASCII words and numbers whole', () => {
    expect(bigramTokens('湖南进出口5121.9亿元，GDP增长')).toEqual(['湖南', '南进', '进出', '出口', '5121.9', '亿元', 'gdp', '增长']);
    expect(bigramTokens('省 长')).toEqual(['省', '长']);
    expect(bigramTokens('，。')).toEqual([]);
  });
});

describe('library search', () => {
  it('finds words in titles and text, titles ranked first', async () => {
    const store = fakeStore();
    await store.saveMany([
      article(1, '长沙海关发布数据', '今年前11个月，全省外贸平稳。'),
      article(2, '农业新闻', '湖南省进出口总值5121.9亿元，民营企业进出口增长。'),
      article(3, '进出口再创新高', '外贸企业数量增加。'),
      article(4, '文化新闻', '一场演出。'),
    ]);
    const r = await store.search('进出口');
    expect(r.hits.map((h) => h.entry.key)).toEqual(['content_1700003', 'content_1700002']);
    expect((await store.search('5121.9')).hits.map((h) => h.entry.key)).toEqual(['content_1700002']);
    expect((await store.search('海关 数据')).hits.map((h) => h.entry.key)).toEqual(['content_1700001']);
    // A two-character word must not match across an unrelated pair of characters.
    expect((await store.search('口总值')).hits.map((h) => h.entry.key)).toEqual(['content_1700002']);
    expect((await store.search('不存在的词')).hits).toEqual([]);
  });

  it('filters by person, tag and page, with or without words', async () => {
    const store = fakeStore();
    const base = makeArticle(1, { chars: 10, figures: 0, people: 0 });
    await store.saveMany([
      article(1, '甲', '经济工作会议召开。', { tags: ['经济'], page: { number: '01', name: '要闻' }, article: { ...base.article, keywords: [], text: '经济工作会议召开。', officials: [{ name: '王建国', titles: ['省长'], mentions: [] }] } }),
      article(2, '乙', '经济运行平稳。', { tags: ['经济'], page: { number: '02', name: '要闻' } }),
      article(3, '丙', '文化活动。', { page: { number: '02', name: '要闻' } }),
    ]);
    const keys = async (q: string, f: object): Promise<string[]> => (await store.search(q, f)).hits.map((h) => h.entry.key).sort();
    expect(await keys('', { person: '王建国' })).toEqual(['content_1700001']);
    expect(await keys('', { tag: '经济' })).toEqual(['content_1700001', 'content_1700002']);
    expect(await keys('', { page: '02' })).toEqual(['content_1700002', 'content_1700003']);
    expect(await keys('', { page: '要闻' })).toHaveLength(3);
    expect(await keys('经济', { page: '02' })).toEqual(['content_1700002']);
    expect(await keys('经济', { tag: '经济', person: '王建国' })).toEqual(['content_1700001']);
  });

  it('sees saves, edits and deletions made by another tab', async () => {
    const tab1 = fakeStore();
    const tab2 = fakeStore();
    await tab1.save(article(1, '标题', '洞庭湖生态保护。'));
    expect((await tab2.search('洞庭湖')).hits).toHaveLength(1);
    await tab1.save(article(1, '标题', '湘江治理。'));
    expect((await tab2.search('洞庭湖')).hits).toHaveLength(0);
    expect((await tab2.search('湘江')).hits).toHaveLength(1);
    await tab1.update('content_1700001', { tags: ['生态'] });
    expect((await tab2.search('生态')).hits).toHaveLength(1);
    await tab1.remove('content_1700001');
    expect((await tab2.search('湘江')).hits).toHaveLength(0);
  });

  it('searches 300 realistic articles in well under a second once indexed', async () => {
    const store = fakeStore();
    await store.saveMany(Array.from({ length: 300 }, (_, i) => makeArticle(i)));
    await store.search('进出口');
    const r = await store.search('民营企业');
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.ms).toBeLessThan(1000);
  });
});
