import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeText, prepareArticle } from '@/src/analysis/analyze';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import type { Segmenter } from '@/src/analysis/segmenter/types';

const seed = readFileSync('tests/fixtures/seed/hnrb-2024-12-12-page02.txt', 'utf8');
const seg = nodeSegmenter();

/** Wraps the segmenter to count calls: the pipeline tags each article once. */
function counting(inner: Segmenter) {
  const calls = { tag: 0, cut: 0, tokenize: 0 };
  const wrapped: Segmenter = {
    ready: () => inner.ready(),
    cut: (t) => (calls.cut++, inner.cut(t)),
    tokenize: (t) => (calls.tokenize++, inner.tokenize(t)),
    tag: (t) => (calls.tag++, inner.tag(t)),
  };
  return { wrapped, calls };
}

describe('analyzeArticle', { timeout: 60_000 }, () => {
  it('adds the places a photo caption names, and its photographer', async () => {
    const a = await analyzeArticle(
      {
        id: 'c1',
        title: '候鸟越冬',
        body: '湖南日报12月4日讯（通讯员 龚振宁）入冬以来，大批候鸟飞抵岳阳越冬。',
        captions: ['12月3日，小天鹅在东洞庭湖湖面嬉戏。 湖南日报全媒体记者 童嘉树 摄'],
      },
      seg,
    );
    expect(a.places).toEqual(['岳阳', '东洞庭湖']);
    expect(a.journalists.map((j) => j.name)).toEqual(['龚振宁', '童嘉树']);
    expect(a.text).not.toContain('小天鹅');
  });

  it('cleans, takes off the dateline, reads the journalists and tags the text once', async () => {
    const { wrapped, calls } = counting(seg);
    const a = await analyzeArticle(
      {
        id: 'x1',
        title: '中央财政8.6亿余元支持湖南公共文化建设',
        body: '湖南日报 12月 11日讯（全媒体记者 王亮）\n\n为贯彻落实党中央有关部署，财政部近日发布通知，\n\n提前下达三笔资金预算，湖南获得 8.6524 亿\n\n元支持。',
      },
      wrapped,
    );
    expect(calls.tag).toBe(1);
    expect(a.dateline).toBe('湖南日报12月11日讯');
    expect(a.journalists).toEqual([{ name: '王亮', role: '全媒体记者' }]);
    expect(a.text).toBe('为贯彻落实党中央有关部署，财政部近日发布通知，提前下达三笔资金预算，湖南获得8.6524亿元支持。');
    expect(a.summary).toEqual([a.text]);
    for (const f of a.figures) expect(a.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('takes the continuation mark off the text into continuedFrom', async () => {
    const a = await analyzeArticle({ id: 'c', title: '', body: '▲ ▲（紧接 1版②）要进一步完善产业综合服务体系。' }, seg);
    expect(a.continuedFrom).toBe('1版②');
    expect(a.text).toBe('要进一步完善产业综合服务体系。');
  });

  it('maps text offsets back to the raw body through prepareArticle', () => {
    const body = '湖南日报 12月 11日讯（全媒体记者 王亮）\n\n湖南获得 8.6524 亿\n\n元支持。';
    const p = prepareArticle({ id: 'p', title: '', body });
    const at = p.text.indexOf('8.6524亿元');
    expect(body.slice(p.map[at]!, p.map[at + '8.6524亿元'.length - 1]! + 1)).toBe('8.6524 亿\n\n元');
  });
});

describe('analyzeText', { timeout: 60_000 }, () => {
  it('analyses the seed page into a document of 13 articles with UTF-16 offsets into each text', async () => {
    const doc = await analyzeText(seed, seg, { path: 'seed.txt' });
    expect(doc.version).toBe(1);
    expect(doc.source).toEqual({ path: 'seed.txt', kind: 'text' });
    expect(doc.issue.paper).toBe('hnrb');
    expect(doc.articles).toHaveLength(13);
    expect(doc.articles.map((a) => a.id)).toEqual(Array.from({ length: 13 }, (_, i) => `a${i + 1}`));
    for (const a of doc.articles) {
      expect(a.text).not.toMatch(/^湖南日报\d/);
      expect(a.text).not.toMatch(/▲/);
      for (const f of a.figures) expect(a.text.slice(f.start, f.end)).toBe(f.text);
      for (const o of a.officials) for (const m of o.mentions) expect(a.text.slice(m.start, m.end).length).toBeGreaterThan(0);
      for (const s of a.summary) expect(a.text).toContain(s);
    }
    expect(doc.timings.segmentMs).toBeGreaterThan(0);
    expect(doc.timings.extractMs).toBeGreaterThan(0);
  });

  it('analyses one pasted article: title line(s), blank line, body', async () => {
    const doc = await analyzeText('岳阳港集装箱吞吐量创新高\n\n湖南日报3月2日讯（通讯员 周红）岳阳城陵矶港今年前两个月完成集装箱吞吐量15万标箱，同比增长12%。', seg);
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0]).toMatchObject({ title: '岳阳港集装箱吞吐量创新高', dateline: '湖南日报3月2日讯', journalists: [{ name: '周红', role: '通讯员' }] });
  });
});
