/**
 * What every e-paper page (layout or article) prints around its content: the page label
 * (第02版：要闻), the date line (2024年12月12日 星期四), 上一版/下一版, 上一期/下一期 and the
 * 版面导航 page list with each page's PDF.
 */
import type { PageRef } from './types';
import { all, cleanText, resolveUrl, textOf, within } from './text';

/** 第02版：要闻 / 第A03版:华声评论 / 第06版 观点·要闻 — number as printed, name up to the next space. */
const LABEL_RE = /第\s*([A-Za-z]?\s*\d{1,3})\s*版\s*[:：]?\s*([^\s|｜:：]*)/;
const NAV_WORDS = /(上一版|下一版|上一期|下一期|上一篇|下一篇|版面导航|标题导航|PDF|本版).*$/;

export function parseLabel(text: string): { number: string; name: string | null } | null {
  const m = LABEL_RE.exec(cleanText(text));
  if (!m) return null;
  // A page name never holds a date: cut one run into it (第04版：深度2025年03月07日).
  const name = (m[2] ?? '').replace(NAV_WORDS, '').replace(/\d{4}\s*年.*$/, '').trim();
  return { number: m[1]!.replace(/\s+/g, '').toUpperCase(), name: name || null };
}

function isNodeHref(href: string | null): boolean {
  return !!href && /node_\d+\.html?/i.test(href);
}

/** The 版面导航 rows: anchors to node pages whose text is a page label, each with the PDF in its row. */
export function parsePageList(doc: Document, url: string): PageRef[] {
  const anchors = all(doc, 'a[href]').filter((a) => isNodeHref(a.getAttribute('href')) || a.getAttribute('id') === 'pageLink');
  const pages: PageRef[] = [];
  const seen = new Set<string>();
  for (const a of anchors) {
    const label = parseLabel(textOf(a));
    if (!label) continue;
    // <a>第01版</a></td><td>头版</td>: the name may sit beside the link in its row.
    if (!label.name) label.name = parseLabel(textOf(a.closest('tr')))?.name ?? null;
    const pageUrl = resolveUrl(a.getAttribute('href'), url);
    const key = pageUrl ?? label.number;
    if (seen.has(key)) continue;
    seen.add(key);
    pages.push({ number: label.number, name: label.name, url: pageUrl, pdfUrl: pdfInRow(a, url) });
  }
  return pages;
}

