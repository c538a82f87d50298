import { cleanText } from '../clean';
import { CONTINUED_FROM, photoCreditStart } from '../byline';
import { assignHeadlines, type HeadlineLine, type TitleCandidate } from './assign';
import { headlineRoles } from './headline';
import { itemsOf, type Item, type Line } from './items';
import { bigrams, containment } from './similarity';

/** news: has a dateline; commentary: column or 评论员 byline; feature: other undated text. */
export type PieceKind = 'news' | 'commentary' | 'feature' | 'continuation' | 'photo';

/** One article found in a page dump: its headline, byline, captions and its body's span. */
export interface PagePiece {
  id: string;
  kind: PieceKind;
  /** The headline lines as printed (cleaned), in print order. */
  titleLines: string[];
  introTitle: string | null;
  title: string;
  subTitle: string | null;
  /** Column name (栏目) of a commentary, e.g. 三湘时评. */
  column: string | null;
  /** A byline printed apart from the body (commentary). */
  byline: string | null;
  /** Captions (with credits) printed apart from the body that belong to this article. */
  captions: string[];
  continuedFrom: string | null;
  /** The body's span in the input (UTF-16 offsets): dateline or ▲▲ mark to its last character. */
  start: number;
  end: number;
}

interface Chunk {
  start: number;
  end: number;
  kind: PieceKind;
  text: string;
  titleLines: string[];
  byline: string | null;
  column: string | null;
  captions: string[];
}

type Run = Array<{ line: Line; kind: 'heading' | 'byline' | 'column' }>;
type Seq = Array<{ t: 'chunk'; c: Chunk } | { t: 'run'; r: Run } | { t: 'caption'; lines: Line[] }>;

/**
 * Share of the following text's ideograph bigrams that the text before a subhead-like line
 * already has. Two parts of one story share names and topic words (a feature with 小标题: ~0.09
 * on the seed); two stories of one page share little beyond common words (~0.01).
 */
const SAME_STORY = 0.06;

const cleanLine = (s: string) => cleanText(s, { raw: true }).text;

function sequence(items: Item[], text: string): Seq {
  const seq: Seq = [];
  const last = () => seq[seq.length - 1];
  for (const it of items) {
    if (it.t === 'para') {
      const l = last();
      const start = it.lines[0]!.start;
      const end = it.lines[it.lines.length - 1]!.end;
      if (!it.start && l?.t === 'chunk') {
        l.c.end = end;
      } else {
        seq.push({
          t: 'chunk',
          c: { start, end, kind: it.start === 'cont' ? 'continuation' : it.start ? 'news' : 'commentary', text: '', titleLines: [], byline: null, column: null, captions: [] },
        });
      }
    } else if (it.t === 'caption') {
      seq.push({ t: 'caption', lines: it.lines });
    } else {
      const l = last();
      const entry = { line: it.line, kind: it.t };
      if (l?.t === 'run') l.r.push(entry);
      else seq.push({ t: 'run', r: [entry] });
    }
  }
  closingCredits(seq);
  for (const s of seq) if (s.t === 'chunk') s.c.text = text.slice(s.c.start, s.c.end);
  return seq;
}

/**
 * Credit lines with no headline after a body, closing the page or followed by another piece's
 * head (…能够得到更大的提升。 / …频道出品 / 策划/拍摄/文字 记者 王文隆), close that body: they
 * join it and are read as its trailing credits.
 */
function closingCredits(seq: Seq): void {
  for (let i = seq.length - 1; i > 0; i--) {
    const s = seq[i]!;
    const prev = seq[i - 1]!;
    if (s.t !== 'run' || prev.t !== 'chunk' || seq[i + 1]?.t === 'chunk' || !s.r.every((e) => e.kind === 'byline')) continue;
    prev.c.end = s.r[s.r.length - 1]!.line.end;
    seq.splice(i, 1);
  }
}

