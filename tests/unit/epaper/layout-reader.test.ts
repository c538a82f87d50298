import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CROSS_ORIGIN_ERROR, createLayoutReader, type ArticleReadResult } from '@/src/epaper';
import type { ArticleLink } from '@/src/epaper/types';
import { ISSUE_DIR, ISSUE_URL, docOf, parseFile } from './helpers';

const layout = parseFile(join(ISSUE_DIR, 'node_202.htm'), ISSUE_URL + 'node_202.htm');
const links = layout.layout!.articles;

/** A fake fetch over the offline issue: counts calls and requests in flight, answers when released. */
function fakeFetch(options: { delay?: number; status?: (url: string) => number; gate?: (call: number) => Promise<void> } = {}) {
  const state = { calls: [] as string[], inFlight: 0, maxInFlight: 0, aborted: 0 };
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    state.calls.push(url);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    try {
      await new Promise<void>((resolve, reject) => {
        let settled = false;
        const done = () => {
          if (settled) return;
          settled = true;
          resolve();
        };
        const timer = options.gate ? undefined : setTimeout(done, options.delay ?? 5);
        void options.gate?.(state.calls.length).then(done);
        init?.signal?.addEventListener('abort', () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          state.aborted++;
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
      const status = options.status?.(url) ?? 200;
      const name = new URL(url).pathname.split('/').pop()!;
      const body = status === 200 ? readFileSync(join(ISSUE_DIR, name)) : 'not found';
      return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
    } finally {
      state.inFlight--;
    }
  }) as typeof globalThis.fetch;
  return { fetch: fn, state };
}

async function collect(iter: AsyncIterable<ArticleReadResult>): Promise<ArticleReadResult[]> {
  const out: ArticleReadResult[] = [];
  for await (const r of iter) out.push(r);
  return out;
}

const parseHtml = (html: string) => docOf(html);

describe('layout reader', () => {
  it('reads every linked article page, never more than two at a time', async () => {
    const { fetch, state } = fakeFetch();
    const reader = createLayoutReader({ fetch, cache: new Map(), parseHtml, maxConcurrent: 8 });
    const results = await collect(reader.readArticles(layout.url, links));
    expect(results.map((r) => r.id).sort()).toEqual(links.map((l) => l.id).sort());
    expect(results.every((r) => r.error === null && r.page?.kind === 'article')).toBe(true);
    expect(results.find((r) => r.id === 'content_1721203')!.page!.article!.title).toBe('消费挖潜 投资增效');
    expect(state.calls).toHaveLength(10);
    expect(state.maxInFlight).toBe(2);
  });

  it('keeps to one request at a time when asked', async () => {
    const { fetch, state } = fakeFetch();
    const reader = createLayoutReader({ fetch, cache: new Map(), parseHtml, maxConcurrent: 1 });
    await collect(reader.readArticles(layout.url, links.slice(0, 4)));
    expect(state.maxInFlight).toBe(1);
  });

  it('caches pages for the session, across readers sharing the cache and across ?div= and http/https', async () => {
    const cache = new Map<string, Promise<unknown>>();
    const first = fakeFetch();
    await collect(createLayoutReader({ fetch: first.fetch, cache, parseHtml }).readArticles(layout.url, links));
    const second = fakeFetch();
    const again = await collect(createLayoutReader({ fetch: second.fetch, cache, parseHtml }).readArticles(layout.url, links));
    expect(second.state.calls).toHaveLength(0);
    expect(again).toHaveLength(10);
    expect(again.every((r) => r.cached && r.page?.article)).toBe(true);
    expect(cache.has('https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm')).toBe(true);
  });

  it('asks once for a link listed twice', async () => {
    const { fetch, state } = fakeFetch();
    const twice = [links[0]!, links[1]!, links[0]!];
    const results = await collect(createLayoutReader({ fetch, cache: new Map(), parseHtml }).readArticles(layout.url, twice));
    expect(results).toHaveLength(2);
    expect(state.calls).toHaveLength(2);
  });

  it('refuses links to another origin without fetching them', async () => {
    const { fetch, state } = fakeFetch();
    const foreign: ArticleLink[] = [
      { id: '1', url: 'https://evil.example/hnrb/html/2024-12/12/content_1.htm', title: null, area: null },
      { id: '2', url: 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm', title: null, area: null }, // https ≠ http
      links[0]!,
    ];
    const results = await collect(createLayoutReader({ fetch, cache: new Map(), parseHtml }).readArticles(layout.url, foreign));
    expect(results.find((r) => r.id === '1')).toMatchObject({ page: null, error: CROSS_ORIGIN_ERROR });
    expect(results.find((r) => r.id === '2')).toMatchObject({ page: null, error: CROSS_ORIGIN_ERROR });
    expect(results.find((r) => r.id === links[0]!.id)?.page?.kind).toBe('article');
    expect(state.calls).toEqual([links[0]!.url]);
  });

  it('reports HTTP errors per article and does not cache them', async () => {
    const cache = new Map<string, unknown>();
    const { fetch } = fakeFetch({ status: (url) => (url.includes('1721202') ? 404 : 200) });
    const results = await collect(createLayoutReader({ fetch, cache, parseHtml }).readArticles(layout.url, links.slice(0, 3)));
    expect(results.find((r) => r.id === 'content_1721202')).toMatchObject({ page: null, error: '文章页读取失败（HTTP 404）' });
    expect(results.filter((r) => r.page)).toHaveLength(2);
    expect(cache.size).toBe(2);
  });

  it('stops when the tab navigates away: in-flight requests aborted, no new ones, nothing more yielded', async () => {
    const controller = new AbortController();
    let open!: () => void;
    const firstTwo = new Promise<void>((r) => (open = r));
    // Only the first two requests may answer; later ones wait on a gate that never opens.
    const { fetch, state } = fakeFetch({ gate: (n) => (n <= 2 ? firstTwo : new Promise<void>(() => {})) });
    const cache = new Map<string, unknown>();
    const reader = createLayoutReader({ fetch, cache, parseHtml });
    const seen: ArticleReadResult[] = [];
    const reading = (async () => {
      for await (const r of reader.readArticles(layout.url, links, controller.signal)) seen.push(r);
    })();
    await vi.waitFor(() => expect(state.calls).toHaveLength(2));
    open();
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await vi.waitFor(() => expect(state.calls).toHaveLength(4));
    expect(state.inFlight).toBe(2);
    controller.abort(); // the tab navigates away
    await reading;
    expect(seen).toHaveLength(2);
    expect(state.calls).toHaveLength(4);
    expect(state.aborted).toBe(2);
    // Aborted loads leave the cache, so a later visit reads them again.
    expect(cache.size).toBe(2);
  });

  it('a reader started with an aborted signal fetches nothing', async () => {
    const { fetch, state } = fakeFetch();
    const controller = new AbortController();
    controller.abort();
    const results = await collect(createLayoutReader({ fetch, cache: new Map(), parseHtml }).readArticles(layout.url, links, controller.signal));
    expect(results).toEqual([]);
    expect(state.calls).toEqual([]);
  });

  it('a page whose shared load was aborted by another tab is read again for this one', async () => {
    const cache = new Map<string, unknown>();
    const gone = new AbortController();
    const { fetch, state } = fakeFetch({ delay: 20 });
    const reader = createLayoutReader({ fetch, cache, parseHtml });
    const two = links.slice(0, 2);
    const left = collect(reader.readArticles(layout.url, two, gone.signal));
    const staying = collect(reader.readArticles(layout.url, two));
    setTimeout(() => gone.abort(), 5);
    expect(await left).toEqual([]);
    const results = await staying;
    expect(results.map((r) => r.page?.article?.id).sort()).toEqual(['content_1721201', 'content_1721202']);
    expect(state.calls).toHaveLength(4);
  });
});
