import { describe, expect, it } from 'vitest';
import { canonicalUrl, classifyUrl, isArticlePage, isEpaperUrl, isIssueRoot, isLayoutPage } from '@/src/epaper';
import { URL_EXAMPLES, paperRootUrl } from '@/src/epaper/url';

const PREDICATES = { isLayoutPage, isArticlePage, isIssueRoot, isEpaperUrl } as const;

describe('URL predicates accept and reject their written examples', () => {
  it('every predicate has its examples', () => expect(Object.keys(URL_EXAMPLES).sort()).toEqual(Object.keys(PREDICATES).sort()));
  for (const [name, { accept, reject }] of Object.entries(URL_EXAMPLES)) {
    const fn = PREDICATES[name as keyof typeof PREDICATES];
    it(`${name} has examples both ways`, () => {
      expect(typeof fn).toBe('function');
      expect(accept.length).toBeGreaterThan(2);
      expect(reject.length).toBeGreaterThan(2);
    });
    for (const url of accept) it(`${name} accepts ${url}`, () => expect(fn(url)).toBe(true));
    for (const url of reject) it(`${name} rejects ${url || '(empty)'}`, () => expect(fn(url)).toBe(false));
  }
});

describe('classifyUrl', () => {
  it('reads paper, date and ids', () => {
    expect(classifyUrl('http://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm?div=-1')).toEqual({
      kind: 'article', paper: 'hnrb', date: '2024-12-12', contentId: '1721201', nodeId: null,
    });
    expect(classifyUrl('https://epaper.voc.com.cn/sxdsb/html/2014-02/12/node_19.htm')).toEqual({
      kind: 'layout', paper: 'sxdsb', date: '2014-02-12', contentId: null, nodeId: '19',
    });
  });

  it('folds the retired alias onto hnrb', () => {
    expect(classifyUrl('https://hnrb.voc.com.cn/hnrb_epaper/html/2024-09/19/content_1703819.htm?div=-1')).toMatchObject({
      kind: 'article', paper: 'hnrb', date: '2024-09-19', contentId: '1703819',
    });
  });

  it('knows issue roots with and without a date', () => {
    expect(classifyUrl('https://epaper.voc.com.cn/fzzb/')).toMatchObject({ kind: 'issue-root', paper: 'fzzb', date: null });
    expect(classifyUrl('https://epaper.voc.com.cn/dzwsb/html/2023-06/29/')).toMatchObject({ kind: 'issue-root', paper: 'dzwsb', date: '2023-06-29' });
  });

  it('classifies offline copies by their folder layout, never as e-paper URLs', () => {
    const path = '/work/fixtures/epaper/hnrb/html/2024-12/12/node_202.htm';
    expect(classifyUrl(path)).toMatchObject({ kind: 'layout', paper: 'hnrb', date: '2024-12-12', nodeId: '202' });
    expect(classifyUrl('file://' + path)).toMatchObject({ kind: 'layout', nodeId: '202' });
    expect(isEpaperUrl('file://' + path)).toBe(false);
  });

  it('says other for other sites', () => {
    expect(classifyUrl('https://www.voc.com.cn/')).toEqual({ kind: 'other', paper: null, date: null, contentId: null, nodeId: null });
  });
});

describe('canonicalUrl', () => {
  it('uses https on epaper.voc.com.cn, drops query and fragment', () => {
    expect(canonicalUrl('http://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm?div=-1#top')).toBe(
      'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm',
    );
  });
  it('folds the alias host onto the same key', () => {
    expect(canonicalUrl('http://hnrb.voc.com.cn/hnrb_epaper/html/2024-12/12/content_1721201.htm?div=-1')).toBe(
      canonicalUrl('https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm'),
    );
  });
  it('leaves other URLs alone but for the fragment', () => {
    expect(canonicalUrl('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1');
  });
  it('finds the paper root of a page', () => {
    expect(paperRootUrl('https://epaper.voc.com.cn/sxdsb/html/2026-04/20/node_19.htm')).toBe('https://epaper.voc.com.cn/sxdsb/');
  });
});
