import { afterEach, describe, expect, it } from 'vitest';
import { highlightArticle, type HighlightController } from '@/src/ui/highlights';
import { ARTICLE_1721201 } from './article-1721201';
import { loadIssuePage, markedText, marksOf } from './helpers';

let ctl: HighlightController | null = null;
afterEach(() => {
  ctl?.destroy();
  ctl = null;
});

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('surviving the page’s re-rendering', () => {
  it('re-applies when the page rewrites #ozoom (放大/缩小 rewriting its HTML)', async () => {
    const { document, window } = loadIssuePage('content_1721201.htm');
    expect(typeof (window as unknown as { MutationObserver?: unknown }).MutationObserver).toBe('function');
    const root = document.getElementById('ozoom')!;
    const original = root.innerHTML;
    ctl = highlightArticle(root, ARTICLE_1721201, { doc: document });
    // The page's zoom script: style changes leave the marks alone.
    root.setAttribute('style', 'font-size:16px;');
    await settle();
    expect(marksOf(root, 'figure:0')).toHaveLength(1);
    // A rewrite from the page's own copy of the article drops every mark.
    root.innerHTML = original;
    expect(marksOf(root)).toHaveLength(0);
    await settle();
    expect(markedText(root, 'figure:0')).toBe('5121.9亿元');
    expect(ctl.stats.placed).toBe(8);
    // No loop: nothing changes while the page is quiet.
    const marks = marksOf(root);
    await settle();
    expect(marksOf(root)).toEqual(marks);
  });

  it('strips marks the page copied into its rewrite and marks its text once', async () => {
    const { document } = loadIssuePage('content_1721201.htm');
    const root = document.getElementById('ozoom')!;
    ctl = highlightArticle(root, ARTICLE_1721201, { doc: document });
    root.innerHTML = root.innerHTML; // the page re-writes what it reads, our marks included
    await settle();
    expect(marksOf(root, 'figure:0')).toHaveLength(1);
    expect(root.querySelectorAll('mark mark')).toHaveLength(0);
    ctl.destroy();
    ctl = null;
    expect(marksOf(root)).toHaveLength(0);
  });

  it('follows a replaced #ozoom by its id', async () => {
    const { document } = loadIssuePage('content_1721201.htm');
    const root = document.getElementById('ozoom')!;
    ctl = highlightArticle(root, ARTICLE_1721201, { doc: document });
    const fresh = document.createElement('div');
    fresh.id = 'ozoom';
    fresh.innerHTML = root.innerHTML.replace(/<mark[^>]*>|<\/mark>/g, '');
    root.parentNode!.replaceChild(fresh, root);
    await settle();
    expect(markedText(fresh, 'figure:4')).toBe('中西部第一');
    expect(ctl.focusFact('figure:4')).toBe(true);
  });

  it('works without MutationObserver (no observing, the rest unchanged)', () => {
    const { document, window } = loadIssuePage('content_1721201.htm');
    Object.defineProperty(window, 'MutationObserver', { value: undefined, configurable: true });
    const root = document.getElementById('ozoom')!;
    ctl = highlightArticle(root, ARTICLE_1721201, { doc: document });
    expect(ctl.stats.placed).toBe(8);
    root.innerHTML = root.innerHTML.replace(/<mark[^>]*>|<\/mark>/g, '');
    ctl.refresh();
    expect(marksOf(root, 'figure:0')).toHaveLength(1);
  });
});
