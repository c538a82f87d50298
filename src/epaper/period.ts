/**
 * The month's issue list, html/YYYY-MM/period.xml (Founder convention): one element per issue
 * with <period_date>YYYY-MM-DD</period_date> and <front_page>node_201.htm</front_page>. Only
 * those two tags are attested; the root and element names are not, so the reader keys on them.
 */

export interface PeriodEntry {
  /** YYYY-MM-DD */
  date: string;
  /** File name of the issue's first page, e.g. node_201.htm; null when the element lacks it. */
  frontPage: string | null;
}

/**
 * Reads the XML with a small tag scanner (DOMParser is not in Node, and the content script must
 * not depend on it): every period_date and front_page is grouped by the element that holds it.
 */
export function parsePeriodXml(xml: string): PeriodEntry[] {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<(\/?)([\w:.-]+)[^>]*?(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>/g;
  const stack: { name: string; id: number }[] = [];
  const groups = new Map<number, { date?: string; front?: string; order: number }>();
  let nextId = 0;
  let open: { name: string; parent: number; start: number } | null = null;
  for (const m of text.matchAll(tag)) {
    if (!m[2]) continue; // declaration, CDATA or processing instruction
    const [whole, closing, rawName, selfClosing] = m;
    const name = rawName.toLowerCase();
    if (closing) {
      if (open && open.name === name && (name === 'period_date' || name === 'front_page')) {
        const value = text.slice(open.start, m.index).replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').trim();
        const group = groups.get(open.parent) ?? { order: groups.size };
        if (name === 'period_date') group.date = group.date ?? value;
        else group.front = group.front ?? value;
        groups.set(open.parent, group);
        open = null;
      }
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (selfClosing) continue;
    if (name === 'period_date' || name === 'front_page') {
      open = { name, parent: stack[stack.length - 1]?.id ?? -1, start: m.index! + whole.length };
    }
    stack.push({ name, id: nextId++ });
  }
  const entries: PeriodEntry[] = [];
  const seen = new Set<string>();
  for (const g of [...groups.values()].sort((a, b) => a.order - b.order)) {
    const date = g.date ? normaliseDate(g.date) : null;
    if (!date || seen.has(date)) continue;
    seen.add(date);
    entries.push({ date, frontPage: g.front || null });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

function normaliseDate(value: string): string | null {
  const m = /(\d{4})\D?(\d{1,2})\D?(\d{1,2})/.exec(value);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

/** The issues before and after `date` in the list (null at either end, or when the list is empty). */
export function adjacentIssues(entries: readonly PeriodEntry[], date: string): { prev: PeriodEntry | null; next: PeriodEntry | null } {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  const prev = [...sorted].reverse().find((e) => e.date < date) ?? null;
  const next = sorted.find((e) => e.date > date) ?? null;
  return { prev, next };
}

/** …/<paper>/html/YYYY-MM/period.xml for a page of that paper; month may be shifted (-1, +1) for issues across a month's edge. */
export function periodXmlUrl(pageUrl: string, shiftMonths = 0): string | null {
  let u: URL;
  try {
    u = new URL(pageUrl);
  } catch {
    return null;
  }
  const m = /^(.*?\/html\/)(\d{4})-(\d{2})\//.exec(u.pathname);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[2]), Number(m[3]) - 1 + shiftMonths, 1));
  const month = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  return new URL(`${m[1]}${month}/period.xml`, u).href;
}

/** The first page of an issue: html/YYYY-MM/DD/<front_page> beside the period.xml it came from. */
export function issueFrontPageUrl(periodUrl: string, entry: PeriodEntry): string | null {
  if (!entry.frontPage) return null;
  const [y, m, d] = entry.date.split('-');
  try {
    return new URL(`../${y}-${m}/${d}/${entry.frontPage}`, periodUrl).href;
  } catch {
    return null;
  }
}
