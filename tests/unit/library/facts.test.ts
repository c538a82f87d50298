import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { StorageArea } from '@/src/library/area';
import { browserLocalArea } from '@/src/library/browser-store';
import { toFacts } from '@/src/library/facts';
import { decodeFacts, encodeFacts } from '@/src/library/facts-codec';
import { migrateV3toV4 } from '@/src/library/migrations/v3-to-v4';
import { buildPeopleIndex } from '@/src/library/people';
import { ARTICLE_PREFIX, ENTRY_PREFIX, FACTS_PREFIX, META_KEY, SCHEMA_VERSION } from '@/src/library/schema';
import { buildSeries } from '@/src/library/series';
import { createLibraryStore } from '@/src/library/store';
import type { SavedArticle } from '@/src/library/types';
import { localLock } from '@/src/library/lock';
import { fakeStore, jitteryArea, noLock, ticking } from './helpers';
import { makeArticle } from './generate';
import { seriesFixtureArticles } from './series-library';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const V3 = JSON.parse(readFileSync(new URL('./fixtures/v3.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const quotaError = (): Error => new Error('QUOTA_BYTES quota exceeded');

/** storage.local split by item kind, keyed by article key. */
async function stored(): Promise<{ a: Map<string, SavedArticle>; i: Map<string, unknown>; f: Map<string, unknown> }> {
  const all = await browser.storage.local.get(null);
  const pick = <T>(prefix: string) => new Map(Object.entries(all).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v as T]));
  return { a: pick<SavedArticle>(ARTICLE_PREFIX), i: pick(ENTRY_PREFIX), f: pick(FACTS_PREFIX) };
}

/** Every article has its entry and its facts, the facts are those of the article, and nothing else is left over. */
async function expectConsistent(): Promise<string[]> {
  const { a, i, f } = await stored();
  const keys = [...a.keys()].sort();
  expect([...i.keys()].sort()).toEqual(keys);
  expect([...f.keys()].sort()).toEqual(keys);
  for (const [k, article] of a) expect(decodeFacts(f.get(k))).toEqual(toFacts(article));
  return keys;
}

/** An area that fails the test if anything reads an article (texts included): only entries and facts may be read. */
function noTextArea(): StorageArea & { reads: string[] } {
  const base = browserLocalArea();
  const reads: string[] = [];
  return {
    reads,
    async get(keys) {
      if (keys === null) throw new Error('read every item, texts included');
      const list = Array.isArray(keys) ? keys : [keys];
      const text = list.find((k) => k.startsWith(ARTICLE_PREFIX));
      if (text) throw new Error(`read an article: ${text}`);
      reads.push(...list);
      return base.get(keys);
    },
    set: (items) => base.set(items),
    remove: (keys) => base.remove(keys),
    // Chrome 130+ lists keys without values; the fake browser does not, so the test does it here.
    getKeys: async () => Object.keys(await base.get(null)),
  };
}

describe('the facts item as stored', () => {
  it('reads back exactly what was written, for real and generated articles, in less than half the bytes of objects', () => {
    const articles = [...seriesFixtureArticles(), ...[1, 2, 3].map((i) => ({ ...makeArticle(i), key: `g${i}`, savedAt: '', updatedAt: 'u', tags: [], note: '', source: null }) as SavedArticle)];
    const range = { start: 1, end: 9, text: '1月至11月', value: null, unit: '', normalized: null, kind: 'date-range' as const, subject: '', qualifier: null, startDate: '2024-01', endDate: '2024-11' };
    articles[0] = { ...articles[0]!, article: { ...articles[0]!.article, figures: [...articles[0]!.article.figures, range] } };
    for (const a of articles) {
      const stored = encodeFacts(toFacts(a));
      expect(decodeFacts(stored)).toEqual(toFacts(a));
      expect(stored.length).toBeLessThan(JSON.stringify(toFacts(a)).length * 0.7);
    }
    expect(decodeFacts(encodeFacts(toFacts(articles[0]!)))?.article.figures.at(-1)).toEqual(range);
  });

  it('is not read when it is of another shape', () => {
    expect(decodeFacts({ key: 'x' })).toBeNull();
    expect(decodeFacts('[2,"x"]')).toBeNull();
    expect(decodeFacts('{')).toBeNull();
  });
});

describe('the v3 → v4 migration', () => {
  it('writes a facts item for every article, then the version, and a second run changes nothing', async () => {
    await browser.storage.local.set(V3);
    expect(await fakeStore().ready()).toEqual({ ok: true, value: { from: 3, to: SCHEMA_VERSION } });
    expect(await browser.storage.local.get(META_KEY)).toEqual({ [META_KEY]: { schemaVersion: 4 } });
    expect(await expectConsistent()).toHaveLength(3);
    const { f } = await stored();
    // No text, no mentions: only what 走势, 数字 and 人物 read.
    const texts = [...(await stored()).a.values()].map((x) => x.article.text.slice(0, 40));
    for (const facts of f.values()) {
      expect(typeof facts).toBe('string');
      for (const t of texts) expect(facts).not.toContain(t);
    }
    const all = await browser.storage.local.get(null);
    await migrateV3toV4(browserLocalArea());
    expect(await browser.storage.local.get(null)).toEqual(all);
  });

  it('runs again after being cut short, writing only the facts still missing', async () => {
    await browser.storage.local.set(V3);
    // Cut short after the first article's facts: the version was never written.
    const first = Object.entries(V3).find(([k]) => k.startsWith(ARTICLE_PREFIX))![1] as SavedArticle;
    await browser.storage.local.set({ [FACTS_PREFIX + first.key]: encodeFacts(toFacts(first)) });
    const set = vi.spyOn(browser.storage.local, 'set');
    expect((await fakeStore().ready()).ok).toBe(true);
    const written = set.mock.calls.flatMap(([items]) => Object.keys(items as object));
    expect(written.filter((k) => k.startsWith(FACTS_PREFIX))).toHaveLength(2);
    expect(written).not.toContain(FACTS_PREFIX + first.key);
    expect(written.at(-1)).toBe(META_KEY); // last
    await expectConsistent();
  });

  it('keeps v3 as it was when the quota runs out, and completes on the next start', async () => {
    await browser.storage.local.set(V3);
    const before = await browser.storage.local.get(null);
    const spy = vi.spyOn(browser.storage.local, 'set').mockRejectedValue(quotaError());
    expect(await fakeStore().ready()).toMatchObject({ ok: false, reason: 'quota' });
    expect(await browser.storage.local.get(null)).toEqual(before);
    spy.mockRestore();
    const store = fakeStore();
    expect((await store.ready()).ok).toBe(true);
    expect(await store.list()).toHaveLength(3);
    await expectConsistent();
  });

  it('takes back the facts it wrote when a later batch fails', async () => {
    // 150 articles: two batches, the second one fails.
    const store = fakeStore();
    await store.saveMany(Array.from({ length: 150 }, (_, i) => makeArticle(i, { chars: 50, figures: 2, people: 2 })));
    const all = await browser.storage.local.get(null);
    await browser.storage.local.remove(Object.keys(all).filter((k) => k.startsWith(FACTS_PREFIX)));
    await browser.storage.local.set({ [META_KEY]: { schemaVersion: 3 } });
    const real = browser.storage.local.set.bind(browser.storage.local);
    let calls = 0;
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if (++calls === 2) throw quotaError();
      return real(items);
    });
    expect(await fakeStore().ready()).toMatchObject({ ok: false, reason: 'quota' });
    expect((await stored()).f.size).toBe(0);
    expect(await browser.storage.local.get(META_KEY)).toEqual({ [META_KEY]: { schemaVersion: 3 } });
  });
});

