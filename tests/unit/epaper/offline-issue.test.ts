import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleInputFromParsed, parsePage } from '@/src/epaper';
import { ISSUE_DIR, ISSUE_URL, ROOT, docOf, nows, parseFile } from './helpers';

interface GoldArticle {
  id: string;
  byline: string;
  body_span: { raw_start: number; raw_end: number };
  headline?: Record<string, string>;
}
const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed/gold.json'), 'utf8')) as {
  issue: { paper: string; date: string; page: string; page_name: string; date_line: string };
  articles: GoldArticle[];
};
const seed = readFileSync(join(ROOT, 'tests/fixtures/seed/hnrb-2024-12-12-page02.txt'), 'utf8');
const goldOf = (id: string) => gold.articles.find((a) => a.id === id)!;

// The fixtures README's table: content page → gold article.
const PAGES: Array<[string, string]> = [
  ['1721201', 'S01'], ['1721202', 'S02'], ['1721203', 'S03'], ['1721204', 'S04'], ['1721205', 'S05'],
  ['1721206', 'S06'], ['1721207', 'S07'], ['1721208', 'S08'], ['1721209', 'S09'], ['1721210', 'S13'],
];

describe('offline issue: layout page node_202', () => {
  const page = parseFile(join(ISSUE_DIR, 'node_202.htm'), ISSUE_URL + 'node_202.htm');

  it('reads issue, page label, date line, PDF and neighbours', () => {
    expect(page.kind).toBe('layout');
    expect(page.problem).toBeNull();
    expect(page.issue).toEqual({ paper: gold.issue.paper, date: gold.issue.date });
    expect(page.dateLine).toBe(gold.issue.date_line);
    expect(page.page?.number).toBe(gold.issue.page);
    expect(page.page?.name).toBe(gold.issue.page_name);
    expect(page.page?.pdfUrl).toBe('http://epaper.voc.com.cn/hnrb/images/2024-12/12/02/2024121202_pdf.pdf');
    expect(page.prevPageUrl).toBe(ISSUE_URL + 'node_201.htm');
    expect(page.nextPageUrl).toBe(ISSUE_URL + 'node_203.htm');
    expect(page.prevIssueUrl).toBe('http://epaper.voc.com.cn/hnrb/html/2024-12/11/node_201.htm');
  });

  it('lists the eight pages, each with its PDF', () => {
    expect(page.pages.map((p) => `${p.number}:${p.name}`)).toEqual([
      '01:头版', '02:要闻', '03:要闻', '04:深度', '05:市州', '06:理论·学习', '07:观察', '08:时事',
    ]);
    for (const p of page.pages) {
      expect(p.pdfUrl).toBe(`http://epaper.voc.com.cn/hnrb/images/2024-12/12/${p.number}/20241212${p.number}_pdf.pdf`);
    }
  });

  it('merges hot-zones and the title list into ten articles with areas and titles', () => {
    const articles = page.layout!.articles;
    expect(articles.map((a) => a.id)).toEqual(PAGES.map(([id]) => `content_${id}`));
    for (const a of articles) {
      expect(a.area?.shape).toBe('polygon');
      expect(a.area!.coords.length).toBeGreaterThanOrEqual(8);
      expect(a.url).toBe(`${ISSUE_URL}${a.id}.htm?div=-1`);
    }
    expect(articles[0]!.title).toBe('前11个月我省进出口5121.9亿元');
    expect(articles[0]!.area!.coords).toEqual([12, 56, 392, 56, 392, 100, 270, 100, 270, 240, 12, 240]);
    expect(articles[9]!.title).toBe('图片新闻');
    expect(page.layout!.picture).toEqual({ src: 'http://epaper.voc.com.cn/hnrb/images/2024-12/12/02/2024121202_brief.jpg', width: 600, height: 900 });
  });
});

