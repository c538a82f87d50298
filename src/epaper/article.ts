/**
 * An article page (content_NNNNNNN.htm): headline cells, byline printed apart, body, photos,
 * continuation marks and the previous/next article. Every piece may be missing; nothing throws.
 */
import type { EnpProperty } from './enpproperty';
import type { ParsedArticle } from './types';
import { articlePhotos, bodyParagraphs } from './body';
import { all, cleanText, precedes, resolveUrl, textOf, textOrNull } from './text';

/** Where the body lives: the zoomable #ozoom of the voc template, or Founder's <founder-content>. */
const BODY_SELECTORS = ['#ozoom', 'founder-content', '#articleContent', '.article-content'];

export function findBody(doc: Document): Element | null {
  for (const sel of BODY_SELECTORS) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  return null;
}

export interface Headline {
  introTitle: string | null;
  title: string | null;
  subTitle: string | null;
  /** The cells the headline was read from (kept out of the page-label and date-line search). */
  cells: Element[];
  /** The 主题 cell or heading. */
  main?: Element;
}

/** A 副题 is printed with a leading dash: ——“在基层读懂中国”系列评之一. */
export function dropLeadingDash(text: string | null): string | null {
  if (text === null) return null;
  return textOrNull(text.replace(/^[\s\u3000]*[—–\-－―─]+/, ''));
}

/** 引题/主题/副题 from the .font02 cells around the .font01 cell (td in the voc template). */
export function readHeadline(doc: Document): Headline {
  const cells = all(doc, '.font01, .font02');
  const mainIndex = cells.findIndex((c) => c.classList.contains('font01'));
  if (mainIndex < 0) return { introTitle: null, title: null, subTitle: null, cells };
  const main = cells[mainIndex]!;
  const near = (c: Element | undefined) => (c && c.classList.contains('font02') && sameBlock(c, main) ? c : undefined);
  const before = near(cells[mainIndex - 1]);
  const after = near(cells[mainIndex + 1]);
  return {
    introTitle: before ? textOrNull(textOf(before)) : null,
    title: textOf(main),
    subTitle: after ? dropLeadingDash(textOf(after)) : null,
    cells,
    main,
  };
}

/**
 * Without .font01 cells: the headings just before the body, in the body's own block (People's
 * Daily style <h3>引题</h3><h1>主题</h1><h2>副题</h2>). The highest-level heading is the 主题;
 * one before it is the 引题, one after it the 副题.
 */
export function readHeadingHeadline(body: Element | null): Headline {
  const none: Headline = { introTitle: null, title: null, subTitle: null, cells: [] };
  let block = body?.parentElement ?? null;
  for (let depth = 0; block && depth < 3; depth++, block = block.parentElement) {
    const heads = all(block, 'h1, h2, h3, h4').filter((h) => !body!.contains(h) && precedes(h, body!) && textOf(h) !== '');
    if (heads.length === 0) continue;
    const near = heads.slice(-3);
    const level = (h: Element) => Number(h.tagName.slice(1));
    const main = near.reduce((best, h) => (level(h) < level(best) ? h : best));
    const i = near.indexOf(main);
    return {
      introTitle: i > 0 ? textOf(near[i - 1]) || null : null,
      title: textOf(main),
      subTitle: i + 1 < near.length ? dropLeadingDash(textOf(near[i + 1])) : null,
      cells: near,
      main,
    };
  }
  return none;
}


/** Two headline cells belong together when they share the nearest table (or parent block). */
function sameBlock(a: Element, b: Element): boolean {
  const box = (e: Element) => e.closest('table') ?? e.parentElement?.parentElement ?? e.parentElement;
  return box(a) === box(b);
}

const BYLINE_WORDS = /(记者|评论员|通讯员|特约|撰稿|作者|文\s*[\/／]|图\s*[\/／]|本报|编者|特稿|实习生)/;

/** A short line that only names writers: 湖南日报全媒体评论员 周泽中, 本报评论员 赵强. */
export function looksLikeByline(text: string): boolean {
  const t = cleanText(text);
  return t.length > 0 && t.length <= 40 && BYLINE_WORDS.test(t) && !/[。！？；]/.test(t) && !/讯/.test(t);
}

/**
 * The byline printed apart from the body: a short non-headline cell in the headline's table, or a
 * short element between the headline and the body.
 */
function readByline(head: Headline, body: Element | null): string | null {
  const main = head.main;
  if (!main) return null;
  const table = main.closest('table');
  const found: string[] = [];
  if (table) {
    // Only the few non-empty cells right under the headline, in its own table (not in nested
    // tables): when the headline sits in the page's outer table, the rest is page furniture.
    const after = all(table, 'td, th').filter(
      (cell) =>
        cell.closest('table') === table &&
        precedes(main, cell) &&
        !head.cells.some((c) => c === cell || cell.contains(c) || c.contains(cell)) &&
        !(body && (cell.contains(body) || body.contains(cell))) &&
        textOf(cell) !== '',
    );
    for (const cell of after.slice(0, 2)) {
      const t = textOf(cell);
      if (looksLikeByline(t)) found.push(t);
    }
  }
  if (found.length === 0 && body) {
    // Between the headline block and the body, e.g. <div class="author">…</div><div id="ozoom">.
    let el = body.previousElementSibling;
    for (let i = 0; el && i < 3; i++, el = el.previousElementSibling) {
      if (head.cells.some((c) => el!.contains(c))) break;
      const t = textOf(el);
      if (t && looksLikeByline(t)) {
        found.push(t);
        break;
      }
    }
  }
  return found.length > 0 ? found.join(' ') : null;
}

