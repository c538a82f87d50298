import { codeSet } from '../clean/chars';

const CLAUSE_BREAK = codeSet('，。；：！？\n（）()');

/**
 * The clauses of a text that hold a 、 (a list's mark), as [from, to) offsets, found from the marks
 * rather than by splitting the whole text; each clause once, however many marks it holds.
 */
export function* listClauses(text: string): Generator<{ from: number; to: number }> {
  for (let mark = text.indexOf('、'); mark >= 0; ) {
    let from = mark;
    while (from > 0 && !CLAUSE_BREAK.has(text.charCodeAt(from - 1))) from--;
    let to = mark;
    while (to < text.length && !CLAUSE_BREAK.has(text.charCodeAt(to))) to++;
    mark = text.indexOf('、', to);
    yield { from, to };
  }
}

/** Whether the clause [from, to) holds a 等 (a scan of the clause, not of the text after it). */
export function holdsDeng(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === DENG) return true;
  return false;
}
const DENG = '等'.charCodeAt(0);