describe('offline issue: every article page matches the gold', () => {
  for (const [id, goldId] of PAGES) {
    it(`content_${id} = ${goldId}`, () => {
      const g = goldOf(goldId);
      const page = parseFile(join(ISSUE_DIR, `content_${id}.htm`), `${ISSUE_URL}content_${id}.htm?div=-1`);
      expect(page.kind).toBe('article');
      expect(page.problem).toBeNull();
      expect(page.dateLine).toBe('2024年12月12日 星期四');
      expect(page.page).toMatchObject({ number: '02', name: '要闻' });
      const art = page.article!;
      expect(art.id).toBe(`content_${id}`);
      const h = g.headline ?? {};
      expect(art.title).toBe(h['主题'] ?? '');
      expect(art.introTitle).toBe(h['引题'] ?? null);
      expect(art.subTitle).toBe(h['副题'] ?? null);
      const input = articleInputFromParsed(art);
      const span = seed.slice(g.body_span.raw_start, g.body_span.raw_end);
      expect(nows(input.body)).toBe(nows(span));
      // Paragraphs carry no indent and no empty lines.
      for (const p of art.paragraphs) expect(p).toBe(p.trim().replace(/^\u3000+/, ''));
      expect(input.id).toBe(`content_${id}`);
      // News items open with the 电头, which gold lists as their byline.
      expect(art.dateline ?? null).toBe(/讯（/.test(g.byline) ? g.byline : null);
    });
  }

  it('keeps the commentary byline printed apart, outside the body', () => {
    const art = parseFile(join(ISSUE_DIR, 'content_1721203.htm'), ISSUE_URL + 'content_1721203.htm?div=-1').article!;
    expect(art.byline).toBe('湖南日报全媒体评论员 周泽中');
    expect(art.paragraphs.join('')).not.toContain('周泽中');
    expect(articleInputFromParsed(art).byline).toBe('湖南日报全媒体评论员 周泽中');
  });

  it('reads the photo news: picture, caption and credit, no title', () => {
    const art = parseFile(join(ISSUE_DIR, 'content_1721210.htm'), ISSUE_URL + 'content_1721210.htm?div=-1').article!;
    expect(art.title).toBe('');
    expect(art.paragraphs).toEqual([]);
    expect(art.photos).toHaveLength(1);
    expect(art.photos[0]!.src).toBe('http://epaper.voc.com.cn/hnrb/images/2024-12/12/02/res01_attpic_brief.jpg');
    expect(art.photos[0]!.credit).toBe('梁永鸿 摄（湖南图片库）');
    expect(art.photos[0]!.caption).toMatch(/^12月10日，吉首市.*改善人居环境。$/);
    expect(articleInputFromParsed(art).captions).toEqual([`${art.photos[0]!.caption} 梁永鸿 摄（湖南图片库）`]);
  });

  it('lists the articles of its page on an article page', () => {
    const page = parseFile(join(ISSUE_DIR, 'content_1721204.htm'), ISSUE_URL + 'content_1721204.htm?div=-1');
    expect(page.pageArticles?.map((a) => a.id)).toEqual(PAGES.map(([id]) => `content_${id}`));
    expect(page.pageArticles?.[3]?.title).toBe('聚力自主安全 领跑先进计算');
  });

  it('never changes the document it reads (the content script parses the live page)', () => {
    for (const name of ['node_202.htm', 'content_1721203.htm', 'content_1721210.htm']) {
      const doc = docOf(readFileSync(join(ISSUE_DIR, name), 'utf8'));
      const before = doc.documentElement.outerHTML;
      parsePage(doc, ISSUE_URL + name);
      expect(doc.documentElement.outerHTML).toBe(before);
    }
  });

  it('links the previous and next article', () => {
    const art = parseFile(join(ISSUE_DIR, 'content_1721207.htm'), ISSUE_URL + 'content_1721207.htm?div=-1').article!;
    expect(art.prevArticleUrl).toBe(ISSUE_URL + 'content_1721206.htm?div=-1');
    expect(art.nextArticleUrl).toBe(ISSUE_URL + 'content_1721208.htm?div=-1');
    const first = parseFile(join(ISSUE_DIR, 'content_1721201.htm'), ISSUE_URL + 'content_1721201.htm?div=-1').article!;
    expect(first.prevArticleUrl).toBeNull();
  });

  it('reads a page given as a plain file path (the CLI)', () => {
    const path = join(ISSUE_DIR, 'content_1721205.htm');
    const page = parseFile(path, path);
    expect(page.kind).toBe('article');
    expect(page.issue).toEqual({ paper: 'hnrb', date: '2024-12-12' });
    expect(page.article?.id).toBe('content_1721205');
    expect(page.article?.introTitle).toBe('全省人大财经预算工作座谈会在长沙举行');
    expect(page.prevPageUrl).toBe('file://' + join(ISSUE_DIR, 'node_201.htm'));
  });
});
