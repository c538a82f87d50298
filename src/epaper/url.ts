/**
 * URL classifier for the voc.com.cn e-papers (Founder "PC edition"), refined-github style: one
 * named predicate per page type, with the URLs it must accept and reject written beside it (the
 * unit tests run every one of these arrays).
 *
 * Layout:   http(s)://epaper.voc.com.cn/<paper>/html/YYYY-MM/DD/node_NNN.htm
 * Article:  http(s)://epaper.voc.com.cn/<paper>/html/YYYY-MM/DD/content_NNNNNNN.htm?div=-1
 * Root:     http(s)://epaper.voc.com.cn/<paper>/  and the day folder …/html/YYYY-MM/DD/
 * Alias:    http(s)://hnrb.voc.com.cn/hnrb_epaper/… (retired in 2026) = the same hnrb pages.
 *
 * Outside the e-paper hosts, file: URLs and plain file paths that keep the site's folder layout
 * (…/<paper>/html/YYYY-MM/DD/node_202.htm) are classified too, so the CLI and the tests can read
 * the offline issue; they never count as e-paper URLs.
 */
import { EPAPER_HOSTS, isEpaperUrl } from './hosts';
import type { PageKind } from './types';

export { EPAPER_HOSTS, isEpaperUrl };

export const CANONICAL_HOST = 'epaper.voc.com.cn';
/** The retired twin host and the folder it kept hnrb under. */
const ALIAS_HOST = 'hnrb.voc.com.cn';
const ALIAS_ROOT = 'hnrb_epaper';

/** Papers known on the host, with the name the panel shows. Other lower-case codes are accepted. */
export const PAPER_NAMES: Record<string, string> = {
  hnrb: '湖南日报',
  sxdsb: '三湘都市报',
  fzzb: '法制周报',
  dzwsb: '大众卫生报',
};

export interface UrlInfo {
  kind: PageKind;
  paper: string | null;
  /** YYYY-MM-DD from the html/YYYY-MM/DD/ folder. */
  date: string | null;
  /** "1721201" from content_1721201.htm */
  contentId: string | null;
  /** "202" from node_202.htm */
  nodeId: string | null;
}

const PAPER = '([a-z][a-z0-9]{1,15})';
const DAY = 'html/(\\d{4})-(\\d{2})/(\\d{2})';
const PAGE_RE = new RegExp(`(?:^|/)${PAPER}/${DAY}/(node|content)_(\\d+)\\.html?$`, 'i');
const DAY_RE = new RegExp(`(?:^|/)${PAPER}/${DAY}/?(?:index\\.html?)?$`, 'i');
const ROOT_RE = new RegExp(`^/${PAPER}/?(?:index\\.html?|default\\.html?)?$`, 'i');

interface Located {
  /** Path with the alias folder folded onto the paper code: /hnrb/html/… */
  path: string;
  onHost: boolean;
}

