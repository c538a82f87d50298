import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { savedFromAnalysis } from '@/src/library/from-analysis';
import { fakeStore } from './helpers';
import { makeArticle } from './generate';

beforeEach(() => fakeBrowser.reset());

describe('savedFromAnalysis', () => {
  it('takes ids, paper and date from the URL when the page model gives none', async () => {
    const { article } = makeArticle(4, { chars: 100 });
    const input = savedFromAnalysis({ ...article, id: 'a1' }, { url: 'https://hnrb.voc.com.cn/hnrb_epaper/html/2024-12/12/content_1721205.htm?div=-1' });
    expect(input).toMatchObject({ contentId: 'content_1721205', paper: 'hnrb', issueDate: '2024-12-12', page: { number: null, name: null }, title: article.title });
    const r = await fakeStore().save(input);
    expect(r.ok && r.value.key).toBe('content_1721205');
    expect(r.ok && r.value.url).toBe('https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721205.htm');
  });

  it('prefers the issue and page the page model read', () => {
    const { article } = makeArticle(4, { chars: 100 });
    const input = savedFromAnalysis(article, {
      url: 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721205.htm',
      issue: { paper: 'hnrb', date: '2024-12-12' },
      page: { number: '02', name: '要闻' },
    });
    expect(input.page).toEqual({ number: '02', name: '要闻' });
  });
});
