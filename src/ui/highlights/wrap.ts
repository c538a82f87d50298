import type { Placement } from './locate';
import type { DomText } from './text-map';

export const MARK_CLASS = 'xbzd-mark';
export const FACT_ATTR = 'data-xbzd-fact';

export interface Wrapped {
  /** Fact id → its marks in document order (a fact split over elements has several). */
  marks: Map<string, HTMLElement[]>;
  /** Fact id → the id whose marks cover it, when two facts overlap. */
  aliases: Map<string, string>;
  /** Unwrap every mark and re-join the text nodes that wrapping split: the DOM as before. */
  restore(): void;
}

interface Segment {
  at: number; // folded index of the first character, for document order
  node: Text;
  start: number;
  end: number;
  id: string;
  kind: string;
}

/**
 * Wrap each placement in <mark> elements, one per text node it covers, so a mark never contains an
 * element (links and other markup stay whole). Text is moved, never re-parsed: no innerHTML.
 */
export function wrapPlacements(doc: Document, dom: DomText, placements: readonly Placement[], extraClass = ''): Wrapped {
  const marks = new Map<string, HTMLElement[]>();
  const aliases = new Map<string, string>();
  const taken: Array<{ start: number; end: number; id: string }> = [];
  const segments: Segment[] = [];
  for (const p of [...placements].sort((x, y) => x.start - y.start || y.end - x.end)) {
    const over = taken.find((r) => p.start < r.end && r.start < p.end);
    if (over) {
      aliases.set(p.fact.id, over.id);
      continue;
    }
    taken.push({ start: p.start, end: p.end, id: p.fact.id });
    for (let i = p.start; i < p.end; ) {
      const node = dom.node[i]!;
      let j = i;
      while (j + 1 < p.end && dom.node[j + 1] === node) j++;
      segments.push({ at: i, node, start: dom.offset[i]!, end: dom.offset[j]! + 1, id: p.fact.id, kind: p.fact.kind });
      i = j + 1;
    }
  }
  // Last first: splitting a node's tail keeps the offsets of earlier segments in it valid.
  segments.sort((x, y) => y.at - x.at);
  const splits: Array<[Text, Text]> = [];
  const made: HTMLElement[] = [];
  for (const s of segments) {
    const parent = s.node.parentNode;
    if (!parent) continue;
    if (s.end < s.node.data.length) splits.push([s.node, splitText(s.node, s.end)]);
    let target = s.node;
    if (s.start > 0) {
      target = splitText(s.node, s.start);
      splits.push([s.node, target]);
    }
    const mark = doc.createElement('mark');
    mark.className = `${MARK_CLASS} xbzd-${s.kind}${extraClass ? ` ${extraClass}` : ''}`;
    mark.setAttribute(FACT_ATTR, s.id);
    mark.setAttribute('tabindex', '0');
    parent.insertBefore(mark, target);
    mark.appendChild(target);
    made.push(mark);
    const list = marks.get(s.id) ?? [];
    list.unshift(mark);
    marks.set(s.id, list);
  }
  let restored = false;
  return {
    marks,
    aliases,
    restore() {
      if (restored) return;
      restored = true;
      made.forEach(unwrap);
      // Undo the splits newest first: each piece then sits right after the node it came from.
      for (let i = splits.length - 1; i >= 0; i--) {
        const [head, piece] = splits[i]!;
        if (piece.parentNode && piece.previousSibling === head) {
          head.data += piece.data;
          piece.parentNode.removeChild(piece);
        }
      }
    },
  };
}

/** Replace a mark by its children. */
export function unwrap(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
}

/**
 * Marks we did not make (a page script copied them while re-rendering): unwrap them and merge the
 * text they leave behind, so the next pass reads the page's own text.
 */
export function stripForeignMarks(root: Element, ours: ReadonlySet<Element>): void {
  root.querySelectorAll(`.${MARK_CLASS}`).forEach((m) => {
    if (ours.has(m)) return;
    const parent = m.parentNode;
    unwrap(m);
    parent?.normalize();
  });
}

/** Text.splitText where the DOM has it; the same by hand elsewhere (linkedom). */
function splitText(node: Text, offset: number): Text {
  if (typeof node.splitText === 'function') return node.splitText(offset);
  const tail = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode!.insertBefore(tail, node.nextSibling);
  return tail;
}
