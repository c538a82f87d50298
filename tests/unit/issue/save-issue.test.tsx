import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SaveInput } from '@/src/library/types';
import { fakeStore } from '../library/helpers';
import { makeArticle } from '../library/generate';

/**
 * 收藏全期 goes through SaveAllRow, one article at a time to the library's one writer: when the
 * quota fills up half-way, what was saved stays whole, the row says how far it got, and pressing
 * again saves the rest without duplicates.
 */
describe('收藏全期 under a full quota', () => {
  let restore: () => void = () => {};
  beforeEach(() => {
    fakeBrowser.reset();
    const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
    const g = globalThis as Record<string, unknown>;
    const saved = { window: g.window, document: g.document, navigator: g.navigator };
    Object.assign(g, { window, document, navigator: g.navigator ?? { language: 'zh-CN' } });
    restore = () => Object.assign(g, saved);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    restore();
  });

  const until = async (check: () => boolean, what: string) => {
    for (let i = 0; i < 100; i++) {
      if (check()) return;
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error(`timed out waiting for ${what}`);
  };

  it('keeps the articles saved before the quota filled, says how many, and saves the rest on a second press', async () => {
    const { render } = await import('preact');
    const { SaveAllRow } = await import('@/src/ui/panel/SaveActions');
    const store = fakeStore();
    const issue: SaveInput[] = Array.from({ length: 23 }, (_, i) => makeArticle(i + 1));
    const set = browser.storage.local.set.bind(browser.storage.local);
    let full = false;
    vi.spyOn(browser.storage.local, 'set').mockImplementation(async (items) => {
      if (full) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    let calls = 0;
    const saveOne = async (input: SaveInput) => {
      if (++calls === 11) full = true; // the 11th article does not fit
      const r = await store.save(input);
      return r.ok ? null : r.message;
    };
    const root = document.getElementById('app')!;
    render(<SaveAllRow items={issue} label="☆ 收藏全期" saveOne={saveOne} />, root);
    const button = () => root.querySelector('button') as HTMLElement;
    const status = () => root.querySelector('.save-status')?.textContent ?? '';

    button().click();
    await until(() => status().includes('收藏失败'), 'the failure');
    expect(status()).toMatch(/^10\/23 · 收藏失败：本地存储已满/);
    expect(calls).toBe(11); // it stopped at the first failure
    const kept = await store.list();
    expect(kept).toHaveLength(10);
    for (const input of issue.slice(0, 10)) expect((await store.get(input.contentId!))?.article.text).toBe(input.article.text);

    full = false; // room made (exported, some deleted)
    button().click();
    await until(() => status().includes('已收藏 23'), 'the second press');
    expect(await store.list()).toHaveLength(23);
  });
});
