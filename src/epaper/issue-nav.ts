/**
 * Previous and next issue from the month's period.xml (and the neighbouring month's at a month's
 * edge), fetched from the page's own origin. Any failure just leaves that side null.
 */
import { decodeHtml } from './decode';
import { adjacentIssues, issueFrontPageUrl, parsePeriodXml, periodXmlUrl, type PeriodEntry } from './period';

export interface IssueLink {
  /** YYYY-MM-DD */
  date: string;
  /** The issue's first page, null when period.xml gives no front_page. */
  url: string | null;
}

export interface IssueNavOptions {
  fetch: typeof fetch;
  signal?: AbortSignal;
  /** period.xml URL → Promise<PeriodEntry[]>; pass the session cache to ask once per month. */
  cache?: Map<string, unknown>;
}

async function loadPeriod(url: string, options: IssueNavOptions): Promise<PeriodEntry[]> {
  const hit = options.cache?.get(url);
  if (hit instanceof Promise) return hit as Promise<PeriodEntry[]>;
  const promise = (async () => {
    const response = await options.fetch(url, { signal: options.signal, credentials: 'same-origin' });
    if (!response.ok) return [];
    return parsePeriodXml(decodeHtml(await response.arrayBuffer(), response.headers.get('content-type')));
  })();
  options.cache?.set(url, promise);
  // Failures (network, abort) are not remembered; an empty month (404) is.
  promise.catch(() => options.cache?.delete(url));
  return promise;
}

async function side(pageUrl: string, date: string, shift: number, pick: 'prev' | 'next', options: IssueNavOptions): Promise<IssueLink | null> {
  const url = periodXmlUrl(pageUrl, shift);
  if (!url) return null;
  let entries: PeriodEntry[];
  try {
    entries = await loadPeriod(url, options);
  } catch {
    return null;
  }
  const entry = adjacentIssues(entries, date)[pick];
  return entry ? { date: entry.date, url: issueFrontPageUrl(url, entry) } : null;
}

export async function readAdjacentIssues(
  pageUrl: string,
  date: string,
  options: IssueNavOptions,
): Promise<{ prev: IssueLink | null; next: IssueLink | null }> {
  const [prev, next] = await Promise.all([
    side(pageUrl, date, 0, 'prev', options).then((p) => p ?? side(pageUrl, date, -1, 'prev', options)),
    side(pageUrl, date, 0, 'next', options).then((n) => n ?? side(pageUrl, date, +1, 'next', options)),
  ]);
  return { prev, next };
}
