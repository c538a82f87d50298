import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/src/analysis/analyze';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

const seg = nodeSegmenter();

describe('the analyser with bad input', () => {
  it('gives an empty article an empty analysis, not an error', async () => {
    const a = await analyzeArticle({ id: 'a1', title: '图片新闻', body: '' }, seg);
    expect(a.text).toBe('');
    expect(a.figures).toEqual([]);
    expect(a.summary).toEqual([]);
  });

  it('analyses a huge article (about 200,000 characters) in bounded time', async () => {
    const paragraph = (i: number) => `第${i}个县区前三季度地区生产总值达${i}.8亿元，同比增长${i % 9}.5%，县长在会上指出，要稳住经济基本盘。`;
    const body = Array.from({ length: 4000 }, (_, i) => paragraph(i + 1)).join('\n');
    expect(body.length).toBeGreaterThan(190_000);
    const t0 = performance.now();
    const a = await analyzeArticle({ id: 'big', title: '大文章', body }, seg);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(a.figures.length).toBeGreaterThan(3000);
    expect(a.summary.join('').length).toBeLessThanOrEqual(200);
  });

  it('keeps markup-like text as text', async () => {
    const a = await analyzeArticle({ id: 'x', title: '<b>标题</b>', body: '<img src=x onerror=alert(1)>全省投资增长8.1%。' }, seg);
    expect(a.text).toContain('<img src=x onerror=alert(1)>');
    expect(a.figures.map((f) => f.text)).toContain('8.1%');
  });
});
