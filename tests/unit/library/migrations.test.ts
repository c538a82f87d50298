import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { MIGRATIONS, migrateLibrary, storedVersion } from '@/src/library/migrations';
import { browserLocalArea } from '@/src/library/browser-store';
import { META_KEY, SCHEMA_VERSION } from '@/src/library/schema';
import { decodeFacts } from '@/src/library/facts-codec';
import { fakeStore } from './helpers';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** One fixture per past schema version: the raw storage.local contents of that shape. */
const FIXTURES: Record<number, Record<string, unknown>> = {
  1: JSON.parse(readFileSync(new URL('./fixtures/v1.json', import.meta.url), 'utf8')),
  2: JSON.parse(readFileSync(new URL('./fixtures/v2.json', import.meta.url), 'utf8')),
  3: JSON.parse(readFileSync(new URL('./fixtures/v3.json', import.meta.url), 'utf8')),
};

describe('library migrations', () => {
  it('has a fixture and a path to the current version from every past version', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) {
      expect(FIXTURES[v], `fixture for v${v}`).toBeDefined();
      expect(MIGRATIONS.some((m) => m.from === v)).toBe(true);
    }
  });

  for (const [version, fixture] of Object.entries(FIXTURES)) {
    it(`migrates a v${version} library to v${SCHEMA_VERSION} without losing an article`, async () => {
      await browser.storage.local.set(fixture);
      expect(await storedVersion(browserLocalArea())).toBe(Number(version));
      const store = fakeStore();
      const ready = await store.ready();
      expect(ready).toEqual({ ok: true, value: { from: Number(version), to: SCHEMA_VERSION } });
      expect(await browser.storage.local.get(META_KEY)).toEqual({ [META_KEY]: { schemaVersion: SCHEMA_VERSION } });
      const list = await store.list({ order: 'issue' });
      // Four v1 records: the alias-host copy of content_1721201 merges with the epaper one.
      expect(list.map((e) => e.key)).toEqual(['content_1721201', 'content_1721100', 'file:///offline/hnrb/html/2024-12/10/node_201.htm']);
      const merged = await store.get('content_1721201');
      expect(merged).toMatchObject({
        contentId: 'content_1721201',
        url: 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm',
        page: { number: '02', name: '要闻' },
        savedAt: '2024-12-12T08:00:00.000Z',
        tags: [],
        note: '',
      });
      expect(merged?.article.figures.length).toBeGreaterThan(0);
      // v3: everything saved before pasting existed was read on the e-paper page.
      expect(merged?.source).toBeNull();
      expect(list.map((e) => e.source)).toEqual([null, null, null]);
      const aliasOnly = await store.get('content_1721100');
      expect(aliasOnly).toMatchObject({ introTitle: '引题', subTitle: '副题', url: 'https://epaper.voc.com.cn/hnrb/html/2024-12/11/content_1721100.htm' });
      // v4: every article has its facts item (figures, officials, people without the text).
      const facts = await browser.storage.local.get(list.map((e) => `lib.f:${e.key}`));
      expect(Object.keys(facts)).toHaveLength(3);
      expect(decodeFacts(facts['lib.f:content_1721201'])?.article.figures).toEqual(merged?.article.figures);
      // The old single item is gone once the split is complete.
      expect(await browser.storage.local.get('library')).toEqual({ library: undefined });
    });
  }

  it('starts a new library at the current version', async () => {
    expect(await migrateLibrary(browserLocalArea())).toEqual({ from: null, to: SCHEMA_VERSION });
    expect(await storedVersion(browserLocalArea())).toBe(SCHEMA_VERSION);
  });

  it('keeps v1 intact when the split runs out of space, and retries later', async () => {
    await browser.storage.local.set(FIXTURES[1]!);
    const real = browser.storage.local.set.bind(browser.storage.local);
    const spy = vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const store = fakeStore();
    expect(await store.ready()).toMatchObject({ ok: false, reason: 'quota' });
    expect(await browser.storage.local.get('library')).toEqual({ library: FIXTURES[1]!.library });
    spy.mockImplementation(real);
    expect((await store.ready()).ok).toBe(true);
    expect(await store.list()).toHaveLength(3);
  });

  it('refuses a library written by a newer version', async () => {
    await browser.storage.local.set({ [META_KEY]: { schemaVersion: SCHEMA_VERSION + 1 } });
    const r = await fakeStore().ready();
    expect(r.ok).toBe(false);
  });
});
