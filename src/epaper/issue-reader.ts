/**
 * Reads a whole issue (读全期) from any of its pages: the 版面导航 page list the page prints, every
 * layout page on it, every article those pages link to. Politely: the start page's origin only,
 * at most two requests at a time (shared by pages and articles), each page asked once per session
 * (the caller owns the cache, so a second read — a retry after a failure or a cancel — asks only
 * for what is still missing), everything stopped when the signal aborts. A failed request is
 * noted and the reading goes on.
 */
import { decodeHtml } from './decode';
import { parsePage } from './parse-page';
import { createRequestSlots } from './request-slots';
import type { ArticleLink, IssueRef, ParsedArticle, ParsedPage } from './types';
import { canonicalUrl } from './url';

export interface IssueReaderOptions {
  fetch: typeof fetch;
  /** DOMParser in the browser, linkedom in Node. */
  parseHtml: (html: string) => Document;
  /** Session cache, canonical URL → Promise<ParsedPage>; failed and aborted loads leave it. */
  cache: Map<string, unknown>;
  /** Requests in flight at once; never more than 2 whatever is asked. */
  maxConcurrent?: number;
}

export interface IssuePage {
  url: string;
  /** "02" as printed in the page list. */
  number: string | null;
  name: string | null;
  /** The page's articles (same origin only), empty until it is read. */
  articles: ArticleLink[];
  status: 'pending' | 'ready' | 'failed';
  /** Why the page was not read (Chinese, for the panel). */
  error: string | null;
}

export interface IssueArticle {
  /** content_NNNNNNN */
  id: string;
  url: string;
  /** The layout page that lists it (the first one, when two do). */
  pageUrl: string;
  title: string | null;
  article: ParsedArticle | null;
  error: string | null;
}

export interface IssueProgress {
  pages: { done: number; total: number };
  /** The total grows as layout pages are read. */
  articles: { done: number; total: number };
}

export interface IssueReadEvents {
  /** The page list is known (and the issue, from the start page). */
  onPages?(pages: readonly IssuePage[], progress: IssueProgress, issue: IssueRef | null): void;
  onPage?(page: IssuePage, progress: IssueProgress): void;
  onArticle?(article: IssueArticle, progress: IssueProgress): void;
}

export interface IssueReadOutcome {
  issue: IssueRef | null;
  dateLine: string | null;
  /** In the order of the page list. */
  pages: IssuePage[];
  /** Read articles, in page order then in each page's order. */
  articles: IssueArticle[];
  progress: IssueProgress;
  /** True when the signal aborted before the end; what was read so far is kept in the cache. */
  cancelled: boolean;
  /** Why the start page itself could not be read, else null. */
  problem: string | null;
}

export interface IssueReader {
  readIssue(startUrl: string, events?: IssueReadEvents, signal?: AbortSignal): Promise<IssueReadOutcome>;
}

export const ISSUE_MAX_CONCURRENT = 2;

class HttpError extends Error {}

function originOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const o = new URL(url).origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}

const isAbort = (error: unknown) => typeof error === 'object' && error !== null && (error as { name?: string }).name === 'AbortError';

function describe(error: unknown): string {
  if (error instanceof HttpError) return error.message;
  return `无法读取：${error instanceof Error ? error.message : String(error)}`;
}

