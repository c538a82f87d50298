/**
 * Reads the article pages a layout page links to, politely: same origin only, at most two
 * requests at a time, each page fetched once per browsing session (the caller owns the cache so
 * the content script can keep it across pages), and everything stopped when the signal aborts
 * (the tab navigates away). Results come as they arrive, not in link order.
 */
import { decodeHtml } from './decode';
import { parsePage } from './parse-page';
import type { ArticleLink, ParsedPage } from './types';
import { canonicalUrl } from './url';

export interface LayoutReaderOptions {
  fetch: typeof fetch;
  /** Requests in flight at once; never more than 2 whatever is asked. */
  maxConcurrent?: number;
  /** Session cache, canonical article URL → Promise<ParsedPage>. Any Map will do. */
  cache: Map<string, unknown>;
  /** DOMParser in the browser, linkedom in Node. */
  parseHtml: (html: string) => Document;
}

export interface ArticleReadResult {
  /** The link's id (content_NNNNNNN). */
  id: string;
  url: string;
  page: ParsedPage | null;
  /** Why the page was not read (Chinese, for the panel); null on success. */
  error: string | null;
  /** True when the page came from the session cache. */
  cached: boolean;
}

export interface LayoutReader {
  readArticles(layoutUrl: string, links: readonly ArticleLink[], signal?: AbortSignal): AsyncIterable<ArticleReadResult>;
}

export const MAX_CONCURRENT = 2;
export const CROSS_ORIGIN_ERROR = '链接不在本站，未读取';

class HttpError extends Error {}

function originOf(url: string): string | null {
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}

function isAbort(error: unknown): boolean {
  return (error instanceof Error || (typeof error === 'object' && error !== null)) && (error as { name?: string }).name === 'AbortError';
}

function describe(error: unknown): string {
  if (error instanceof HttpError) return error.message;
  return `无法读取文章页：${error instanceof Error ? error.message : String(error)}`;
}

export function createLayoutReader(options: LayoutReaderOptions): LayoutReader {
  const limit = Math.max(1, Math.min(MAX_CONCURRENT, Math.floor(options.maxConcurrent ?? MAX_CONCURRENT)));
  const { cache, parseHtml } = options;
  const doFetch = options.fetch;
  let active = 0;
  const waiting: Array<() => void> = [];

  /** A slot among `limit`; shared by every readArticles call of this reader. */
  async function acquire(signal?: AbortSignal): Promise<void> {
    while (active >= limit) {
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          signal?.removeEventListener('abort', stop);
          resolve();
        };
        const stop = () => {
          const i = waiting.indexOf(wake);
          if (i >= 0) waiting.splice(i, 1);
          reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
        };
        if (signal?.aborted) return stop();
        signal?.addEventListener('abort', stop, { once: true });
        waiting.push(wake);
      });
    }
    active++;
  }
  function release(): void {
    active--;
    waiting.shift()?.();
  }

  async function load(url: string, signal?: AbortSignal): Promise<ParsedPage> {
    await acquire(signal);
    try {
      signal?.throwIfAborted();
      const response = await doFetch(url, { signal, credentials: 'same-origin' });
      if (!response.ok) throw new HttpError(`文章页读取失败（HTTP ${response.status}）`);
      const bytes = await response.arrayBuffer();
      const html = decodeHtml(bytes, response.headers.get('content-type'));
      return parsePage(parseHtml(html), url);
    } finally {
      release();
    }
  }

  /** The cached promise for a page, or a new load; failed and aborted loads leave the cache. */
  function cachedLoad(url: string, signal?: AbortSignal): { promise: Promise<ParsedPage>; cached: boolean } {
    const key = canonicalUrl(url);
    const hit = cache.get(key);
    if (hit instanceof Promise) return { promise: hit as Promise<ParsedPage>, cached: true };
    const promise = load(url, signal);
    cache.set(key, promise);
    promise.catch(() => {
      if (cache.get(key) === promise) cache.delete(key);
    });
    return { promise, cached: false };
  }

  async function readOne(link: ArticleLink, layoutOrigin: string | null, signal?: AbortSignal): Promise<ArticleReadResult> {
    const base = { id: link.id, url: link.url };
    if (!layoutOrigin || originOf(link.url) !== layoutOrigin) return { ...base, page: null, error: CROSS_ORIGIN_ERROR, cached: false };
    let { promise, cached } = cachedLoad(link.url, signal);
    try {
      return { ...base, page: await promise, error: null, cached };
    } catch (error) {
      // A load started by another (now aborted) session: ours is still wanted, so try once more.
      if (cached && isAbort(error) && !signal?.aborted) {
        ({ promise, cached } = cachedLoad(link.url, signal));
        try {
          return { ...base, page: await promise, error: null, cached };
        } catch (again) {
          error = again;
        }
      }
      if (isAbort(error) || signal?.aborted) throw error;
      return { ...base, page: null, error: describe(error), cached };
    }
  }

  return {
    async *readArticles(layoutUrl, links, signal) {
      const origin = originOf(layoutUrl);
      const unique = [...new Map(links.map((l) => [l.id, l])).values()];
      if (signal?.aborted) return;
      // Start every read (the slots keep it to `limit` requests), hand results out as they settle.
      const pending = new Map<number, Promise<{ index: number; result: ArticleReadResult | null }>>();
      unique.forEach((link, index) => {
        pending.set(
          index,
          readOne(link, origin, signal).then(
            (result) => ({ index, result }),
            () => ({ index, result: null }), // aborted
          ),
        );
      });
      const aborted = new Promise<null>((resolve) => {
        if (signal?.aborted) resolve(null);
        signal?.addEventListener('abort', () => resolve(null), { once: true });
      });
      while (pending.size > 0) {
        const next = await Promise.race([...pending.values(), aborted]);
        if (next === null || signal?.aborted) return;
        pending.delete(next.index);
        if (next.result) yield next.result;
      }
    },
  };
}
