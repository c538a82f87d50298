/**
 * A page's text in reading order, from positioned text pieces (pdf.js text items). pdf.js gives
 * the pieces in content-stream order, which on a newspaper page is often not the order a reader
 * follows: columns interleave, headlines come after their bodies. Here the positions decide:
 * pieces on one baseline form lines, gutters split the page into columns (read left to right),
 * a headline that spans columns closes the band above it, and vertical gaps, indents and changes
 * of type size break paragraphs. Pure: no pdf.js, no DOM.
 */

/** One text piece in PDF user space: baseline origin (y grows upwards), advance width, font height. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A run of pieces on one baseline with no gutter inside it: one printed line of one column. */
interface Segment {
  x0: number;
  x1: number;
  y: number;
  height: number;
  text: string;
}

/** A line in reading order, with the column (or band) it was read in. */
interface Placed {
  seg: Segment;
  leaf: number;
  left: number;
  right: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/u;

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Join the pieces of one line: CJK without spaces, a space where Latin words or numbers stand apart. */
function joinPieces(pieces: TextPiece[]): string {
  let out = '';
  let prev: TextPiece | null = null;
  for (const p of pieces) {
    const text = p.text.replace(/\s+/g, ' ');
    if (prev) {
      const gap = p.x - (prev.x + prev.width);
      const a = out.slice(-1);
      const b = text.trimStart().charAt(0);
      const bothCjk = CJK.test(a) && CJK.test(b);
      if (gap > 0.25 * Math.min(p.height, prev.height) && !bothCjk && a !== ' ' && b) out += ' ';
    }
    out += text;
    prev = p;
  }
  return out.trim();
}

/**
 * Pieces on one baseline (within a fraction of the type height) form a row; a row is cut where
 * the horizontal gap is a gutter (more than about an em), so each segment stays in one column.
 */
function segmentsOf(pieces: TextPiece[]): Segment[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const p of sorted) {
    const row = rows[rows.length - 1];
    const ref = row?.[0];
    if (row && ref && Math.abs(ref.y - p.y) <= 0.4 * Math.min(ref.height, p.height)) row.push(p);
    else rows.push([p]);
  }
  const segs: Segment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let run: TextPiece[] = [];
    const flush = () => {
      if (!run.length) return;
      const text = joinPieces(run);
      if (text)
        segs.push({
          x0: run[0]!.x,
          x1: Math.max(...run.map((p) => p.x + p.width)),
          y: median(run.map((p) => p.y)),
          height: Math.max(...run.map((p) => p.height)),
          text,
        });
      run = [];
    };
    for (const p of row) {
      const last = run[run.length - 1];
      if (last && p.x - (last.x + last.width) > 1.2 * Math.max(p.height, last.height)) flush();
      run.push(p);
    }
    flush();
  }
  return segs;
}

/** Vertical extent of a segment's glyphs around its baseline. */
const topOf = (s: Segment) => s.y + 0.85 * s.height;
const bottomOf = (s: Segment) => s.y - 0.25 * s.height;

/** Bands that lie one under the other, none reaching into the next. */
function stacked(bands: Segment[][]): boolean {
  for (let i = 1; i < bands.length; i++) {
    const low = Math.min(...bands[i - 1]!.map(bottomOf));
    const high = Math.max(...bands[i]!.map(topOf));
    if (high > low) return false;
  }
  return true;
}

const topDown = (segs: Segment[]) => [...segs].sort((a, b) => b.y - a.y || a.x0 - b.x0);

/** Columns: groups of segments with a clear vertical gap between them, left to right. */
function columnsOf(segs: Segment[], gutter: number): Segment[][] {
  const byX = [...segs].sort((a, b) => a.x0 - b.x0);
  const groups: Segment[][] = [];
  let right = -Infinity;
  for (const s of byX) {
    if (!groups.length || s.x0 > right + gutter) groups.push([]);
    groups[groups.length - 1]!.push(s);
    right = Math.max(right, s.x1);
  }
  return groups;
}

