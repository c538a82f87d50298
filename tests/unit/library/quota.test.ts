import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { isQuotaError } from '@/src/library/errors';
import { fakeStore } from './helpers';
import { makeArticle } from './generate';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const quotaError = (): Error => new Error('QUOTA_BYTES quota exceeded');

describe('a full quota', () => {
  it('recognises Chrome and Firefox quota errors, and only those', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('Extension context invalidated.'))).toBe(false);
  });

  it('returns a clear message and keeps what was saved', async () => {
    const store = fakeStore();
    await store.save({ ...makeArticle(1), tags: ['旧'] });
    const before = await store.get('content_1700001');
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(quotaError());
    const r = await store.save(makeArticle(2));
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    if (!r.ok) expect(r.message).toMatch(/^本地存储已满/);
    // Saving the existing article again also fails, and its stored copy is untouched.
    const again = await store.save({ ...makeArticle(1), title: '改过', tags: ['新'] });
    expect(again.ok).toBe(false);
    vi.restoreAllMocks();
    expect(await store.get('content_1700001')).toEqual(before);
    expect(await store.get('content_1700002')).toBeNull();
    expect((await fakeStore().list()).map((e) => e.key)).toEqual(['content_1700001']);
  });

  it('stops a batch at the first full write and reports what was saved', async () => {
    const store = fakeStore();
    await store.ready(); // writes the schema version: not one of the counted writes
    const real = browser.storage.local.set.bind(browser.storage.local);
    let calls = 0;
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if (++calls > 2) throw quotaError();
      return real(items);
    });
    const r = await store.saveMany([1, 2, 3, 4].map((i) => makeArticle(i, { chars: 100 })));
    expect(r.saved.map((a) => a.key)).toEqual(['content_1700001', 'content_1700002']);
    expect(r.failure?.reason).toBe('quota');
    vi.restoreAllMocks();
    expect(await fakeStore().list()).toHaveLength(2);
  });

  it('rolls an import back when the quota runs out half way', async () => {
    const store = fakeStore();
    await store.save({ ...makeArticle(1, { chars: 100 }), note: '原来的笔记' });
    const before = await store.get('content_1700001');
    const incoming = [1, 2, 3].map((i) => ({ ...makeArticle(i, { chars: 100 }), key: `content_${1_700_000 + i}`, savedAt: '2020-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z', tags: ['导入'], note: '', source: null }));
    const real = browser.storage.local.set.bind(browser.storage.local);
    let calls = 0;
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if (++calls === 3) throw quotaError();
      return real(items);
    });
    const r = await store.putMany(incoming);
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    vi.restoreAllMocks();
    const after = fakeStore();
    expect(await after.get('content_1700001')).toEqual(before);
    expect((await after.list()).map((e) => e.key)).toEqual(['content_1700001']);
  });
});
