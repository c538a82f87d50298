import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIssueReader, type IssueProgress } from '@/src/epaper/issue-reader';
import { createRequestSlots } from '@/src/epaper/request-slots';
import { parsePage } from '@/src/epaper';
import { ROOT, docOf } from './helpers';

const DIR = join(ROOT, 'tests/fixtures/epaper/hnrb/html/2024-12/13');
const BASE = 'http://epaper.voc.com.cn/hnrb/html/2024-12/13/';
const parseHtml = docOf;

/**
 * A fake site over the offline issue of 2024-12-13: files that are missing answer 404 (page 05),
 * `fail` makes more answer 500; counts requests and the most in flight; `hold` keeps every answer
 * until released.
 */
function fakeSite(options: { fail?: (name: string) => boolean; delay?: number } = {}) {
  const state = { calls: [] as string[], answered: [] as string[], inFlight: 0, maxInFlight: 0, aborted: 0 };
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    state.calls.push(url);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, options.delay ?? 2);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          state.aborted++;
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
      const u = new URL(url);
      const name = u.pathname.split('/').pop()!;
      const file = join(DIR, name);
      if (u.host !== 'epaper.voc.com.cn' || options.fail?.(name) || !existsSync(file)) {
        return new Response('not found', { status: options.fail?.(name) ? 500 : 404 });
      }
      state.answered.push(url);
      return new Response(readFileSync(file), { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
    } finally {
      state.inFlight--;
    }
  }) as typeof globalThis.fetch;
  return { fetch, state };
}

describe('request slots', () => {
  it('runs at most the limit at once, in order, and drops a waiting task on abort', async () => {
    const slots = createRequestSlots(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (i: number) => async () => {
      running++;
      most = Math.max(most, running);
      order.push(i);
      await new Promise((ok) => setTimeout(ok, 3));
      running--;
      return i;
    };
    const control = new AbortController();
    const runs = [0, 1, 2, 3, 4].map((i) => slots.run(task(i), i === 4 ? control.signal : undefined));
    control.abort();
    const settled = await Promise.allSettled(runs);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(settled[4]!.status).toBe('rejected');
    expect(slots.active()).toBe(0);
  });
});

describe('issue reader', () => {
  it('reads every page of the list and every article, never more than two requests at a time', async () => {
    const { fetch, state } = fakeSite();
    const reader = createIssueReader({ fetch, parseHtml, cache: new Map(), maxConcurrent: 6 });
    const seen: IssueProgress[] = [];
    const outcome = await reader.readIssue(BASE + 'content_1722008.htm?div=-1', {
      onArticle: (_, p) => seen.push(structuredClone(p)),
    });
    expect(state.maxInFlight).toBe(2);
    expect(outcome.cancelled).toBe(false);
    expect(outcome.issue).toEqual({ paper: 'hnrb', date: '2024-12-13' });
    expect(outcome.pages.map((p) => `${p.number}:${p.name}:${p.status}`)).toEqual([
      '01:头版:ready',
      '02:要闻:ready',
      '03:经济:ready',
      '04:市州:ready',
      '05:文化:failed',
    ]);
    expect(outcome.pages[4]!.error).toBe('HTTP 404');
    expect(outcome.articles).toHaveLength(23);
    expect(outcome.articles.every((a) => a.article && !a.error)).toBe(true);
    expect(outcome.articles[0]!.id).toBe('content_1722001'); // page order, then the page's order
    expect(outcome.progress).toEqual({ pages: { done: 5, total: 5 }, articles: { done: 23, total: 23 } });
    expect(seen.at(-1)!.articles.done).toBe(23);
    // Each page once: the start article, 5 layout pages, 22 other articles (the start one is cached).
    expect(state.calls).toHaveLength(1 + 5 + 22);
  });

  it('goes on after failed requests, names them, and a retry asks only for what is missing', async () => {
    let broken = true;
    const { fetch, state } = fakeSite({ fail: (name) => broken && (name === 'node_203.htm' || name === 'content_1722002.htm') });
    const cache = new Map<string, unknown>();
    const reader = createIssueReader({ fetch, parseHtml, cache });
    const first = await reader.readIssue(BASE + 'node_201.htm');
    expect(first.pages.filter((p) => p.status === 'failed').map((p) => p.number)).toEqual(['03', '05']);
    expect(first.pages[2]!.error).toBe('HTTP 500');
    expect(first.articles.find((a) => a.id === 'content_1722002')!.error).toBe('HTTP 500');
    expect(first.articles).toHaveLength(17);

    broken = false;
    state.calls.length = 0;
    const second = await reader.readIssue(BASE + 'node_201.htm');
    const names = state.calls.map((u) => u.split('/').pop()).sort();
    // Page 03 and its 6 articles, the article that failed, and page 05 again (still 404).
    expect(names).toEqual(
      ['node_203.htm', 'node_205.htm', 'content_1722002.htm?div=-1', ...[13, 14, 15, 16, 17, 18].map((n) => `content_17220${n}.htm?div=-1`)].sort(),
    );
    expect(second.articles.filter((a) => a.article)).toHaveLength(23);
    expect(second.pages.filter((p) => p.status === 'failed').map((p) => p.number)).toEqual(['05']);
  });

  it('stops on cancel without further requests, and a new read continues where it stopped', async () => {
    const { fetch, state } = fakeSite({ delay: 5 });
    const cache = new Map<string, unknown>();
    const reader = createIssueReader({ fetch, parseHtml, cache });
    const control = new AbortController();
    const first = await reader.readIssue(
      BASE + 'node_202.htm',
      { onArticle: (_, p) => p.articles.done === 5 && control.abort() },
      control.signal,
    );
    expect(first.cancelled).toBe(true);
    const askedBefore = state.calls.length;
    await new Promise((ok) => setTimeout(ok, 30));
    expect(state.calls.length).toBe(askedBefore); // nothing more asked after the cancel
    expect(state.inFlight).toBe(0);

    const answered = new Set(state.answered);
    expect(answered.size).toBeGreaterThanOrEqual(5 + 4);
    state.calls.length = 0;
    const second = await reader.readIssue(BASE + 'node_202.htm');
    expect(second.cancelled).toBe(false);
    expect(second.articles.filter((a) => a.article)).toHaveLength(23);
    // What was read before the cancel is not asked again.
    expect(state.calls.filter((u) => answered.has(u))).toEqual([]);
    expect(state.calls.length).toBe(1 + 5 + 22 - answered.size);
  });

  it('keeps to the start page’s origin', async () => {
    const { fetch, state } = fakeSite();
    const html = readFileSync(join(DIR, 'node_201.htm'), 'utf8').replace('./node_202.htm', 'http://elsewhere.test/node_202.htm');
    const cache = new Map<string, unknown>();
    const local = createIssueReader({ fetch, parseHtml, cache });
    cache.set('https://epaper.voc.com.cn/hnrb/html/2024-12/13/node_201.htm', Promise.resolve(parsePage(docOf(html), BASE + 'node_201.htm')));
    const outcome = await local.readIssue(BASE + 'node_201.htm');
    expect(outcome.pages.map((p) => p.number)).toEqual(['01', '03', '04', '05']);
    expect(state.calls.some((u) => u.includes('elsewhere'))).toBe(false);
  });
});