/** Subheads inside a story (a feature's 小标题) join the text before and after them. */
function mergeSubheads(seq: Seq, text: string): Seq {
  const out: Seq = [];
  for (let i = 0; i < seq.length; i++) {
    const s = seq[i]!;
    const prev = out[out.length - 1];
    const next = seq[i + 1];
    if (s.t === 'run' && prev?.t === 'chunk' && next?.t === 'chunk' && next.c.kind === 'commentary') {
      const onlyHeadings = s.r.every((e) => e.kind === 'heading') && s.r.length <= 2;
      const same = containment(bigrams(next.c.text), bigrams(prev.c.text)) >= SAME_STORY;
      if (onlyHeadings && (prev.c.kind === 'continuation' || same)) {
        prev.c.end = next.c.end;
        prev.c.text = text.slice(prev.c.start, prev.c.end);
        i++;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** Column names go to the commentary next to them (before it or after it). */
function placeColumns(seq: Seq): void {
  seq.forEach((s, i) => {
    if (s.t !== 'run') return;
    for (const e of s.r.filter((x) => x.kind === 'column')) {
      const prev = seq[i - 1];
      const next = seq[i + 1];
      const target = prev?.t === 'chunk' && prev.c.kind === 'commentary' ? prev.c : next?.t === 'chunk' && next.c.kind === 'commentary' ? next.c : null;
      if (target) target.column = e.line.compact;
      else if (prev?.t === 'chunk') prev.c.column = e.line.compact;
    }
    s.r = s.r.filter((x) => x.kind !== 'column');
  });
}

/**
 * The page's convention, by vote: a headline block between two bodies repeats the wording of
 * the one it belongs to (before it in this kind of PDF dump, after it in a pasted article or a
 * dump in reading order). With no block between two bodies, a page that opens with a headline
 * prints headlines above their bodies.
 */
function headlinesAbove(seq: Seq, text: string): boolean {
  let above = 0;
  let below = 0;
  seq.forEach((s, i) => {
    const prev = seq[i - 1];
    const next = seq[i + 1];
    if (s.t !== 'run' || prev?.t !== 'chunk' || next?.t !== 'chunk') return;
    const heads = s.r.filter((e) => e.kind === 'heading');
    if (!heads.length) return;
    const first = bigrams(text.slice(heads[0]!.line.start, heads[0]!.line.end));
    const last = bigrams(text.slice(heads[heads.length - 1]!.line.start, heads[heads.length - 1]!.line.end));
    const toPrev = containment(first, bigrams(prev.c.text));
    const toNext = containment(last, bigrams(next.c.text));
    if (toPrev > toNext) below++;
    else if (toNext > toPrev) above++;
  });
  if (above !== below) return above > below;
  const firstRun = seq.findIndex((s) => s.t === 'run');
  const firstChunk = seq.findIndex((s) => s.t === 'chunk');
  return firstRun !== -1 && firstRun < firstChunk;
}

function assignTitles(seq: Seq, text: string): void {
  const chunks = seq.flatMap((s) => (s.t === 'chunk' ? [s.c] : []));
  const words = new Map(chunks.map((c) => [c, bigrams(c.text)]));
  const titlesBefore = headlinesAbove(seq, text);
  seq.forEach((s, i) => {
    if (s.t !== 'run' || s.r.length === 0) return;
    const before = seq.slice(0, i).flatMap((x) => (x.t === 'chunk' ? [x.c] : []));
    const nextChunk = seq.slice(i + 1).find((x) => x.t === 'chunk');
    const prevEntry = seq[i - 1];
    const adjacent = titlesBefore
      ? (nextChunk?.t === 'chunk' ? nextChunk.c : null)
      : prevEntry?.t === 'chunk' ? prevEntry.c : null;
    // The body right after the block is a candidate too (pages that mix both orders), but only
    // the body on the convention's side gets the adjacency bonus.
    const pool = nextChunk?.t === 'chunk' ? [...before, nextChunk.c] : before;
    const open = pool.filter((c) => c.titleLines.length === 0 && c.kind !== 'continuation' && c.kind !== 'photo');
    const cands: TitleCandidate[] = open.map((c, index) => ({
      index,
      words: words.get(c)!,
      adjacent: c === adjacent,
      commentary: c.kind === 'commentary',
    }));
    const lines: HeadlineLine[] = s.r.map((e) => ({ text: cleanLine(text.slice(e.line.start, e.line.end)), byline: e.kind === 'byline' }));
    const plan = assignHeadlines(lines, cands);
    plan.forEach((ci, li) => {
      if (ci < 0) return;
      const c = open[ci]!;
      if (lines[li]!.byline) c.byline = lines[li]!.text;
      else c.titleLines.push(lines[li]!.text);
    });
  });
}

/** A caption either belongs to the story it shows (it names its people) or is photo news. */
function placeCaptions(seq: Seq, text: string): void {
  seq.forEach((s, i) => {
    if (s.t !== 'caption') return;
    const start = s.lines[0]!.start;
    const end = s.lines[s.lines.length - 1]!.end;
    const caption = cleanText(text.slice(start, end), { raw: true }).text;
    const creditAt = photoCreditStart(caption);
    const described = creditAt > 0 ? caption.slice(0, creditAt) : caption;
    const longNews = described.replace(/\s/g, '').length >= 30;
    let host: Chunk | null = null;
    if (!longNews) {
      let best = 0.5;
      for (const x of seq) {
        if (x.t !== 'chunk' || x.c.kind === 'photo') continue;
        const share = containment(bigrams(described), bigrams(x.c.text));
        if (share >= best) [best, host] = [share, x.c];
      }
      // A short caption that names nothing of any story (图为活动现场) shows the story above it.
      if (!host && described.replace(/\s/g, '').length < 15) {
        const above = seq.slice(0, i).reverse().find((x) => x.t === 'chunk' && x.c.kind !== 'photo');
        if (above?.t === 'chunk') host = above.c;
      }
    }
    if (host) host.captions.push(caption);
    else {
      seq[i] = {
        t: 'chunk',
        c: { start, end, kind: 'photo', text: caption, titleLines: [], byline: null, column: null, captions: [] },
      };
    }
  });
}

/**
 * Whether the first character of text[from, to) other than a space is ▲ or an opening bracket:
 * CONTINUED_FROM can match nothing else at the start, so the body need not be compacted first.
 */
function opensWithMark(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  return i < to && (text[i] === '▲' || text[i] === '（' || text[i] === '(');
}

/**
 * Split a page's PDF text into its articles. Bodies start at datelines, continuation marks,
 * or after a headline; headlines printed after their bodies (or gathered in a block) go back
 * to the articles whose wording they repeat; captions go to the story they show or stand as
 * photo news.
 */
export function splitPage(raw: string): PagePiece[] {
  const { items, text } = itemsOf(raw);
  let seq = sequence(items, text);
  seq = mergeSubheads(seq, text);
  placeColumns(seq);
  assignTitles(seq, text);
  placeCaptions(seq, text);
  const chunks = seq.flatMap((s) => (s.t === 'chunk' ? [s.c] : [])).sort((a, b) => a.start - b.start);
  return chunks.map((c, i) => {
    const roles = headlineRoles(c.titleLines);
    const cont = opensWithMark(text, c.start, c.end) ? CONTINUED_FROM.exec(text.slice(c.start, c.end).replace(/\s+/g, '')) : null;
    const undated = c.kind === 'commentary';
    const kind: PieceKind = undated && !c.column && !/评论员/.test(c.byline ?? '') ? 'feature' : c.kind;
    return {
      id: `a${i + 1}`,
      kind,
      titleLines: c.titleLines,
      ...roles,
      column: c.column,
      byline: c.byline,
      captions: c.captions,
      continuedFrom: cont ? cont[1]! : null,
      start: c.start,
      end: c.end,
    };
  });
}
