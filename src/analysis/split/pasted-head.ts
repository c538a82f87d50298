import { COMMENT_BYLINE } from '../byline/patterns';
import { isBylineLine } from '../byline/grammar';

/** The head of a pasted article: its title lines and byline, and where its body starts. */
export interface PastedHead {
  titleLines: string[];
  byline: string | null;
  bodyStart: number;
}

/** A title line: short, and not a sentence (a question or an exclamation may be a title). */
const TITLE_LINE = /^[^。；]{2,40}$/u;

/**
 * A pasted article is title line(s), a blank line, then the body. When the page reading of the
 * lines cannot tell the title from the body (an interview's short questions make every line look
 * like a column of its own), this head is the title: up to five short lines before the first
 * blank line, a byline among them (湖南日报全媒体记者 X) kept apart.
 */
export function pastedHead(raw: string): PastedHead | null {
  const m = /^[ \t\u3000]*\n*((?:[^\n]*\S[^\n]*\n){1,5}?)[ \t\u3000\r]*\n/u.exec(raw);
  if (!m) return null;
  const lines = m[1]!.split('\n').map((l) => l.trim()).filter(Boolean);
  const titleLines: string[] = [];
  let byline: string | null = null;
  for (const line of lines) {
    const compact = line.replace(/\s+/g, '');
    if (isBylineLine(line) || COMMENT_BYLINE.test(compact)) {
      if (byline !== null) return null;
      byline = line;
    } else if (TITLE_LINE.test(compact)) titleLines.push(line);
    else return null;
  }
  if (titleLines.length === 0) return null;
  return { titleLines, byline, bodyStart: m[0].length };
}