describe('facts items beside the articles', () => {
  it('stay in step with the articles through save, save again, edit, delete, undo and import', async () => {
    const store = fakeStore();
    await store.saveMany([0, 1, 2, 3].map((i) => makeArticle(i, { chars: 200 })));
    await store.save({ ...makeArticle(1, { chars: 200 }), title: '改过的标题' });
    await store.update('content_1700002', { tags: ['经济'], note: '笔记' });
    const removed = await store.remove('content_1700003');
    expect(await expectConsistent()).toEqual(['content_1700000', 'content_1700001', 'content_1700002']);
    if (removed.ok) await store.restore(removed.value);
    const incoming = [1, 5].map((i) => ({ ...makeArticle(i, { chars: 100 }), key: `content_${1_700_000 + i}`, title: `导入${i}`, savedAt: '2020-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z', tags: [], note: '', source: null }));
    expect(await store.putMany(incoming)).toEqual({ ok: true, value: { added: 1, merged: 1 } });
    expect(await expectConsistent()).toHaveLength(5);
    expect(decodeFacts((await stored()).f.get('content_1700001'))?.title).toBe('导入1');
  });

  it('stay in step when two tabs save and delete at once', async () => {
    const tab1 = createLibraryStore({ area: jitteryArea(1), lock: noLock, now: ticking() });
    const tab2 = createLibraryStore({ area: jitteryArea(2), lock: localLock, now: ticking() });
    await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? tab1 : tab2).save(makeArticle(i % 20, { chars: 100 }))));
    await Promise.all([tab1.remove('content_1700004'), tab2.remove('content_1700007'), tab1.save(makeArticle(40, { chars: 100 }))]);
    expect(await expectConsistent()).toHaveLength(19);
  });

  it('are never half-written when the quota is full: nothing saved, nothing lost', async () => {
    const store = fakeStore();
    await store.save(makeArticle(1, { chars: 200 }));
    const before = await browser.storage.local.get(null);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(quotaError());
    expect(await store.save(makeArticle(2, { chars: 200 }))).toMatchObject({ ok: false, reason: 'quota' });
    expect(await store.save({ ...makeArticle(1, { chars: 200 }), title: '改过' })).toMatchObject({ ok: false, reason: 'quota' });
    expect(await store.update('content_1700001', { note: '新笔记' })).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect(await browser.storage.local.get(null)).toEqual(before);
    await expectConsistent();
    // This tab's views still show what is stored, not what failed to be.
    expect((await store.people()).flatMap((p) => p.articles.map((a) => a.title))).not.toContain('改过');
  });

  it('are written in the same set() as the article: a quota that runs out on the facts writes neither', async () => {
    const store = fakeStore();
    await store.save(makeArticle(1, { chars: 200 }));
    const before = await browser.storage.local.get(null);
    const real = browser.storage.local.set.bind(browser.storage.local);
    // The last bytes of a save are the ones that do not fit, whichever item they belong to.
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((k) => k.startsWith(FACTS_PREFIX))) throw quotaError();
      return real(items);
    });
    expect(await store.save(makeArticle(2, { chars: 200 }))).toMatchObject({ ok: false, reason: 'quota' });
    expect(await store.save({ ...makeArticle(1, { chars: 200 }), title: '改过' })).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  it('roll back with an import that runs out of space half way', async () => {
    const store = fakeStore();
    await store.save(makeArticle(1, { chars: 100 }));
    const before = await browser.storage.local.get(null);
    const incoming = [1, 2, 3].map((i) => ({ ...makeArticle(i, { chars: 100 }), key: `content_${1_700_000 + i}`, savedAt: '2020-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z', tags: ['导入'], note: '', source: null }));
    const real = browser.storage.local.set.bind(browser.storage.local);
    let calls = 0;
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if (++calls === 3) throw quotaError();
      return real(items);
    });
    expect(await store.putMany(incoming)).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    expect(await browser.storage.local.get(null)).toEqual(before);
  });
});

