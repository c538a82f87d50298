import type { LibraryEntry, SavedArticle } from './types';

/** The list's record of an article: no text, no figures, just what the list and filters read. */
export function toEntry(a: SavedArticle): LibraryEntry {
  const names = new Set<string>();
  for (const o of a.article.officials) names.add(o.name);
  for (const p of a.article.people) names.add(p.name);
  return {
    key: a.key,
    url: a.url,
    paper: a.paper,
    issueDate: a.issueDate,
    page: { number: a.page.number, name: a.page.name },
    title: a.title,
    introTitle: a.introTitle,
    savedAt: a.savedAt,
    updatedAt: a.updatedAt,
    tags: [...a.tags],
    note: a.note,
    people: [...names],
    figureCount: a.article.figures.length,
    source: a.source ? { ...a.source } : null,
  };
}

const zh = new Intl.Collator('zh');
const pageOrder = (n: string | null): string => (n ?? '').replace(/\d+/g, (d) => d.padStart(4, '0'));

/** 'saved': newest save first. 'issue': newest issue first, then by page, then title. */
export function sortEntries<T extends LibraryEntry>(entries: T[], order: 'saved' | 'issue'): T[] {
  const copy = [...entries];
  if (order === 'saved') return copy.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.key.localeCompare(b.key));
  return copy.sort(
    (a, b) =>
      b.issueDate.localeCompare(a.issueDate) ||
      pageOrder(a.page.number).localeCompare(pageOrder(b.page.number)) ||
      zh.compare(a.title, b.title) ||
      a.key.localeCompare(b.key),
  );
}
