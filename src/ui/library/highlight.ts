import type { AnalyzedArticle } from '@/src/analysis/types';

export type MarkKind = 'figure' | 'official' | 'person';

export interface Segment {
  text: string;
  kind: MarkKind | null;
}

/**
 * Cuts the stored text into plain and marked runs from the facts' UTF-16 offsets. Overlaps
 * keep the earlier (then longer) mark; offsets outside the text are ignored. The result is
 * rendered as text nodes, never as HTML.
 */
export function segmentText(article: Pick<AnalyzedArticle, 'text' | 'figures' | 'officials' | 'people'>): Segment[] {
  const { text } = article;
  const marks: { start: number; end: number; kind: MarkKind }[] = [];
  for (const f of article.figures) marks.push({ start: f.start, end: f.end, kind: 'figure' });
  for (const o of article.officials) for (const m of o.mentions) marks.push({ ...m, kind: 'official' });
  for (const p of article.people) for (const m of p.mentions ?? []) marks.push({ ...m, kind: 'person' });
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end <= m.start || m.end > text.length || m.start < 0) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), kind: null });
    out.push({ text: text.slice(m.start, m.end), kind: m.kind });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: null });
  return out;
}
