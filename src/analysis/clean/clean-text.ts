import { endsSentence, isCjk, isCjkPunct, isLatinOrDigit, printedWidth } from './chars';
import { normalizeWidth } from './width';
import { isCreditPartsLine } from '../byline/grammar';

/** Cleaned text plus, for every UTF-16 unit of it, the offset of the input unit it came from. */
export interface Cleaned {
  text: string;
  /** map[i] = input offset of text[i]; map[text.length] = end of the last used input unit. */
  map: number[];
  /** Whether the input was treated as raw PDF text (artefacts undone) or as clean page text. */
  raw: boolean;
}

/** Map a span of the cleaned text back to the input it came from. */
export function toOriginal(c: Cleaned, start: number, end: number): { start: number; end: number } {
  const s = c.map[start] ?? c.map[c.map.length - 1] ?? 0;
  const e = end > start ? (c.map[end - 1] ?? s) + 1 : s;
  return { start: s, end: e };
}

const WS = /[\s\u3000]/;

/**
 * Raw PDF text shows itself by letter-spaced ideographs, numbers spaced from their units, or
 * hard line breaks in the middle of sentences. Clean page text (one paragraph per line) has none.
 */
const CLOSING_CREDIT = /(?:摄|摄影|报道|摄影报道|供图)[）)]?$/u;

export function looksLikeRawPdf(input: string): boolean {
  if (/[\u4e00-\u9fff] [\u4e00-\u9fff，、。] [\u4e00-\u9fff]/.test(input)) return true;
  if (/[0-9] +[亿万元个家人%]/.test(input) && /[\u4e00-\u9fff] +[0-9]/.test(input)) return true;
  const printed = input.split(/\r?\n/).filter((l) => /[^\s\u3000]/u.test(l));
  const lines = printed.map((l) => l.replace(/[\s\u3000]+/g, ''));
  if (lines.length < 3) return false;
  // A line closed by a credit (《橘园采摘忙》皇甫泽华摄, 记者田超报道) ends its paragraph in clean text
  // too, and so does a credit set a part to a line (文/视频 三湘都市报 / 全媒体记者 王翊玮 / 通讯员 胡清).
  // (Such a line is short: longer ones are not parsed, which keeps raw PDF text cheap to judge.)
  const creditPart = (i: number) => lines[i]!.length <= 24 && isCreditPartsLine(printed[i]!);
  const open = lines.filter((l, i) => !endsSentence(l) && !/[：:；;]$/.test(l) && !CLOSING_CREDIT.test(l) && !creditPart(i)).length;
  return open / lines.length > 0.4;
}

export interface Line {
  start: number; // offset of the first non-space unit
  end: number; // offset after the last non-space unit
  compact: string;
  /** Printed width in ems; a letter-spaced (justified) line counts as a full column. */
  width: number;
  justified: boolean;
}

