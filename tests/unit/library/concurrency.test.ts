import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLibraryStore } from '@/src/library/store';
import { localLock } from '@/src/library/lock';
import { fakeStore, jitteryArea, noLock, ticking } from './helpers';
import { makeArticle } from './generate';

beforeEach(() => fakeBrowser.reset());

describe('two tabs saving at once', () => {
  it('loses no article when two stores save different articles concurrently, even without any lock', async () => {
    // Each store is a tab: its own cache, no shared lock, storage calls interleaved at random.
    const tab1 = createLibraryStore({ area: jitteryArea(1), lock: noLock, now: ticking() });
    const tab2 = createLibraryStore({ area: jitteryArea(2), lock: noLock, now: ticking() });
    const saves = Array.from({ length: 40 }, (_, i) => (i % 2 ? tab1 : tab2).save(makeArticle(i, { chars: 200 })));
    const results = await Promise.all(saves);
    expect(results.every((r) => r.ok)).toBe(true);
    const fresh = fakeStore();
    const keys = (await fresh.list()).map((e) => e.key).sort();
    expect(keys).toHaveLength(40);
    expect(keys).toEqual(Array.from({ length: 40 }, (_, i) => `content_${1_700_000 + i}`).sort());
    for (const k of keys) expect((await fresh.get(k))?.article.text.length).toBeGreaterThan(0);
  });

  it('merges tags when the same article is saved concurrently under the lock', async () => {
    const area = jitteryArea(3);
    const tabs = [0, 1, 2].map(() => createLibraryStore({ area, lock: localLock, now: ticking() }));
    const base = makeArticle(9, { chars: 200 });
    const results = await Promise.all(['经济', '外贸', '海关', '长沙', '湖南', '数据'].map((tag, i) => tabs[i % 3]!.save({ ...base, tags: [tag] })));
    expect(results.every((r) => r.ok)).toBe(true);
    const got = await fakeStore().get('content_1700009');
    expect([...got!.tags].sort()).toEqual(['外贸', '数据', '海关', '湖南', '经济', '长沙'].sort());
    expect(await fakeStore().list()).toHaveLength(1);
  });

  it('shows that a lock is what keeps same-article tags: without it a save can overwrite another', async () => {
    // The negative control for the test above, so that test can fail.
    const area = jitteryArea(3);
    const tabs = [0, 1, 2].map(() => createLibraryStore({ area, lock: noLock, now: ticking() }));
    const base = makeArticle(9, { chars: 200 });
    await Promise.all(['经济', '外贸', '海关', '长沙', '湖南', '数据'].map((tag, i) => tabs[i % 3]!.save({ ...base, tags: [tag] })));
    const got = await fakeStore().get('content_1700009');
    expect(got!.tags.length).toBeLessThan(6);
  });

  it('keeps concurrent saves and deletes of different articles apart', async () => {
    const store = fakeStore();
    await store.saveMany([0, 1, 2, 3].map((i) => makeArticle(i, { chars: 100 })));
    const other = createLibraryStore({ area: jitteryArea(4), lock: noLock, now: ticking() });
    await Promise.all([store.remove('content_1700001'), other.save(makeArticle(7, { chars: 100 })), store.remove('content_1700002'), other.save(makeArticle(8, { chars: 100 }))]);
    const keys = (await fakeStore().list()).map((e) => e.key).sort();
    expect(keys).toEqual(['content_1700000', 'content_1700003', 'content_1700007', 'content_1700008']);
  });
});