export function createIssueReader(options: IssueReaderOptions): IssueReader {
  const slots = createRequestSlots(Math.min(ISSUE_MAX_CONCURRENT, options.maxConcurrent ?? ISSUE_MAX_CONCURRENT));
  const { cache, parseHtml } = options;

  async function fetchPage(url: string, signal?: AbortSignal): Promise<ParsedPage> {
    return slots.run(async () => {
      const response = await options.fetch(url, { signal, credentials: 'same-origin' });
      if (!response.ok) throw new HttpError(`HTTP ${response.status}`);
      const html = decodeHtml(await response.arrayBuffer(), response.headers.get('content-type'));
      return parsePage(parseHtml(html), url);
    }, signal);
  }

  /** The cached promise, or a new request; a failure or an abort leaves the cache to be asked again. */
  function load(url: string, signal?: AbortSignal): Promise<ParsedPage> {
    const key = canonicalUrl(url);
    const hit = cache.get(key);
    if (hit instanceof Promise) return hit as Promise<ParsedPage>;
    const promise = fetchPage(url, signal);
    cache.set(key, promise);
    promise.catch(() => {
      if (cache.get(key) === promise) cache.delete(key);
    });
    return promise;
  }

  /** A load that an earlier, cancelled read started is asked again for this one. */
  async function loadFresh(url: string, signal?: AbortSignal): Promise<ParsedPage> {
    try {
      return await load(url, signal);
    } catch (error) {
      if (isAbort(error) && !signal?.aborted) return load(url, signal);
      throw error;
    }
  }

  return {
    async readIssue(startUrl, events = {}, signal) {
      const origin = originOf(startUrl);
      const progress: IssueProgress = { pages: { done: 0, total: 0 }, articles: { done: 0, total: 0 } };
      const outcome: IssueReadOutcome = { issue: null, dateLine: null, pages: [], articles: [], progress, cancelled: false, problem: null };
      let start: ParsedPage;
      try {
        start = await loadFresh(startUrl, signal);
      } catch (error) {
        if (signal?.aborted) return { ...outcome, cancelled: true };
        return { ...outcome, problem: describe(error) };
      }
      outcome.issue = start.issue;
      outcome.dateLine = start.dateLine;

      // The page list as the site gives it; a page without one is an issue of that page alone.
      const seen = new Set<string>();
      const listed = start.pages.length > 0 ? start.pages : start.kind === 'layout' ? [{ ...start.page, url: startUrl }] : [];
      for (const ref of listed) {
        if (!ref.url || originOf(ref.url) !== origin || seen.has(canonicalUrl(ref.url))) continue;
        seen.add(canonicalUrl(ref.url));
        outcome.pages.push({ url: ref.url, number: ref.number ?? null, name: ref.name ?? null, articles: [], status: 'pending', error: null });
      }
      progress.pages.total = outcome.pages.length;
      events.onPages?.(outcome.pages, progress, start.issue);

      const byPage = new Map<IssuePage, IssueArticle[]>();
      const articleIds = new Set<string>();

      async function readArticle(page: IssuePage, link: ArticleLink): Promise<void> {
        const base = { id: link.id, url: link.url, pageUrl: page.url, title: link.title };
        let result: IssueArticle;
        try {
          const parsed = await loadFresh(link.url, signal);
          result = parsed.article
            ? { ...base, title: link.title ?? parsed.article.title, article: parsed.article, error: null }
            : { ...base, article: null, error: parsed.problem ?? '不是文章页' };
        } catch (error) {
          if (signal?.aborted) return;
          result = { ...base, article: null, error: describe(error) };
        }
        byPage.get(page)!.push(result);
        progress.articles.done++;
        events.onArticle?.(result, progress);
      }

      async function readPage(page: IssuePage): Promise<void> {
        try {
          const parsed = await loadFresh(page.url, signal);
          const links = (parsed.layout?.articles ?? []).filter((l) => originOf(l.url) === origin && !articleIds.has(l.id));
          links.forEach((l) => articleIds.add(l.id));
          Object.assign(page, { articles: links, status: 'ready', error: null });
        } catch (error) {
          if (signal?.aborted) return;
          Object.assign(page, { status: 'failed', error: describe(error) });
        }
        byPage.set(page, []);
        progress.pages.done++;
        progress.articles.total += page.articles.length;
        events.onPage?.(page, progress);
        await Promise.all(page.articles.map((link) => readArticle(page, link)));
      }

      await Promise.all(outcome.pages.map(readPage));
      // Page order, then each page's own order (results arrive as they settle).
      for (const page of outcome.pages) {
        const got = new Map((byPage.get(page) ?? []).map((a) => [a.id, a]));
        for (const link of page.articles) {
          const a = got.get(link.id);
          if (a) outcome.articles.push(a);
        }
      }
      outcome.cancelled = signal?.aborted ?? false;
      return outcome;
    },
  };
}
