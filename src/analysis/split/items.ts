import { endsSentence, isShortOpen, linesOf, localColumn, type Line } from '../clean';
import { normalizeWidth } from '../clean/width';
import { COLUMN, COMMENT_BYLINE, CONTINUED_FROM, CONTINUED_TO, DATELINE, LONE_CREDIT_VERB, PHOTO_CREDIT, PRODUCER_LINE } from '../byline/patterns';
import { isBylineLine } from '../byline/grammar';

export type { Line };

/** What a line or group of lines of a page dump is, before articles are put together. */
export type Item =
  | { t: 'para'; lines: Line[]; start?: 'dateline' | 'cont' }
  | { t: 'heading'; line: Line }
  | { t: 'byline'; line: Line }
  | { t: 'column'; line: Line }
  | { t: 'caption'; lines: Line[] };

/**
 * Walk the lines of a page dump and tell body paragraphs from headings, bylines, column names
 * and photo captions. A heading is a short line without closing punctuation after a closed
 * paragraph; lines that never reach a sentence end before the next article starts are headings
 * too (a long headline printed as a full line, or a block of headlines).
 */
export function itemsOf(s: string): { items: Item[]; text: string } {
  const text = normalizeWidth(s);
  const lines = linesOf(text);
  const items: Item[] = [];
  let open: Line[] = [];
  let openStart: 'dateline' | 'cont' | undefined;

  const flush = (interrupted: boolean) => {
    if (!open.length) return;
    const neverClosed = !open.some((l) => endsSentence(l.compact));
    if (interrupted && !openStart && neverClosed && open.length <= 6) {
      for (const line of open) items.push({ t: 'heading', line });
    } else {
      items.push(openStart ? { t: 'para', lines: open, start: openStart } : { t: 'para', lines: open });
    }
    open = [];
    openStart = undefined;
  };

  lines.forEach((line, i) => {
    const c = line.compact;
    const spaced = text.slice(line.start, line.end);
    if (DATELINE.test(c) || CONTINUED_FROM.test(c)) {
      flush(true);
      open = [line];
      openStart = DATELINE.test(c) ? 'dateline' : 'cont';
    } else if (
      COMMENT_BYLINE.test(c) ||
      (open.length === 0 && c.length <= 30 && isBylineLine(spaced)) ||
      // The producer's line over a piece's credits (湖南日报社长沙分社/…长沙频道出品).
      (open.length === 0 && c.length <= 40 && PRODUCER_LINE.test(c)) ||
      // A credit's verb left alone on the line under it (…通讯员 武云鹏 / 摄影报道).
      (open.length === 0 && LONE_CREDIT_VERB.test(c) && items.at(-1)?.t === 'byline')
    ) {
      flush(true);
      items.push({ t: 'byline', line });
      return;
    } else if (open.length === 0 && c.length <= 8 && COLUMN.test(c)) {
      items.push({ t: 'column', line });
      return;
    } else if (/摄影?(?:[（(][^（）()]{1,16}[）)])?$/.test(c) && PHOTO_CREDIT.test(spaced)) {
      // A caption runs from the last closed paragraph to its credit.
      const caption = openStart ? [line] : [...open, line];
      if (openStart) flush(false);
      open = [];
      openStart = undefined;
      items.push({ t: 'caption', lines: caption });
      return;
    } else if (open.length === 0 && isShortOpen(line, localColumn(lines, i), lines[i + 1])) {
      items.push({ t: 'heading', line });
      return;
    } else {
      open.push(line);
    }
    // A jump mark (（下转2版）) ends the piece on this page like a full stop.
    if (endsSentence(c) || CONTINUED_TO.test(c)) flush(false);
  });
  flush(true);
  return { items, text };
}
