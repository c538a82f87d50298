import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleInputFromParsed, decodeHtml, parsePage } from '@/src/epaper';
import { ISSUE_DIR, ISSUE_URL, VARIANTS_DIR, docOf } from './helpers';

const pages = [
  ...readdirSync(ISSUE_DIR).map((f) => ({ html: readFileSync(join(ISSUE_DIR, f), 'utf8'), url: ISSUE_URL + f })),
  ...readdirSync(VARIANTS_DIR)
    .filter((f) => f.endsWith('.htm'))
    .map((f) => ({ html: decodeHtml(readFileSync(join(VARIANTS_DIR, f))), url: 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/content_1.htm' })),
];

describe('truncated and broken pages degrade, never throw', () => {
  it('every fixture cut at every 700th character still parses into a well-formed model', () => {
    let parsed = 0;
    for (const { html, url } of pages) {
      for (let cut = 0; cut < html.length; cut += 700) {
        const page = parsePage(docOf(html.slice(0, cut)), url);
        expect(page.url).toBe(url);
        expect(Array.isArray(page.pages)).toBe(true);
        if (page.article) {
          expect(typeof page.article.title).toBe('string');
          expect(page.article.paragraphs.every((p) => p.trim() === p && p !== '')).toBe(true);
          expect(typeof articleInputFromParsed(page.article).body).toBe('string');
        }
        if (page.kind === 'article' && !page.article?.paragraphs.length && !page.article?.photos.length) {
          expect(page.problem).not.toBeNull();
        }
        parsed++;
      }
    }
    expect(parsed).toBeGreaterThan(60);
  }, 30_000);

  it('odd markup: unclosed tags, a body-less document, malformed hrefs and coords', () => {
    const odd = [
      '<div id="ozoom"><p>　　一段没有闭合的正文<p>　　第二段',
      '<?xml version="1.0"?><root/>',
      '<map name="PagePicMap"><area href="content_5.htm" coords="a,b,,3"><area href="http://[bad"></map>',
      '<a id="pageLink" href="node_1.htm">第版：</a><td class="font01"><td class="font02">——',
    ];
    for (const html of odd) {
      expect(() => parsePage(docOf(html), 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/node_1.htm')).not.toThrow();
      expect(() => parsePage(docOf(html), 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/content_1.htm')).not.toThrow();
    }
    const page = parsePage(docOf(odd[0]!), 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/content_1.htm');
    expect(page.article?.paragraphs).toEqual(['一段没有闭合的正文', '第二段']);
    const map = parsePage(docOf(odd[2]!), 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/node_1.htm');
    expect(map.layout?.articles).toEqual([{ id: 'content_5', url: 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/content_5.htm', title: null, area: null }]);
  });
});
