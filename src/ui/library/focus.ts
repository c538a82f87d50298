import type { Segment } from './highlight';

export interface FocusedSegment extends Segment {
  /** Inside the sentence the reader came to see (a figure opened from 走势). */
  focus: boolean;
}

const END = /[。！？；!?\n]/;

/** The sentence around a UTF-16 offset: from after the previous 。！？；or line break to the next one, inclusive. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = Math.max(0, Math.min(at, text.length));
  while (start > 0 && !END.test(text[start - 1]!)) start--;
  let end = Math.max(start, Math.min(at, text.length));
  while (end < text.length && !END.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}

/** The segments cut again at the range's edges, those inside it flagged (a mark is never cut). */
export function focusSegments(segments: readonly Segment[], range: { start: number; end: number } | null): FocusedSegment[] {
  const out: FocusedSegment[] = [];
  let at = 0;
  for (const s of segments) {
    const from = at;
    const to = at + s.text.length;
    at = to;
    if (!range || to <= range.start || from >= range.end) {
      out.push({ ...s, focus: false });
      continue;
    }
    if (s.kind) {
      out.push({ ...s, focus: true });
      continue;
    }
    const a = Math.max(from, range.start) - from;
    const b = Math.min(to, range.end) - from;
    if (a > 0) out.push({ text: s.text.slice(0, a), kind: null, focus: false });
    out.push({ text: s.text.slice(a, b), kind: null, focus: true });
    if (b < s.text.length) out.push({ text: s.text.slice(b), kind: null, focus: false });
  }
  return out;
}
