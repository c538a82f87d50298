/** Clause and sentence limits around a position (Chinese punctuation as printed). */
import { codeSet } from '../clean/chars';

const CLAUSE_END = codeSet('，,。；;！!？?：:\n');
const SENTENCE_END = codeSet('。；;！!？?\n');

export function clauseStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && !CLAUSE_END.has(text.charCodeAt(i))) i--;
  return i + 1;
}

export function clauseEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !CLAUSE_END.has(text.charCodeAt(i))) i++;
  return i;
}

export function sentenceStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && !SENTENCE_END.has(text.charCodeAt(i))) i--;
  return i + 1;
}
