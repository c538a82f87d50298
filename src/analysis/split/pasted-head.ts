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
/** A lead-in line (引题) running on into the main title with a dash may be a sentence or two long. */
const LEAD_IN_LINE = /^.{2,90}——$/u;

/**
 * The one to five non-blank lines before the first blank line, and where the text after that
 * blank line starts. A line scan: the regex it replaces backtracked exponentially on a long first
 * paragraph with no blank line after it.
 */
function headBlock(raw: string): { lines: string[]; bodyStart: number } | null {
  const lines: string[] = [];
  let at = 0;
  while (at <= raw.length) {
    const nl = raw.indexOf('\n', at);
    if (nl < 0) return null; // no blank line closes the head
    const line = raw.slice(at, nl).trim();
    at = nl + 1;
    if (line) {
      if (lines.length === 5) return null;
      lines.push(line);
    } else if (lines.length > 0) {
      return { lines, bodyStart: at };
    }
  }
  return null;
}

/**
 * A pasted article is title line(s), a blank line, then the body. When the page reading of the
 * lines cannot tell the title from the body (an interview's short questions make every line look
 * like a column of its own), this head is the title: up to five short lines before the first
 * blank line, a byline among them (湖南日报全媒体记者 X) kept apart.
 */
export function pastedHead(raw: string): PastedHead | null {
  const head = headBlock(raw);
  if (!head) return null;
  const { lines, bodyStart } = head;
  const titleLines: string[] = [];
  let byline: string | null = null;
  for (const line of lines) {
    const compact = line.replace(/\s+/g, '');
    if (isBylineLine(line) || COMMENT_BYLINE.test(compact)) {
      if (byline !== null) return null;
      byline = line;
    } else if (TITLE_LINE.test(compact) || (LEAD_IN_LINE.test(compact) && titleLines.length === 0)) titleLines.push(line);
    else return null;
  }
  if (titleLines.length === 0) return null;
  return { titleLines, byline, bodyStart };
}