/** JavaScript's \s (which includes the ideographic space), by code unit. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
}

const SPACED_PAIR = /[^\sA-Za-z0-9.%] +(?=[^\sA-Za-z0-9.%])/g;

export function linesOf(s: string): Line[] {
  const out: Line[] = [];
  for (let from = 0; from < s.length; ) {
    let nl = s.indexOf('\n', from);
    if (nl < 0) nl = s.length;
    let a = from;
    let b = nl;
    from = nl + 1;
    while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    const body = s.slice(a, b);
    let spaced = false;
    for (let i = 0; i < body.length && !spaced; i++) spaced = isSpaceCode(body.charCodeAt(i));
    // Three or more spaced ideograph pairs: the PDF spread the line to the full column width.
    const justified = spaced && (body.match(SPACED_PAIR)?.length ?? 0) >= 3;
    const compact = spaced ? body.replace(/\s+/g, '') : body;
    out.push({ start: a, end: b, compact, width: printedWidth(body), justified });
  }
  return out;
}

/** Byline parentheses of a dateline keep their spaces: （全媒体记者 彭可心 通讯员 苏立）. */
function bylineRegions(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[（(][\s\u3000]*(?:全媒体|融媒体|特约|见习|实习)?(?:记者|通讯员|评论员|摄影|实习生|记 者)[^（）()]{0,80}?[）)]/g;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * The column width around line i: the second widest of its neighbours within four lines, so one
 * wide caption or one short heading does not move it. Columns differ between articles.
 */
export function localColumn(lines: readonly Line[], i: number): number {
  let first = -1; // the widest and second widest unjustified neighbour (-1: none yet)
  let second = -1;
  for (let j = Math.max(0, i - 4); j <= Math.min(lines.length - 1, i + 4); j++) {
    const line = lines[j]!;
    if (line.justified) continue;
    if (line.width > first) [first, second] = [line.width, first];
    else if (line.width > second) second = line.width;
  }
  return second >= 0 ? second : first >= 0 ? first : 0;
}

const unbalanced = (s: string) => (s.match(/[（(“《]/g)?.length ?? 0) !== (s.match(/[）)”》]/g)?.length ?? 0);

/**
 * A short line with no closing punctuation: a subhead or a heading, its own paragraph. A
 * paragraph's first line is short too (the two-em indent), but a full line follows it.
 */
export function isShortOpen(line: Line, column: number, next?: Line): boolean {
  if (line.justified) return false;
  // The first line of a two-line paragraph: the next line is short but closes the sentence.
  if (next && !next.justified && endsSentence(next.compact) && next.width < column - 2.5) return false;
  const nextFull = next !== undefined && (next.justified || next.width >= column - 1.5);
  // Before a full line, a line short by the indent alone (two ems, plus slack) is body text.
  const limit = nextFull ? column - 5.5 : column - 2.5;
  return (
    !endsSentence(line.compact) &&
    !/[，、；：,;:—]$/.test(line.compact) &&
    !unbalanced(line.compact) &&
    !/(讯|电)[（(]/.test(line.compact) &&
    line.width < limit
  );
}

/**
 * Paragraphs of raw text, as groups of lines. A paragraph ends after a line that ends a sentence
 * when that line is short, or when the next line is indented (about two ems short of the column).
 */
export function paragraphsOf(lines: readonly Line[]): Line[][] {
  const paras: Line[][] = [];
  let cur: Line[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const column = localColumn(lines, i);
    if (cur.length === 0 && isShortOpen(line, column, next)) {
      paras.push([line]);
      return;
    }
    cur.push(line);
    // Wider than any printed column (clean text taken for raw): a sentence end ends it.
    const ends =
      endsSentence(line.compact) &&
      (line.width >= 60 ||
        (!line.justified && line.width < column - 1.5) ||
        !next ||
        (!next.justified && next.width <= column - 1.5) ||
        isShortOpen(next, column, lines[i + 2]));
    if (ends || !next) {
      paras.push(cur);
      cur = [];
    }
  });
  return paras;
}

/** Collects output slices and, per output unit, its input offset. */
class Builder {
  private parts: string[] = [];
  map: number[] = [];
  get text(): string {
    return this.parts.join('');
  }
  /** Inserted text (a space or a break) standing for the input at `at`. */
  push(s: string, at: number) {
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) this.map.push(at);
  }
  copy(src: string, from: number, to: number) {
    this.parts.push(src.slice(from, to));
    for (let i = from; i < to; i++) this.map.push(i);
  }
}

const CREDIT_AHEAD = /^(?:[\u4e00-\u9fff]{2,4}[\s\u3000]*摄|摄|(?:湖南日报|本报)?(?:全媒体|特约)?(?:记者|通讯员))/;

const isLetter = (ch: string): boolean => {
  const c = ch.charCodeAt(0) | 0x20; // fold case
  return c >= 0x61 && c <= 0x7a;
};