describe('走势, 数字 and 人物 from the facts items alone', () => {
  it('build the series, the figures and the people index of a freshly opened store without reading a text', async () => {
    const articles = seriesFixtureArticles();
    await fakeStore().putMany(articles);
    const saved = (await fakeStore().all()) as SavedArticle[];
    const area = noTextArea();
    const fresh = createLibraryStore({ area, lock: localLock, now: ticking() });
    const series = await fresh.series();
    expect(series.length).toBeGreaterThan(3);
    expect(series).toEqual(buildSeries(saved));
    expect(await fresh.people()).toEqual(buildPeopleIndex(saved));
    expect((await fresh.figures()).length).toBe(saved.reduce((n, a) => n + a.article.figures.length, 0));
    expect(area.reads.some((k) => k.startsWith(FACTS_PREFIX))).toBe(true);
    // Another tab saves one more: this one catches up by reading that article's facts only.
    await fakeStore().save(makeArticle(9, { chars: 100 }));
    area.reads.length = 0;
    expect((await fresh.figures()).some((r) => r.key === 'content_1700009')).toBe(true);
    expect(area.reads.filter((k) => k.startsWith(FACTS_PREFIX))).toEqual([FACTS_PREFIX + 'content_1700009']);
  });

  it('reads an article whose facts item is missing or unreadable instead of leaving it out', async () => {
    const store = fakeStore();
    await store.saveMany([1, 2, 3].map((i) => makeArticle(i, { chars: 100 })));
    await browser.storage.local.remove(FACTS_PREFIX + 'content_1700002');
    await browser.storage.local.set({ [FACTS_PREFIX + 'content_1700003']: '[99]' });
    expect(new Set((await fakeStore().figures()).map((r) => r.key))).toEqual(new Set(['content_1700001', 'content_1700002', 'content_1700003']));
  });
});
