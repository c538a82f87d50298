import { libraryKey } from './key';
import { canonicalUrl } from '@/src/epaper/url';
import type { SaveInput, SavedArticle } from './types';

export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const s = t.trim().replace(/\s+/g, ' ');
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

const earliest = (a: string, b: string): string => (a <= b ? a : b);

/**
 * Saving again updates the entry: the newer text and facts win, the first savedAt stays, tags
 * are the union, a note is kept unless a new non-empty one is given. An import (which passes
 * its own updatedAt) only replaces the content when it is newer than what is stored.
 */
export function mergeSave(existing: SavedArticle | null, input: SaveInput, now: string): SavedArticle {
  const key = libraryKey(input.url, input.contentId);
  const incomingTime = input.updatedAt ?? now;
  const incomingWins = !existing || incomingTime >= existing.updatedAt;
  const base = incomingWins ? input : existing;
  const tags = cleanTags([...(existing?.tags ?? []), ...(input.tags ?? [])]);
  const inputNote = input.note?.trim() ? input.note : '';
  const note = incomingWins ? inputNote || (existing?.note ?? '') : existing.note || inputNote;
  return {
    key,
    contentId: key.startsWith('content_') ? key : null,
    url: canonicalUrl(base.url),
    paper: base.paper,
    issueDate: base.issueDate,
    page: { number: base.page.number, name: base.page.name },
    title: base.title,
    introTitle: base.introTitle,
    subTitle: base.subTitle,
    article: base.article,
    savedAt: existing ? earliest(existing.savedAt, input.savedAt ?? existing.savedAt) : (input.savedAt ?? now),
    updatedAt: incomingWins ? incomingTime : existing.updatedAt,
    tags,
    note,
    source: base.source ? { kind: base.source.kind, label: base.source.label } : null,
  };
}
