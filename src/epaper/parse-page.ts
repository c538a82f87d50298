/**
 * parsePage(doc, url): the page model of any e-paper page. The URL says what the page should be;
 * the document says what it is (a file path or an unknown URL is read by its markup alone).
 * Missing pieces come back as null; a page that is neither article nor layout says so in `problem`.
 */
import { parseArticle } from './article';
import { enpDate, readEnpProperty } from './enpproperty';
import { parseLayout } from './layout';
import { parseLabel, parsePageMeta } from './page-meta';
import type { IssueRef, PageKind, ParsedPage } from './types';
import { resolveUrl } from './text';
import { canonicalUrl, classifyUrl, isEpaperUrl, PAPER_NAMES } from './url';

const DEFAULT_PAPER = 'hnrb';

export function notAPageProblem(paper: string | null): string {
  const name = PAPER_NAMES[paper ?? DEFAULT_PAPER] ?? PAPER_NAMES[DEFAULT_PAPER]!;
  return `此页不是${name}电子版的版面或文章页`;
}

export function parsePage(doc: Document, url: string): ParsedPage {
  try {
    return parsePageUnsafe(doc, url);
  } catch (error) {
    // Never throw at the content script: report what went wrong instead.
    const info = classifyUrl(url);
    return {
      ...emptyPage(url, info.kind),
      problem: `无法解析此页：${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function emptyPage(url: string, kind: PageKind): ParsedPage {
  return {
    kind,
    url,
    issue: null,
    dateLine: null,
    page: null,
    prevPageUrl: null,
    nextPageUrl: null,
    pages: [],
    layout: null,
    article: null,
    problem: null,
    canonicalUrl: canonicalUrl(url),
  };
}

function parsePageUnsafe(doc: Document, url: string): ParsedPage {
  const info = classifyUrl(url);
  const enp = readEnpProperty(doc);
  const parts = parseArticle(doc, url, info.contentId, enp);
  const layout = parseLayout(doc, url);
  const hasMap = layout.articles.some((a) => a.area !== null);

  // The URL decides; markup decides when the URL says nothing (a file, an unknown address).
  let kind: PageKind = info.kind;
  // Markup alone decides only off the web (files) or for an e-paper address of unknown shape;
  // a page on another web site stays 'other' whatever it contains.
  const readMarkup = kind === 'issue-root' || (kind === 'other' && !isOtherWebSite(url));
  // A title list alone makes a layout page only with page furniture around it (a page list).
  const listed = layout.articles.length > 0 && doc.querySelector('[id=pageLink]') !== null;
  if (readMarkup && (parts.found || hasMap || listed)) kind = parts.found ? 'article' : 'layout';

  const ownNodeUrl = kind === 'layout' ? url : null;
  const skip = kind === 'article' ? parts.regions : [];
  const meta = parsePageMeta(doc, url, skip, ownNodeUrl);
  const page: ParsedPage = {
    ...emptyPage(url, kind),
    dateLine: meta.dateLine,
    page: meta.page,
    prevPageUrl: meta.prevPageUrl,
    nextPageUrl: meta.nextPageUrl,
    pages: meta.pages,
    prevIssueUrl: meta.prevIssueUrl,
    nextIssueUrl: meta.nextIssueUrl,
  };
  page.issue = issueOf(info.paper, info.date ?? enpDate(enp?.date) ?? dateFromLine(meta.dateLine) ?? dateFromImages(doc, url));
  if (enp?.nodename) {
    // <nodename> is the page: "第02版：要闻" or just "要闻".
    const label = parseLabel(enp.nodename) ?? { number: null, name: enp.nodename };
    page.page = page.page ?? { number: null, name: null, url: ownNodeUrl, pdfUrl: null };
    page.page.number = page.page.number ?? label.number;
    page.page.name = page.page.name ?? label.name;
  }

  if (kind === 'article') {
    page.article = parts.article;
    page.pageArticles = layout.articles;
    if (!parts.found) page.problem = '此页没有找到文章的标题和正文';
    else if (parts.article.paragraphs.length === 0 && parts.article.photos.length === 0) page.problem = '此文章页没有正文';
  } else if (kind === 'layout') {
    page.layout = layout;
    if (layout.articles.length === 0) page.problem = '此版面没有列出文章';
  } else if (kind === 'issue-root') {
    page.frontPageUrl = frontPageOf(doc, url);
    page.problem = '这是报纸的入口页，请打开一个版面或文章页';
  } else {
    page.problem = notAPageProblem(info.paper);
  }
  return page;
}

function isOtherWebSite(url: string): boolean {
  return /^https?:/i.test(url) && !isEpaperUrl(url);
}

/** The root's meta refresh (…URL=html/YYYY-MM/DD/node_201.htm), else its first page link. */
function frontPageOf(doc: Document, url: string): string | null {
  for (const meta of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    if (!/refresh/i.test(meta.getAttribute('http-equiv') ?? '')) continue;
    const m = /url\s*=\s*['"]?([^'"\s;]+)/i.exec(meta.getAttribute('content') ?? '');
    if (m) return resolveUrl(m[1], url);
  }
  const link = Array.from(doc.querySelectorAll('a[href]')).find((a) => /node_\d+\.html?/i.test(a.getAttribute('href') ?? ''));
  return link ? resolveUrl(link.getAttribute('href'), url) : null;
}

function issueOf(paper: string | null, date: string | null): IssueRef | null {
  if (!date) return null;
  return { paper: paper ?? DEFAULT_PAPER, date };
}

function dateFromLine(line: string | null): string | null {
  const m = line ? /(\d{4})年(\d{2})月(\d{2})日/.exec(line) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The page picture and PDFs live under images/YYYY-MM/DD/. */
function dateFromImages(doc: Document, url: string): string | null {
  for (const el of Array.from(doc.querySelectorAll('img[src], a[href]'))) {
    const ref = resolveUrl(el.getAttribute('src') ?? el.getAttribute('href'), url) ?? '';
    const m = /images\/(\d{4})-(\d{2})\/(\d{2})\//.exec(ref);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}
