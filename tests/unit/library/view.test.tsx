import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { segmentText } from '@/src/ui/library/highlight';
import { fakeStore } from './helpers';
import { makeArticle } from './generate';

describe('segmentText', () => {
  it('marks figures, officials and people by offset and keeps every character', () => {
    const text = '王建国省长说，出口3003.4亿元，李明表示满意。';
    const segs = segmentText({
      text,
      figures: [{ start: 9, end: 17, text: '3003.4亿元', value: 3003.4, unit: '亿元', normalized: null, kind: 'amount', subject: '出口', qualifier: null }],
      officials: [{ name: '王建国', titles: ['省长'], mentions: [{ start: 0, end: 3 }] }],
      // An overlapping and an out-of-range mention are dropped, not drawn twice.
      people: [{ name: '李明', role: null, mentions: [{ start: 18, end: 20 }, { start: 1, end: 2 }, { start: 90, end: 99 }] }],
    });
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.kind).map((s) => [s.kind, s.text])).toEqual([
      ['official', '王建国'],
      ['figure', '3003.4亿元'],
      ['person', '李明'],
    ]);
  });
});

/** The view in a linkedom document: enough DOM for Preact to render and for clicks. */
describe('LibraryView', () => {
  let restore: () => void = () => {};
  beforeEach(() => {
    fakeBrowser.reset();
    const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
    const g = globalThis as Record<string, unknown>;
    const saved = { window: g.window, document: g.document, navigator: g.navigator };
    // The panel's i18n falls back to navigator.language when the fake browser has no i18n.
    Object.assign(g, { window, document, navigator: g.navigator ?? { language: 'zh-CN' } });
    restore = () => Object.assign(g, saved);
  });
  afterEach(() => restore());

  const settle = () => new Promise((r) => setTimeout(r, 60));
  /** Waits until the check passes (the view loads from storage asynchronously). */
  async function until(check: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (check()) return;
      await settle();
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it('lists saved articles, opens one as text, deletes and undoes', async () => {
    const { render } = await import('preact');
    const { LibraryView } = await import('@/src/ui/library/LibraryView');
    const store = fakeStore();
    const evil = makeArticle(1, { chars: 80, figures: 1, people: 2 });
    evil.article.text = '<img src=x onerror=alert(1)>' + evil.article.text;
    await store.saveMany([evil, makeArticle(2, { chars: 80 })]);
    const opened: string[] = [];
    const root = document.getElementById('app')!;
    render(<LibraryView store={store} onOpenArticle={(k) => opened.push(k)} />, root);
    await until(() => root.querySelectorAll('.lib-item-open').length === 2, 'the list');
    const items = root.querySelectorAll('.lib-item-open');
    expect(items.length).toBe(2);
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('收藏夹');

    const first = [...items].find((b) => b.getAttribute('aria-label')?.includes('第1篇'))! as HTMLElement;
    first.click();
    await until(() => !!root.querySelector('.lib-text'), 'the reader');
    expect(opened).toEqual(['content_1700001']);
    const body = root.querySelector('.lib-text')!;
    expect(body.textContent?.startsWith('<img src=x')).toBe(true);
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelectorAll('mark.lib-mark-official').length).toBe(1);

    (root.querySelector('.lib-reader .lib-delete') as HTMLElement).click();
    await until(() => !!root.querySelector('.lib-undo'), 'the undo bar');
    expect(await store.get('content_1700001')).toBeNull();
    expect(root.querySelector('.lib-undo')?.textContent).toContain('已删除');
    (root.querySelector('.lib-undo button') as HTMLElement).click();
    await until(() => !root.querySelector('.lib-undo') && root.querySelectorAll('.lib-item-open').length === 2, 'the restored list');
    expect((await store.get('content_1700001'))?.title).toBe(evil.title);
    expect(root.querySelectorAll('.lib-item-open').length).toBe(2);
    render(null, root);
    await settle();
  });
});
