/**
 * A layout page (node_NNN.htm): its articles from the page picture's hot-zones (PagePicMap) and
 * from the title list, merged on the content id. Either source may be missing.
 */
import type { ArticleLink, ParsedLayout } from './types';
import { all, resolveUrl, textOf, textOrNull } from './text';

const CONTENT_ID = /content_(\d+)\.html?/i;

/** The page id of an article link, as the analysis JSON writes it: "content_1721201". */
export function contentIdOf(href: string | null | undefined): string | null {
  const m = href ? CONTENT_ID.exec(href) : null;
  return m ? `content_${m[1]!}` : null;
}

/** 上一篇/下一篇 and similar navigation anchors are not titles. */
const NAV_TEXT = /^(上一篇|下一篇|上一版|下一版|返回|更多|详细|全文|阅读全文)$/;

/** The area's numbers when they make its shape (rect 4, circle 3, polygon an even 6 or more), else null. */
function parseArea(shapeAttr: string | null, value: string | null): { shape: string; coords: number[] } | null {
  const shape = (shapeAttr ?? 'rect').trim().toLowerCase() || 'rect';
  const coords = (value ?? '').split(/[\s,]+/).filter((s) => s !== '').map(Number);
  if (coords.some((n) => !Number.isFinite(n))) return null;
  const ok =
    shape.startsWith('rect') ? coords.length === 4 : shape.startsWith('circ') ? coords.length === 3 : coords.length >= 6 && coords.length % 2 === 0;
  return ok ? { shape, coords } : null;
}

export function parseLayout(doc: Document, url: string): ParsedLayout {
  const byId = new Map<string, ArticleLink>();
  const order: string[] = [];
  const add = (id: string, link: ArticleLink) => {
    if (!byId.has(id)) order.push(id);
    byId.set(id, link);
  };

  // The page's hot-zones: map[name=PagePicMap] first, any other image map as a fallback.
  const maps = all(doc, 'map');
  const picMaps = maps.filter((m) => /pagepicmap/i.test(m.getAttribute('name') ?? m.getAttribute('id') ?? ''));
  const areas = all(doc, 'area[href]').filter((a) => {
    const map = a.closest('map');
    return picMaps.length === 0 || (map !== null && picMaps.includes(map));
  });
  const areaOf = new Map<string, { zone: ArticleLink['area']; title: string | null; url: string }>();
  for (const area of areas) {
    const href = area.getAttribute('href');
    const id = contentIdOf(href);
    const abs = resolveUrl(href, url);
    if (!id || !abs || areaOf.has(id)) continue;
    areaOf.set(id, {
      zone: parseArea(area.getAttribute('shape'), area.getAttribute('coords')),
      title: textOrNull(area.getAttribute('title') ?? area.getAttribute('alt')),
      url: abs,
    });
  }

  // The title list (标题导航): every anchor to a content page, in reading order.
  for (const a of all(doc, 'a[href]')) {
    const href = a.getAttribute('href');
    const id = contentIdOf(href);
    const abs = resolveUrl(href, url);
    if (!id || !abs) continue;
    // A list may print bullets or numbers before the title (· 标题, 1. 标题).
    const raw = textOf(a) || textOrNull(a.querySelector('img[alt]')?.getAttribute('alt')) || '';
    const text = raw.replace(/^(?:[·•●○■□◆◇▪▶►>\-]+|\d{1,2}[.、．])\s*/, '') || null;
    if (text && NAV_TEXT.test(text)) continue;
    const prior = byId.get(id);
    const area = areaOf.get(id);
    add(id, {
      id,
      url: prior?.url ?? abs,
      title: prior?.title || text || area?.title || null,
      area: area?.zone ?? null,
    });
  }
  // Hot-zones with no title-list entry.
  for (const [id, area] of areaOf) {
    if (byId.has(id)) continue;
    add(id, { id, url: area.url, title: area.title, area: area.zone });
  }

  const img = doc.querySelector('img[usemap]') ?? null;
  const src = img ? resolveUrl(img.getAttribute('src'), url) : null;
  const size = (v: string | null) => (v && /^\d+$/.test(v.trim()) ? Number(v) : null);
  return {
    articles: order.map((id) => byId.get(id)!),
    picture: img && src ? { src, width: size(img.getAttribute('width')), height: size(img.getAttribute('height')) } : null,
  };
}