/**
 * With no clear gutter, look for one that a few segments cross (a headline over two columns):
 * the x where the fewest segments cross while others lie wholly on both sides. The crossing
 * segments then cut the region into horizontal bands (above, the crossing lines, below). Null
 * when no x gives such clean bands (the crossing lines interleave with the others: a line of one
 * column that is just longer than the others).
 */
function bandsOf(segs: Segment[]): Segment[][] | null {
  const minX = Math.min(...segs.map((s) => s.x0));
  const maxX = Math.max(...segs.map((s) => s.x1));
  let best: Segment[][] | null = null;
  let fewest = Infinity;
  for (const c of segs) {
    const x = c.x1 + 0.1 * c.height;
    if (x <= minX || x >= maxX) continue;
    const crossing = new Set(segs.filter((s) => s.x0 < x && s.x1 > x));
    const left = segs.filter((s) => s.x1 <= x).length;
    const right = segs.filter((s) => s.x0 >= x).length;
    if (!left || !right || crossing.size * 2 >= segs.length || crossing.size >= fewest) continue;
    const bands: Segment[][] = [];
    let kind: boolean | null = null;
    for (const s of topDown(segs)) {
      if (crossing.has(s) !== kind) bands.push([]);
      bands[bands.length - 1]!.push(s);
      kind = crossing.has(s);
    }
    if (!stacked(bands)) continue;
    best = bands;
    fewest = crossing.size;
  }
  return best;
}


/**
 * The widest horizontal strip of white across the whole region, when it is clearly wider than
 * the gaps between lines (the space between two stories, or under a headline): the parts above
 * and below it.
 */
function splitAtWidestGap(segs: Segment[]): Segment[][] | null {
  const sorted = [...segs].sort((a, b) => topOf(b) - topOf(a));
  const gaps: Array<{ at: number; size: number }> = [];
  let low = bottomOf(sorted[0]!);
  for (let i = 1; i < sorted.length; i++) {
    const s = sorted[i]!;
    if (topOf(s) < low) gaps.push({ at: i, size: low - topOf(s) });
    low = Math.min(low, bottomOf(s));
  }
  if (!gaps.length) return null;
  const widest = gaps.reduce((a, b) => (b.size > a.size ? b : a));
  // Wider than the usual gap between lines, and wider than a fraction of an em (two lines alone).
  const others = gaps.filter((g) => g !== widest).map((g) => g.size);
  if (others.length && widest.size <= 1.3 * median(others)) return null;
  if (widest.size < 0.8 * median(segs.map((x) => x.height))) return null;
  return [sorted.slice(0, widest.at), sorted.slice(widest.at)];
}

/**
 * A headline centred over several columns may leave the first column's gutter clear; a line in
 * larger type just above the top of another column group says the groups are one story.
 */
function headlineOver(cols: Segment[][]): boolean {
  const body = median(cols.flat().map((s) => s.height));
  return cols.some((group) =>
    group.some((h) => {
      if (h.height < 1.25 * body) return false;
      return cols.some((other) => {
        if (other === group) return false;
        const top = Math.max(...other.map(topOf));
        return bottomOf(h) > top && bottomOf(h) - top < 4 * h.height;
      });
    }),
  );
}

