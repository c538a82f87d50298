import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeStore } from './helpers';
import { makeArticle } from './generate';

beforeEach(() => fakeBrowser.reset());

describe('library store', () => {
  it('saves an article with its text and facts and reads it back', async () => {
    const store = fakeStore();
    const input = makeArticle(1);
    const r = await store.save({ ...input, tags: ['外贸'], note: '看数字' });
    expect(r.ok).toBe(true);
    const got = await store.get('content_1700001');
    expect(got?.article.text).toBe(input.article.text);
    expect(got?.article.figures).toHaveLength(20);
    expect(got?.url).toBe('https://epaper.voc.com.cn/hnrb/html/2024-01/02/content_1700001.htm');
    expect(got?.tags).toEqual(['外贸']);
    expect(got?.note).toBe('看数字');
  });

  it('saving again updates, keeps savedAt, merges tags and never duplicates', async () => {
    const store = fakeStore();
    const first = makeArticle(1);
    const a = await store.save({ ...first, tags: ['外贸'] });
    // The same article through the retired alias host, re-analysed, with another tag.
    const again = {
      ...first,
      url: first.url.replace('http://epaper.voc.com.cn/hnrb/', 'https://hnrb.voc.com.cn/hnrb_epaper/'),
      contentId: null,
      title: '新标题',
      tags: ['海关', '外贸'],
    };
    const b = await store.save(again);
    expect(a.ok && b.ok).toBe(true);
    const list = await store.list();
    expect(list).toHaveLength(1);
    const got = await store.get('content_1700001');
    expect(got?.title).toBe('新标题');
    expect(got?.tags).toEqual(['外贸', '海关']);
    if (a.ok && b.ok) {
      expect(got?.savedAt).toBe(a.value.savedAt);
      expect(got!.updatedAt > a.value.updatedAt).toBe(true);
    }
  });

  it('lists by date saved or by issue date', async () => {
    const store = fakeStore();
    // makeArticle(i): issue month grows every 32 articles, so 64 is the newest issue, saved first.
    await store.saveMany([makeArticle(64), makeArticle(0), makeArticle(33)]);
    const bySaved = (await store.list({ order: 'saved' })).map((e) => e.key);
    expect(bySaved).toEqual(['content_1700033', 'content_1700000', 'content_1700064']);
    const byIssue = (await store.list({ order: 'issue' })).map((e) => e.issueDate);
    expect(byIssue).toEqual([...byIssue].sort().reverse());
    expect(byIssue[0]).toBe('2024-03-09');
  });

  it('removes and restores (undo) with the original savedAt and tags', async () => {
    const store = fakeStore();
    await store.save({ ...makeArticle(1), tags: ['留'] });
    await store.save(makeArticle(2));
    const removed = await store.remove('content_1700001');
    expect(removed.ok).toBe(true);
    expect((await store.list()).map((e) => e.key)).toEqual(['content_1700002']);
    expect(await store.get('content_1700001')).toBeNull();
    if (!removed.ok) return;
    const back = await store.restore(removed.value);
    expect(back.ok).toBe(true);
    const got = await store.get('content_1700001');
    expect(got).toEqual(removed.value);
    expect(await store.list()).toHaveLength(2);
  });

  it('reports a missing article instead of pretending to remove it', async () => {
    const r = await fakeStore().remove('content_9');
    expect(r).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('updates tags and note', async () => {
    const store = fakeStore();
    await store.save(makeArticle(1));
    const r = await store.update('content_1700001', { tags: [' 经济 ', '经济', '', '湖南'], note: '第二遍读' });
    expect(r.ok).toBe(true);
    const [entry] = await store.list();
    expect(entry?.tags).toEqual(['经济', '湖南']);
    expect(entry?.note).toBe('第二遍读');
  });

  it('keeps the list entry in step with the article for another tab', async () => {
    const tab1 = fakeStore();
    const tab2 = fakeStore();
    expect(await tab2.list()).toHaveLength(0); // tab 2 caches its (empty) list
    await tab1.save(makeArticle(5));
    expect((await tab2.list()).map((e) => e.key)).toEqual(['content_1700005']);
    await tab1.remove('content_1700005');
    expect(await tab2.list()).toHaveLength(0);
  });

  it('stores the entry with names and figure count for filters', async () => {
    const store = fakeStore();
    const input = makeArticle(3);
    await store.save(input);
    const [entry] = await store.list();
    expect(entry?.figureCount).toBe(20);
    expect(entry?.people).toContain(input.article.officials[0]!.name);
    expect(entry?.people).toContain(input.article.people[0]!.name);
  });

  it('keeps the people index and figures view in step with saves and deletes from another tab', async () => {
    const tab1 = fakeStore();
    const tab2 = fakeStore();
    const a = makeArticle(1, { chars: 200, figures: 2, people: 2 });
    await tab1.save(a);
    expect((await tab2.people()).map((p) => p.name).sort()).toEqual([a.article.officials[0]!.name, a.article.people[0]!.name].sort());
    expect(await tab2.figures()).toHaveLength(2);
    await tab1.save(makeArticle(2, { chars: 200, figures: 3, people: 0 }));
    await tab1.remove('content_1700001');
    expect(await tab2.people()).toEqual([]);
    expect((await tab2.figures()).map((r) => r.key)).toEqual(['content_1700002', 'content_1700002', 'content_1700002']);
  });
});