/** What a whitespace run between `a` (ending at p) and `b` (starting at q) becomes. */
function gapFor(s: string, p: number, q: number, inByline: boolean, lineBreak: boolean): string {
  const a = s[p - 1] ?? '';
  const b = s[q] ?? '';
  if (!a || !b) return '';
  if (inByline) return /[（(）)]/.test(a + b) ? '' : ' ';
  if (isLetter(a) && isLetter(b)) return ' ';
  if (lineBreak) return '';
  if (isLatinOrDigit(a) && isLatinOrDigit(b)) return ' ';
  if (isCjkPunct(a) || isCjkPunct(b)) {
    // …环境。 梁永鸿 摄: the space before a photo credit is printed.
    return isCjkPunct(a) && !isCjkPunct(b) && CREDIT_AHEAD.test(s.slice(q, q + 12)) ? ' ' : '';
  }
  if (isCjk(a) && isCjk(b)) {
    // Letter-spaced runs (湖 南 省 进 出 口) are artefacts; a lone space between phrases is printed.
    const spacedBefore = p >= 2 && isSpaceCode(s.charCodeAt(p - 2));
    const spacedAfter = q + 1 < s.length && isSpaceCode(s.charCodeAt(q + 1));
    return spacedBefore || spacedAfter ? '' : ' ';
  }
  return '';
}

function cleanRaw(s: string): Cleaned {
  const lines = linesOf(s);
  const regions = bylineRegions(s);
  const inByline = (p: number) => regions.some(([a, b]) => p > a && p < b);
  const out = new Builder();
  paragraphsOf(lines).forEach((para, pi) => {
    if (pi > 0) out.push('\n', para[0]!.start);
    para.forEach((line, li) => {
      if (li > 0) {
        const prev = para[li - 1]!;
        const gap = gapFor(s, prev.end, line.start, inByline(line.start), true);
        if (gap) out.push(gap, prev.end);
      }
      const ws = /[\s\u3000]+/g;
      ws.lastIndex = line.start;
      let i = line.start;
      for (let m = ws.exec(s); m && m.index < line.end; m = ws.exec(s)) {
        out.copy(s, i, m.index);
        const j = m.index + m[0].length;
        const gap = gapFor(s, m.index, j, inByline(m.index), false);
        if (gap) out.push(gap, m.index);
        i = j;
      }
      out.copy(s, i, line.end);
    });
  });
  out.map.push(lines.length ? lines[lines.length - 1]!.end : 0);
  return { text: out.text, map: out.map, raw: true };
}

const isDigitOrPercent = (ch: string | undefined): boolean => ch !== undefined && ((ch >= '0' && ch <= '9') || ch === '%');

/**
 * Some sites space numbers from the words around them (全省 121 个县, 增长 5.2% 的): a space
 * between a digit and an ideograph is typesetting, not text, and goes, so that 121个 reads as a figure.
 */
function copyUnspaced(out: Builder, s: string, from: number, to: number): void {
  let i = from;
  for (let j = from; j < to; j++) {
    if (!isSpaceCode(s.charCodeAt(j))) continue;
    let k = j;
    while (k < to && isSpaceCode(s.charCodeAt(k))) k++;
    const a = s[j - 1]!;
    const b = s[k]!;
    if (k - j <= 2 && ((isDigitOrPercent(a) && isCjk(b)) || (isCjk(a) && isDigitOrPercent(b)))) {
      out.copy(s, i, j);
      i = k;
    }
    j = k - 1;
  }
  out.copy(s, i, to);
}

function cleanPage(s: string): Cleaned {
  const out = new Builder();
  const lines = linesOf(s);
  lines.forEach((line, i) => {
    if (i > 0) out.push('\n', line.start);
    if (line.compact.length === line.end - line.start) out.copy(s, line.start, line.end);
    else copyUnspaced(out, s, line.start, line.end);
  });
  out.map.push(lines.length ? lines[lines.length - 1]!.end : 0);
  return { text: out.text, map: out.map, raw: false };
}

/**
 * Clean an article's text: full-width digits, letters and % to ASCII everywhere; for raw PDF
 * text also undo letter-spacing, spaces inside numbers and hard line breaks (one paragraph per
 * line). Clean page text only loses blank lines and indents. Offsets map back to `input`.
 */
export function cleanText(input: string, opts: { raw?: boolean } = {}): Cleaned {
  const s = normalizeWidth(input.replace(/\r/g, ' '));
  const raw = opts.raw ?? looksLikeRawPdf(s);
  return raw ? cleanRaw(s) : cleanPage(s);
}