/** Reading order: columns left to right, bands top to bottom, recursively; lines top to bottom. */
function readingOrder(segs: Segment[], out: Placed[], depth = 0): void {
  if (!segs.length) return;
  const gutter = 0.8 * median(segs.map((s) => s.height));
  if (segs.length > 1 && depth < 40) {
    // Where no gutter runs through, a clear strip of white across the region comes before a
    // headline's crossing: it also takes a headline block's narrow lines (a 副题 over the middle
    // column) off the columns, which would otherwise read it as the top of one of them.
    const cols = columnsOf(segs, gutter);
    const parts = cols.length > 1 && !headlineOver(cols) ? cols : splitAtWidestGap(segs) ?? bandsOf(segs) ?? (cols.length > 1 ? cols : null);
    if (parts) {
      for (const p of parts) readingOrder(p, out, depth + 1);
      return;
    }
  }
  const leaf = out.length ? out[out.length - 1]!.leaf + 1 : 0;
  const left = Math.min(...segs.map((s) => s.x0));
  const right = Math.max(...segs.map((s) => s.x1));
  for (const seg of topDown(segs)) out.push({ seg, leaf, left, right });
}

/** Whether a new paragraph (or block) starts at `cur`, after `prev`. */
function breaksBefore(prev: Placed, cur: Placed, pitch: Map<number, number>): boolean {
  const a = prev.seg;
  const b = cur.seg;
  const h = Math.min(a.height, b.height);
  // Another type size: a headline, a byline, a caption.
  if (Math.abs(a.height - b.height) > 0.15 * Math.max(a.height, b.height)) return true;
  // An indent of about two ems opens a paragraph.
  if (b.x0 - cur.left > 1.2 * h) return true;
  // A short line closed the one before (the last line of a paragraph).
  if (a.x1 < prev.right - 1.5 * h) return true;
  // The top of the next column: the paragraph goes on unless something above said otherwise.
  if (b.y > a.y) return false;
  // Below: a gap wider than the column's line step (a single line's step: 1.5 ems).
  return a.y - b.y > 1.4 * (pitch.get(prev.leaf) ?? 1.5 * h);
}

/**
 * Text of a page from its positioned pieces, in reading order: one printed line a line, a blank
 * line between paragraphs and blocks (as a page's PDF text dump has them, so the page splitter
 * reads it like a pasted page).
 */
export function pageTextOf(pieces: readonly TextPiece[]): string {
  const usable = pieces.filter((p) => p.text.trim() && p.height > 0 && Number.isFinite(p.x + p.y + p.width));
  const placed: Placed[] = [];
  readingOrder(segmentsOf(usable), placed);
  // Each column's usual baseline step, for gaps wider than a line.
  const steps = new Map<number, number[]>();
  placed.forEach((p, i) => {
    const next = placed[i + 1];
    if (next && next.leaf === p.leaf) steps.set(p.leaf, [...(steps.get(p.leaf) ?? []), p.seg.y - next.seg.y]);
  });
  const pitch = new Map([...steps].map(([leaf, s]) => [leaf, median(s)]));
  let out = '';
  placed.forEach((p, i) => {
    if (i > 0) out += breaksBefore(placed[i - 1]!, p, pitch) ? '\n\n' : '\n';
    out += p.seg.text;
  });
  return out ? out + '\n' : '';
}

/** The pieces of a pdf.js text item list (items of getTextContent(); marked content is skipped). */
export function piecesOfPdfItems(items: ReadonlyArray<unknown>): TextPiece[] {
  const out: TextPiece[] = [];
  for (const it of items) {
    if (typeof it !== 'object' || it === null || !('str' in it) || !('transform' in it)) continue;
    const { str, transform, width, height } = it as { str: unknown; transform: unknown; width: unknown; height: unknown };
    if (typeof str !== 'string' || !Array.isArray(transform) || transform.length < 6) continue;
    const [a, b, c, d, e, f] = transform as number[];
    // The font size: the item's height, or the text matrix's scale when a PDF gives none.
    const size = typeof height === 'number' && height > 0 ? height : Math.hypot(c!, d!) || Math.hypot(a!, b!);
    // Vertical text (a headline set top to bottom) runs down the page: one em wide, kept whole.
    const vertical = Math.abs(b!) > Math.abs(a!);
    out.push({ text: str, x: e!, y: f!, width: vertical ? size : typeof width === 'number' ? width : 0, height: size });
  }
  return out;
}