/** Splits a URL or path into the part the patterns read; null for other web sites. */
function locate(input: string): Located | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    // A plain file path (the CLI): keep the folder layout, drop any query.
    return { path: input.replace(/\\/g, '/').replace(/[?#].*$/, ''), onHost: false };
  }
  if (url.protocol === 'file:') return { path: decodeURIComponent(url.pathname), onHost: false };
  if (!isEpaperUrl(url.href)) return null;
  let path = url.pathname;
  if (url.hostname === ALIAS_HOST) {
    // Only the e-paper folder of the old host is an e-paper; the rest was the portal.
    const m = /^\/hnrb_epaper(?=\/|$)/i.exec(path);
    if (!m) return { path: '', onHost: true };
    path = '/hnrb' + path.slice(m[0].length);
  }
  return { path, onHost: true };
}

export function classifyUrl(url: string): UrlInfo {
  const none: UrlInfo = { kind: 'other', paper: null, date: null, contentId: null, nodeId: null };
  const at = locate(url);
  if (!at) return none;
  const page = PAGE_RE.exec(at.path);
  if (page) {
    const [, paper, y, m, d, type, num] = page;
    const isNode = type!.toLowerCase() === 'node';
    return {
      kind: isNode ? 'layout' : 'article',
      paper: paper!.toLowerCase(),
      date: `${y}-${m}-${d}`,
      contentId: isNode ? null : num!,
      nodeId: isNode ? num! : null,
    };
  }
  const day = DAY_RE.exec(at.path);
  if (day) {
    const [, paper, y, m, d] = day;
    return { kind: 'issue-root', paper: paper!.toLowerCase(), date: `${y}-${m}-${d}`, contentId: null, nodeId: null };
  }
  // The bare paper root only means something on the real hosts.
  const root = at.onHost ? ROOT_RE.exec(at.path) : null;
  if (root) return { kind: 'issue-root', paper: root[1]!.toLowerCase(), date: null, contentId: null, nodeId: null };
  return none;
}

/** URLs each predicate must accept and reject, written beside it; the unit tests run them all
 *  (refined-github's github-url-detection style). */
export const URL_EXAMPLES: Record<string, { accept: readonly string[]; reject: readonly string[] }> = {};
function addTests(name: string, accept: readonly string[], reject: readonly string[]): void {
  URL_EXAMPLES[name] = { accept, reject };
}

/** A layout page (版面): …/html/YYYY-MM/DD/node_NNN.htm */
export const isLayoutPage = (url: string): boolean => classifyUrl(url).kind === 'layout';
addTests(
  'isLayoutPage',
  [
    'http://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm',
    'https://epaper.voc.com.cn/hnrb/html/2022-08/23/node_201.htm',
    'https://hnrb.voc.com.cn/hnrb_epaper/html/2022-03/29/node_201.htm',
    'https://epaper.voc.com.cn/sxdsb/html/2014-02/12/node_19.htm',
    'https://epaper.voc.com.cn/fzzb/html/2023-02/07/node_1623.htm',
    'https://epaper.voc.com.cn/dzwsb/html/2023-06/29/node_85.htm',
    'https://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm#titlenav',
  ],
  [
    'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm?div=-1',
    'https://epaper.voc.com.cn/hnrb/html/2024-12/12/',
    'https://example.com/hnrb/html/2024-12/12/node_202.htm',
    'https://hnrb.voc.com.cn/html/2024-12/12/node_202.htm',
    'https://epaper.voc.com.cn/hnrb/html/2024-12/period.xml',
    'https://epaper.voc.com.cn/hnrb/images/2024-12/12/02/2024121202_pdf.pdf',
    'not a url',
  ],
);

/** An article page: …/html/YYYY-MM/DD/content_NNNNNNN.htm?div=-1 */
export const isArticlePage = (url: string): boolean => classifyUrl(url).kind === 'article';
addTests(
  'isArticlePage',
  [
    'http://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm?div=-1',
    'https://epaper.voc.com.cn/hnrb/html/2023-01/09/content_1611755.htm?div=-1',
    'https://hnrb.voc.com.cn/hnrb_epaper/html/2024-09/19/content_1703819.htm?div=-1',
    'https://epaper.voc.com.cn/sxdsb/html/2014-02/12/content_783561.htm?div=-1',
    'https://epaper.voc.com.cn/fzzb/html/2023-02/07/content_1616934.htm?div=0',
    'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm',
  ],
  [
    'https://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm',
    'https://www.voc.com.cn/article/202412/content_1721201.htm',
    'https://epaper.voc.com.cn/hnrb/html/2024-12/content_1721201.htm',
    'https://epaper.voc.com.cn/hnrb/',
    'ftp://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm',
  ],
);

/** The paper root (meta refresh to today's page 1) or an issue's day folder. */
export const isIssueRoot = (url: string): boolean => classifyUrl(url).kind === 'issue-root';
addTests(
  'isIssueRoot',
  [
    'https://epaper.voc.com.cn/hnrb/',
    'https://epaper.voc.com.cn/hnrb',
    'https://epaper.voc.com.cn/sxdsb/index.htm',
    'https://hnrb.voc.com.cn/hnrb_epaper',
    'https://hnrb.voc.com.cn/hnrb_epaper/',
    'https://epaper.voc.com.cn/hnrb/html/2024-12/12/',
  ],
  [
    'https://epaper.voc.com.cn/',
    'https://hnrb.voc.com.cn/',
    'https://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm',
    'https://www.voc.com.cn/hnrb/',
  ],
);

// isEpaperUrl (hosts.ts): any http(s) page on the e-paper host or its retired alias.
addTests(
  'isEpaperUrl',
  [
    'https://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm',
    'http://epaper.voc.com.cn/sxdsb/',
    'https://hnrb.voc.com.cn/hnrb_epaper/html/2022-03/29/node_201.htm',
  ],
  [
    'https://www.voc.com.cn/',
    'https://epaper.voc.com.cn.evil.example/hnrb/',
    'file:///tmp/hnrb/html/2024-12/12/node_202.htm',
    'chrome://extensions',
    '',
  ],
);

/**
 * The key the library stores a page under: the alias host folded onto epaper.voc.com.cn, the
 * scheme set to https (both schemes serve the same page, so the key must not split on it), the
 * query (?div=-1; its meaning is unknown, the article is the same) and the fragment dropped. Non-e-paper URLs come back
 * with only the fragment dropped.
 */
export function canonicalUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.replace(/[?#].*$/, '');
  }
  u.hash = '';
  if (!isEpaperUrl(u.href)) return u.href;
  let path = u.pathname;
  if (u.hostname === ALIAS_HOST) {
    const m = /^\/hnrb_epaper(?=\/|$)/i.exec(path);
    if (!m) return u.href;
    path = '/hnrb' + path.slice(m[0].length);
  }
  return `https://${CANONICAL_HOST}${path}`;
}

/** The paper's root folder of a page URL (…/hnrb/), on the page's own host. */
export function paperRootUrl(url: string): string | null {
  try {
    const u = new URL(url);
    const m = /^(.*?\/)html\/\d{4}-\d{2}\/\d{2}\//.exec(u.pathname);
    return m ? new URL(m[1]!, u).href : null;
  } catch {
    return null;
  }
}
