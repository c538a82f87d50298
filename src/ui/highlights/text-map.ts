/**
 * Text with whitespace dropped and full-width ASCII folded, plus where each kept UTF-16 unit came
 * from. The analyser's `text` and the page's DOM differ in whitespace, indents and width; both are
 * folded the same way here so a fact's surface string can be found in either.
 */

/** One UTF-16 unit in, one out: U+FF01–U+FF5E → ASCII, U+3000 → space. */
export function foldChar(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000) return 0x20;
  return code;
}

/** What /\s/ matches (ASCII, U+00A0, U+3000, U+2000–U+200A …), by code: no string per character. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export interface FoldedString {
  /** The folded text without whitespace. */
  text: string;
  /** pos[i] = offset in the source of text[i]. */
  pos: number[];
  /** at[j] = index in `text` of the first kept unit at or after source offset j (length + 1 entries). */
  at: number[];
}

export function foldString(source: string): FoldedString {
  let text = '';
  const pos: number[] = [];
  const at: number[] = new Array<number>(source.length + 1);
  for (let j = 0; j < source.length; j++) {
    at[j] = pos.length;
    const raw = source.charCodeAt(j);
    const c = foldChar(raw);
    if (isSpace(c)) continue;
    text += c === raw ? source[j] : String.fromCharCode(c);
    pos.push(j);
  }
  at[source.length] = pos.length;
  return { text, pos, at };
}

export interface DomText {
  /** The folded text of every text node under the root, whitespace dropped. */
  text: string;
  /** node[i], offset[i]: where text[i] sits in the DOM. */
  node: Text[];
  offset: number[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** The root's text nodes in document order (no TreeWalker: linkedom and old pages alike). */
export function textNodesUnder(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1 && !SKIP.has((c as Element).tagName.toUpperCase())) walk(c);
    }
  };
  walk(root);
  return out;
}

export function buildDomText(root: Node): DomText {
  let text = '';
  const node: Text[] = [];
  const offset: number[] = [];
  textNodesUnder(root).forEach((t) => {
    const data = t.data;
    for (let j = 0; j < data.length; j++) {
      const raw = data.charCodeAt(j);
      const c = foldChar(raw);
      if (isSpace(c)) continue;
      text += c === raw ? data[j] : String.fromCharCode(c);
      node.push(t);
      offset.push(j);
    }
  });
  return { text, node, offset };
}
