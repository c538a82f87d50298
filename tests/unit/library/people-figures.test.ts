import { describe, expect, it } from 'vitest';
import { buildPeopleIndex } from '@/src/library/people';
import { buildFiguresView } from '@/src/library/figures';
import { mergeSave } from '@/src/library/merge';
import type { Figure } from '@/src/analysis/types';
import type { SavedArticle } from '@/src/library/types';
import { makeArticle } from './generate';

function saved(i: number, issueDate: string, over: Partial<SavedArticle['article']>): SavedArticle {
  const base = makeArticle(i, { chars: 50, figures: 0, people: 0 });
  return mergeSave(null, { ...base, issueDate, article: { ...base.article, ...over } }, '2025-01-01T00:00:00.000Z');
}

const fig = (subject: string, text: string, kind: Figure['kind'] = 'amount'): Figure => ({
  start: 0, end: text.length, text, value: 1, unit: '亿元', normalized: null, kind, subject, qualifier: null,
});

describe('people index', () => {
  it('gathers each name across articles with titles over time, officials first', () => {
    const idx = buildPeopleIndex([
      saved(1, '2024-03-01', { officials: [{ name: '王建国', titles: ['副省长'], mentions: [] }], people: [{ name: '李明', role: '企业负责人' }] }),
      saved(2, '2025-06-01', { officials: [{ name: '王建国', titles: ['省长'], mentions: [] }] }),
      saved(3, '2024-09-01', { officials: [{ name: '王建国', titles: ['副省长', '代省长'], mentions: [] }] }),
    ]);
    expect(idx.map((p) => p.name)).toEqual(['王建国', '李明']);
    const wang = idx[0]!;
    expect(wang.official).toBe(true);
    expect(wang.titles).toEqual([
      { title: '副省长', first: '2024-03-01', last: '2024-09-01' },
      { title: '代省长', first: '2024-09-01', last: '2024-09-01' },
      { title: '省长', first: '2025-06-01', last: '2025-06-01' },
    ]);
    expect(wang.articles.map((a) => a.issueDate)).toEqual(['2025-06-01', '2024-09-01', '2024-03-01']);
    expect(idx[1]).toMatchObject({ official: false, titles: [{ title: '企业负责人' }] });
  });
});

describe('figures view', () => {
  it('lists every figure, newest issue first, filterable by subject and kind', () => {
    const arts = [
      saved(1, '2024-01-01', { figures: [fig('进出口总值', '5121.9亿元'), fig('粮食产量', '600亿斤', 'count')] }),
      saved(2, '2024-02-01', { figures: [fig('民营企业进出口', '3969.6亿元')] }),
    ];
    expect(buildFiguresView(arts).map((r) => r.figure.text)).toEqual(['3969.6亿元', '5121.9亿元', '600亿斤']);
    expect(buildFiguresView(arts, { subject: '进出口' }).map((r) => r.figure.subject)).toEqual(['民营企业进出口', '进出口总值']);
    expect(buildFiguresView(arts, { kind: 'count' }).map((r) => r.articleTitle)).toEqual([arts[0]!.title]);
  });
});
