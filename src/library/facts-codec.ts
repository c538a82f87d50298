import type { Figure, FigureKind } from '@/src/analysis/types';
import type { ArticleFacts } from './facts';

/**
 * A facts item as storage keeps it: one string, the JSON of arrays without field names.
 * Chrome converts every value of an object item in the browser process and again in the page:
 * reading 5,000 facts items as objects took 2.7–3.7 s in Chromium, the same objects as JSON
 * strings 0.5–0.6 s with JSON.parse included, and as these arrays (half the bytes: 97,000 figures
 * were 22 MB as objects) 0.2–0.3 s (tests/browser/series.test.ts, 5,000 articles, 2-core machine).
 */

/** The first element: a string of another shape (a later version) is not read as this one. */
const FORMAT = 1;

/** Every field of a Figure, in the order stored; a field added to Figure fails the check below until it is stored too. */
const FIGURE_FIELDS = ['start', 'end', 'text', 'value', 'unit', 'normalized', 'kind', 'subject', 'qualifier', 'startDate', 'endDate'] as const;
type Unstored = Exclude<keyof Figure, (typeof FIGURE_FIELDS)[number]>;
const everyFigureField: [Unstored] extends [never] ? true : Unstored = true;
void everyFigureField;

type StoredFigure = [number, number, string, number | null, string, number | null, string | null, FigureKind, string, string | null, ...string[]];

function figureRow(f: Figure): StoredFigure {
  const row: StoredFigure = [f.start, f.end, f.text, f.value, f.unit, f.normalized?.value ?? null, f.normalized?.unit ?? null, f.kind, f.subject, f.qualifier];
  if (f.startDate !== undefined || f.endDate !== undefined) row.push(f.startDate ?? '', f.endDate ?? '');
  return row;
}

function figureOf(r: StoredFigure): Figure {
  const [start, end, text, value, unit, nValue, nUnit, kind, subject, qualifier, startDate, endDate] = r;
  const f: Figure = { start, end, text, value, unit, normalized: nValue === null || nUnit === null ? null : { value: nValue, unit: nUnit }, kind, subject, qualifier };
  if (startDate) f.startDate = startDate;
  if (endDate) f.endDate = endDate;
  return f;
}

export function encodeFacts(f: ArticleFacts): string {
  return JSON.stringify([
    FORMAT,
    f.key,
    f.title,
    f.issueDate,
    f.page.number,
    f.page.name,
    f.updatedAt,
    f.article.figures.map(figureRow),
    f.article.officials.map((o) => [o.name, o.titles]),
    f.article.people.map((p) => [p.name, p.role]),
  ]);
}

/** null for anything else (a later format, a damaged item): the store then reads the article. */
export function decodeFacts(stored: unknown): ArticleFacts | null {
  if (typeof stored !== 'string') return null;
  try {
    const r = JSON.parse(stored) as unknown[];
    if (!Array.isArray(r) || r[0] !== FORMAT || r.length !== 10) return null;
    const [, key, title, issueDate, number, name, updatedAt, figures, officials, people] = r as [
      number,
      string,
      string,
      string,
      string | null,
      string | null,
      string,
      StoredFigure[],
      Array<[string, string[]]>,
      Array<[string, string | null]>,
    ];
    return {
      key,
      title,
      issueDate,
      page: { number, name },
      updatedAt,
      article: {
        figures: figures.map(figureOf),
        officials: officials.map(([n, titles]) => ({ name: n, titles })),
        people: people.map(([n, role]) => ({ name: n, role })),
      },
    };
  } catch {
    return null;
  }
}