const FROM_RE = /[（(]\s*(?:上接|紧接|接)\s*([^（）()]{1,12}?版[^（）()]{0,4})\s*[）)]/;
const TO_RE = /[（(]\s*(?:下转|转)\s*([^（）()]{1,12}?版[^（）()]{0,4})\s*[）)]/;

export function continuationMarks(paragraphs: readonly string[]): { from: string | null; to: string | null } {
  const first = paragraphs.slice(0, 2).join('\n');
  const last = paragraphs.slice(-2).join('\n');
  const from = FROM_RE.exec(first);
  const to = TO_RE.exec(last);
  return { from: from ? from[1]!.replace(/\s+/g, '') : null, to: to ? to[1]!.replace(/\s+/g, '') : null };
}

function articleLink(doc: Document, url: string, re: RegExp): string | null {
  for (const a of all(doc, 'a[href]')) {
    if (!re.test(textOf(a))) continue;
    const href = resolveUrl(a.getAttribute('href'), url);
    if (href) return href;
  }
  return null;
}

/** The document title's own part (湖南日报数字报 - 标题, 湖南日报数字报-标题), unless it is a page label. */
function titleFromDocument(doc: Document): string | null {
  const t = textOf(doc.querySelector('title'));
  const m =
    /^[^-–|_:：]*?(?:数字报|电子报|电子版|数字报刊|日报|都市报|周报|卫生报)\s*(?:[-–|_:：]|——)\s*(.+)$/.exec(t) ?? /^.+?\s+[-–|_]\s+(.+)$/.exec(t);
  const part = m ? cleanText(m[1]!) : '';
  return part && !/^第\s*[A-Za-z]?\d+\s*版/.test(part) ? part : null;
}

const MARK_PREFIX = /^[▲△■□●◆\s]*(?:[（(]\s*(?:上接|紧接|接)[^（）()]*[）)])?\s*/;
/** 湖南日报12月11日讯（…）, 本报衡阳12月14日讯（记者 钱九）, 新华社北京12月11日电（记者 X）. */
const DATELINE_RE = /^((?:[\u4e00-\u9fff·]{2,12})?\d{1,2}月\d{1,2}日(?:讯|电)(?:\s*[（(][^（）()]{1,80}[）)])?)/;

export function readDateline(paragraphs: readonly string[]): string | null {
  const first = paragraphs[0];
  if (!first) return null;
  const m = DATELINE_RE.exec(first.replace(MARK_PREFIX, ''));
  return m ? cleanText(m[1]!) : null;
}

/** This article's own entry in a title list on the page (same content id, not a 上一篇 link). */
function titleFromList(doc: Document, contentId: string | null): string | null {
  if (!contentId) return null;
  for (const a of all(doc, `a[href*="content_${contentId}."]`)) {
    const t = textOf(a);
    if (t && !/^(上一篇|下一篇)$/.test(t)) return t;
  }
  return null;
}

/** "1721201" → "content_1721201" (the form of ParsedArticle.id and the analysis JSON). */
function articleId(digits: string | null): string | null {
  if (!digits) return null;
  return /^\d+$/.test(digits) ? `content_${digits}` : digits;
}

export interface ArticleParts {
  article: ParsedArticle;
  /** Regions of the article, kept out of the page-label and date-line search. */
  regions: Element[];
  /** True when the page has article markup at all (headline cells or a body container). */
  found: boolean;
}

export function parseArticle(doc: Document, url: string, contentId: string | null, enp: EnpProperty | null): ArticleParts {
  const body = findBody(doc);
  const cellHead = readHeadline(doc);
  const head = cellHead.title !== null ? cellHead : readHeadingHeadline(body);
  let paragraphs = body ? bodyParagraphs(body) : [];
  const photos = articlePhotos(doc, body, url);
  let byline = readByline(head, body);
  // A byline set as the body's own first line (no sentence, only writers) is printed apart too.
  if (!byline && paragraphs.length > 1 && looksLikeByline(paragraphs[0]!) && /\s/.test(paragraphs[0]!)) {
    byline = paragraphs[0]!;
    paragraphs = paragraphs.slice(1);
  }
  const marks = continuationMarks(paragraphs);

  const enpTitle = enp?.title ?? null;
  const title = enpTitle ?? head.title ?? titleFromDocument(doc) ?? titleFromList(doc, contentId) ?? '';
  const article: ParsedArticle = {
    id: articleId(contentId ?? enp?.articleid ?? null),
    url,
    introTitle: enp?.introtitle ?? head.introTitle,
    title,
    subTitle: dropLeadingDash(enp?.subtitle ?? null) ?? head.subTitle,
    byline: enp?.author ?? byline,
    paragraphs,
    photos,
    continuedFrom: marks.from,
    continuedTo: marks.to,
    prevArticleUrl: articleLink(doc, url, /^上一篇$/),
    nextArticleUrl: articleLink(doc, url, /^下一篇$/),
    dateline: readDateline(paragraphs),
  };
  const regions = [...head.cells, ...(body ? [body] : [])];
  const found = head.cells.some((c) => c.classList.contains('font01')) || body !== null || enp !== null;
  return { article, regions, found };
}
