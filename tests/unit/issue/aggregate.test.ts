import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, Figure } from '@/src/analysis/types';
import { aggregateIssue, type IssueArticleFacts } from '@/src/issue/aggregate';

function figure(text: string, kind: Figure['kind'], start: number, value: number | null = null, subject = ''): Figure {
  return { text, kind, start, end: start + text.length, value, unit: '', normalized: value === null ? null : { value, unit: '元' }, subject, qualifier: null };
}

function article(id: string, page: string, over: Partial<AnalyzedArticle>): IssueArticleFacts {
  const analysis: AnalyzedArticle = {
    id,
    title: over.title ?? id,
    introTitle: null,
    subTitle: null,
    continuedFrom: null,
    dateline: null,
    journalists: [],
    text: 'x'.repeat(100),
    figures: [],
    officials: [],
    people: [],
    places: [],
    orgs: [],
    keywords: [],
    summary: [],
    ...over,
  };
  return { id, url: `http://epaper.voc.com.cn/hnrb/html/2024-12/13/${id}.htm`, title: analysis.title, pageNumber: page, analysis };
}

const issue = [
  article('content_1', '01', {
    title: '前11个月我省进出口5121.9亿元',
    officials: [{ name: '沈晓明', titles: ['省委书记'], mentions: [] }],
    figures: [figure('5121.9亿元', 'amount', 80, 512_190_000_000, '进出口'), figure('10%', 'growth', 5, 10), figure('10%', 'growth', 50, 10)],
    places: ['长沙', '湖南'],
    keywords: ['进出口', '外贸'],
  }),
  article('content_2', '01', {
    officials: [
      { name: '沈晓明', titles: ['省委书记', '省人大常委会主任'], mentions: [] },
      { name: '毛伟明', titles: ['省长'], mentions: [] },
    ],
    figures: [figure('3亿元', 'amount', 2, 300_000_000), figure('第一', 'rank', 10, 1), figure('百万元', 'amount', 0)],
    places: ['湖南', '湖南'],
    keywords: ['外贸'],
  }),
  article('content_3', '02', {
    officials: [{ name: '毛伟明', titles: ['省长'], mentions: [] }, { name: '毛万春', titles: ['省政协主席'], mentions: [] }],
    figures: [figure('8亿元', 'amount', 90, 800_000_000)],
    places: ['湘西'],
    keywords: ['外贸', '文化'],
  }),
];

describe('issue overview', () => {
  const overview = aggregateIssue(issue, { figuresPerKind: 2 });

  it('lists officials with every title and the articles they appear in, most articles first', () => {
    expect(overview.officials.map((o) => [o.name, o.titles, o.articles.map((a) => a.id)])).toEqual([
      ['沈晓明', ['省委书记', '省人大常委会主任'], ['content_1', 'content_2']],
      ['毛伟明', ['省长'], ['content_2', 'content_3']],
      ['毛万春', ['省政协主席'], ['content_3']],
    ]);
    expect(overview.officials[0]!.articles[0]).toMatchObject({ pageNumber: '01', title: '前11个月我省进出口5121.9亿元' });
  });

  it('groups figures by kind in a fixed order, headline and lead figures first, each once per article, none without a number', () => {
    expect(overview.figures.map((g) => g.kind)).toEqual(['amount', 'growth', 'rank']);
    const amounts = overview.figures[0]!;
    expect(amounts.total).toBe(3);
    // In a headline first; then the one at the start of its text; the late 8亿元 is cut by the limit.
    expect(amounts.items.map((f) => f.text)).toEqual(['5121.9亿元', '3亿元']);
    expect(overview.figures[1]!.items).toHaveLength(1); // 10% printed twice in one article
  });

  it('counts places and keywords by the articles that name them', () => {
    expect(overview.places).toEqual([
      { name: '湖南', articles: 2 },
      { name: '长沙', articles: 1 },
      { name: '湘西', articles: 1 },
    ]);
    expect(overview.keywords[0]).toEqual({ word: '外贸', articles: 3 });
    expect(overview.articles).toBe(3);
  });

  it('is empty for an issue with no articles', () => {
    expect(aggregateIssue([])).toEqual({ articles: 0, officials: [], figures: [], places: [], keywords: [] });
  });
});
