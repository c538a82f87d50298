import { codeSet } from '../clean/chars';
import type { Span } from '../types';

const STOPS = codeSet('。！？!?…');
const STOPS_AND_CLOSERS = codeSet('。！？!?…”’」』）)');

export interface Sentence extends Span {
  text: string;
  /** Index of the paragraph (line of `text`) it sits in. */
  para: number;
}

/**
 * Whole sentences of a cleaned text: each ends at 。！？… (with any closing quotes or brackets
 * after it) or at the end of a paragraph. Offsets are UTF-16 into `text`.
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let start = 0;
  const push = (end: number) => {
    let a = start;
    while (a < end && /\s/.test(text[a]!)) a++;
    let b = end;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b), para });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      push(i);
      para++;
      start = i + 1;
      continue;
    }
    if (STOPS.has(c)) {
      let j = i + 1;
      while (j < text.length && STOPS_AND_CLOSERS.has(text.charCodeAt(j))) j++;
      push(j);
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}