function isPdfHref(href: string | null): boolean {
  return !!href && /\.pdf(?:[?#]|$)/i.test(href.trim());
}

/** The PDF anchor in the same table row (page link first, PDF second), or the next PDF sibling. */
function pdfInRow(a: Element, url: string): string | null {
  const row = a.closest('tr') ?? a.parentElement;
  if (!row) return null;
  const pdf = all(row, 'a[href]').find((x) => isPdfHref(x.getAttribute('href')));
  return pdf ? resolveUrl(pdf.getAttribute('href'), url) : null;
}

/** Page number from a PDF or image path: images/2024-12/12/02/2024121202_pdf.pdf → "02". */
export function pageNumberFromPath(href: string): string | null {
  const m = /images\/\d{4}-\d{2}\/\d{2}\/([A-Za-z]?\d{1,3})\//.exec(href);
  return m ? m[1]!.toUpperCase() : null;
}

export interface PageMeta {
  page: PageRef | null;
  dateLine: string | null;
  prevPageUrl: string | null;
  nextPageUrl: string | null;
  prevIssueUrl: string | null;
  nextIssueUrl: string | null;
  pages: PageRef[];
}

/**
 * @param skip regions that belong to the article (title cells, #ozoom): a 第2版 or a date inside
 *        an article's text is never the page's own label or date line.
 */
export function parsePageMeta(doc: Document, url: string, skip: readonly Element[], ownNodeUrl: string | null): PageMeta {
  const pages = parsePageList(doc, url);
  const label = findLabel(doc, skip);
  const current =
    (ownNodeUrl && pages.find((p) => p.url && samePage(p.url, ownNodeUrl))) ||
    pages.find((p) => label && p.number === label.number) ||
    (!label ? pages.find((p) => p.url && currentMarked(doc, p.url, url)) : undefined) ||
    null;

  let page: PageRef | null = null;
  if (label || current) {
    page = {
      number: label?.number ?? current?.number ?? null,
      name: label?.name ?? current?.name ?? null,
      url: current?.url ?? ownNodeUrl,
      pdfUrl: current?.pdfUrl ?? null,
    };
  }
  const pdf = page?.pdfUrl ? null : ownPdf(doc, url, page?.number ?? null, pages);
  if (pdf) {
    page = page ?? { number: pageNumberFromPath(pdf), name: null, url: ownNodeUrl, pdfUrl: null };
    page.pdfUrl = pdf;
    page.number = page.number ?? pageNumberFromPath(pdf);
  }

  return {
    page,
    dateLine: findDateLine(doc, skip),
    prevPageUrl: linkByText(doc, url, /^上一版$/, skip),
    nextPageUrl: linkByText(doc, url, /^下一版$/, skip),
    prevIssueUrl: linkByText(doc, url, /^(上一期|前一期)$/, skip),
    nextIssueUrl: linkByText(doc, url, /^(下一期|后一期)$/, skip),
    pages,
  };
}

function samePage(a: string, b: string): boolean {
  return a.replace(/[?#].*$/, '') === b.replace(/[?#].*$/, '');
}

/** A page row marked current by its class (class="cur"/"current"/"on"). */
function currentMarked(doc: Document, pageUrl: string, url: string): boolean {
  return all(doc, 'a[href]').some(
    (a) => /\b(cur|current|on|active)\b/i.test(a.getAttribute('class') ?? '') && resolveUrl(a.getAttribute('href'), url) === pageUrl,
  );
}

/**
 * The page's own label: the parent of a <strong>/<b> holding 第NN版 (the known scrapers read it
 * so), else the smallest element outside the page list whose text starts with a label, else the
 * document title (湖南日报数字报 - 第02版：要闻).
 */
function findLabel(doc: Document, skip: readonly Element[]): { number: string; name: string | null } | null {
  const inList = (el: Element) => el.closest('a') !== null || all(el, 'a[href]').some((a) => isNodeHref(a.getAttribute('href')) && /第/.test(textOf(a)));
  for (const strong of all(doc, 'strong, b')) {
    if (within(strong, skip) || strong.closest('a')) continue;
    if (!/第\s*[A-Za-z]?\s*\d{1,3}\s*版/.test(textOf(strong))) continue;
    const host = strong.parentElement ?? strong;
    const label = parseLabel(textOf(host).replace(NAV_WORDS, ''));
    if (label) return label;
  }
  const candidates = all(doc, 'td, div, span, p, font, li, h1, h2, h3').filter((el) => {
    if (within(el, skip) || inList(el)) return false;
    const t = textOf(el);
    return t.length <= 40 && /^第\s*[A-Za-z]?\s*\d{1,3}\s*版/.test(t);
  });
  // The innermost: a wrapper's text runs the label into its neighbours (第04版：深度2025年…).
  const innermost = candidates.filter((el) => !candidates.some((o) => o !== el && el.contains(o)));
  for (const el of innermost) {
    const label = parseLabel(textOf(el));
    if (label) return label;
  }
  const title = doc.querySelector('title');
  const fromTitle = title ? parseLabel(textOf(title)) : null;
  return fromTitle;
}

const DATE_LINE_RE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*((?:星期|周)[一二三四五六日天])?/;

/** The issue's date line, read from text outside the article; a weekday makes a date the date line. */
function findDateLine(doc: Document, skip: readonly Element[]): string | null {
  const texts: string[] = [];
  collectText(doc.body ?? doc.documentElement, skip, texts);
  let plain: string | null = null;
  for (const t of texts) {
    const m = DATE_LINE_RE.exec(cleanText(t));
    if (!m) continue;
    const date = `${m[1]}年${m[2]!.padStart(2, '0')}月${m[3]!.padStart(2, '0')}日`;
    if (m[4]) return `${date} ${m[4]}`;
    plain = plain ?? date;
  }
  return plain;
}

function collectText(node: Node | null, skip: readonly Element[], out: string[]): void {
  if (!node) return;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out.push(child.textContent ?? '');
    else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || skip.includes(el)) continue;
      // Element text as a whole first, so a date split over tags (<b>2024年</b>12月…) still reads.
      const whole = el.textContent ?? '';
      if (whole.length <= 40 && !skip.some((s) => el.contains(s))) {
        out.push(whole);
        continue;
      }
      collectText(el, skip, out);
    }
  }
}

function linkByText(doc: Document, url: string, re: RegExp, skip: readonly Element[]): string | null {
  for (const a of all(doc, 'a[href]')) {
    if (within(a, skip)) continue;
    const t = textOf(a) || cleanText(a.getAttribute('title') ?? '');
    if (re.test(t)) {
      const href = resolveUrl(a.getAttribute('href'), url);
      if (href) return href;
    }
  }
  return null;
}

/** This page's PDF when the page list lacks it: a .pdf link whose folder is this page, else the first one outside the page list. */
function ownPdf(doc: Document, url: string, number: string | null, pages: readonly { pdfUrl: string | null }[]): string | null {
  const listed = new Set(pages.map((p) => p.pdfUrl).filter(Boolean));
  const pdfs = all(doc, 'a[href]')
    .map((a) => resolveUrl(a.getAttribute('href'), url))
    .filter((h): h is string => !!h && isPdfHref(h));
  if (number) {
    const own = pdfs.find((h) => pageNumberFromPath(h) === number);
    if (own) return own;
  }
  return pdfs.find((h) => !listed.has(h)) ?? null;
}
