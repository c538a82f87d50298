import { describe, expect, it } from 'vitest';
import { charsOf, checkEngineRequest, checkEngineTextRequest, MAX_ENGINE_ARTICLES, MAX_ENGINE_CHARS, partsWithin, pastedTextProblem } from '@/src/engine/request';
import type { ArticleInput } from '@/src/analysis/types';

const article = (id: string, body: string): ArticleInput => ({ id, title: '标题', body });

describe('a request to the shared engine is checked as data', () => {
  it('takes a page’s articles and keeps only the known fields', () => {
    const request = checkEngineRequest({
      articles: [{ ...article('content_1', '正文'), captions: ['图'], extra: '<script>', rawText: false }],
      more: 1,
    });
    expect(request).toEqual({
      articles: [
        { id: 'content_1', title: '标题', introTitle: null, subTitle: null, byline: null, captions: ['图'], continuedFrom: null, body: '正文', rawText: false },
      ],
    });
  });

  it('refuses anything else: wrong types, no articles, too many, too much text', () => {
    expect(checkEngineRequest(null)).toBeNull();
    expect(checkEngineRequest('text')).toBeNull();
    expect(checkEngineRequest({ articles: [] })).toBeNull();
    expect(checkEngineRequest({ articles: [{ id: 1, title: 't', body: 'b' }] })).toBeNull();
    expect(checkEngineRequest({ articles: [{ id: 'a', title: 't', body: {} }] })).toBeNull();
    expect(checkEngineRequest({ articles: [{ ...article('a', 'b'), captions: [1] }] })).toBeNull();
    expect(checkEngineRequest({ articles: [{ ...article('a', 'b'), rawText: 'yes' }] })).toBeNull();
    const many = Array.from({ length: MAX_ENGINE_ARTICLES + 1 }, (_, i) => article(`a${i}`, '正文'));
    expect(checkEngineRequest({ articles: many })).toBeNull();
    expect(checkEngineRequest({ articles: [article('a', '字'.repeat(MAX_ENGINE_CHARS))] })).toBeNull();
  });
});

describe('a page’s articles are sent in parts that stay within the limits', () => {
  it('keeps the order, fills parts up to the character budget, and sets aside an article too large alone', () => {
    const a = article('a', 'x'.repeat(40));
    const b = article('b', 'x'.repeat(40));
    const huge = article('huge', 'x'.repeat(200));
    const c = article('c', 'x'.repeat(20));
    const { parts, tooLarge } = partsWithin([a, b, huge, c], 100);
    // a and b carry 43 characters each with their ids and titles (86 together); c's 23 would pass 100.
    expect(parts.map((p) => p.map((x) => x.id))).toEqual([['a', 'b'], ['c']]);
    expect(tooLarge.map((x) => x.id)).toEqual(['huge']);
    for (const part of parts) expect(part.reduce((n, x) => n + charsOf(x), 0)).toBeLessThanOrEqual(100);
  });

  it('every part is a request the engine accepts', () => {
    const articles = Array.from({ length: 150 }, (_, i) => article(`a${i}`, '字'.repeat(9_000)));
    const { parts, tooLarge } = partsWithin(articles);
    expect(tooLarge).toEqual([]);
    expect(parts.flat().map((x) => x.id)).toEqual(articles.map((x) => x.id));
    for (const part of parts) expect(checkEngineRequest({ articles: part })).not.toBeNull();
  });
});

describe('pasted text for the shared engine is checked as data', () => {
  it('takes text up to the limit and keeps only the text', () => {
    expect(checkEngineTextRequest({ text: '标题\n\n正文', extra: '<script>' })).toEqual({ text: '标题\n\n正文' });
    expect(checkEngineTextRequest({ text: '字'.repeat(MAX_ENGINE_CHARS) })).not.toBeNull();
  });

  it('refuses blank text, too much text, and anything that is not text', () => {
    expect(checkEngineTextRequest({ text: ' \n\u3000\t' })).toBeNull();
    expect(checkEngineTextRequest({ text: '字'.repeat(MAX_ENGINE_CHARS + 1) })).toBeNull();
    expect(checkEngineTextRequest({ text: ['a'] })).toBeNull();
    expect(checkEngineTextRequest('text')).toBeNull();
    expect(checkEngineTextRequest(null)).toBeNull();
  });

  it('says why the panel cannot send a text', () => {
    expect(pastedTextProblem('')).toBe('empty');
    expect(pastedTextProblem('\n \n')).toBe('empty');
    expect(pastedTextProblem('x'.repeat(MAX_ENGINE_CHARS + 1))).toBe('too-long');
    expect(pastedTextProblem('标题\n\n正文')).toBeNull();
  });
});
