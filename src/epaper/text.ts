/**
 * Text helpers over the standard DOM (the live page in the content script, linkedom in Node).
 * Nothing here mutates the document.
 */

const ELEMENT = 1;
const TEXT = 3;

/** Whitespace as the e-paper writes it: ASCII, &nbsp; (U+00A0) and the ideographic space U+3000. */
const WS = '\\s\\u00a0\\u3000';
const EDGE_WS = new RegExp(`^[${WS}]+|[${WS}]+$`, 'g');

/**
 * Trims every kind of space and indent; inside, a run of spaces or line breaks becomes one space,
 * as the browser shows it (a source line break between Chinese characters is shown as a space,
 * and may separate names: 记者 彭可心⏎通讯员 苏立).
 */
export function cleanText(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/[ \t\r\n\f\v]+/g, ' ').replace(EDGE_WS, '');
}

/** Like cleanText, but null for an empty result. */
export function textOrNull(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = cleanText(text);
  return t === '' ? null : t;
}

export function textOf(el: Element | null | undefined): string {
  return el ? cleanText(el.textContent ?? '') : '';
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT;
}

export function isText(node: Node): boolean {
  return node.nodeType === TEXT;
}

export function tagOf(node: Node): string {
  return isElement(node) ? node.tagName.toLowerCase() : '';
}

/** Resolves an href against the page URL; plain file paths (the CLI) resolve as file: URLs. */
export function resolveUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const h = href.trim();
  if (h === '' || /^(javascript|mailto):/i.test(h) || h.startsWith('#')) return null;
  try {
    return new URL(h, baseUrl(base)).href;
  } catch {
    return null;
  }
}

export function baseUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    const path = url.replace(/\\/g, '/');
    return 'file://' + (path.startsWith('/') ? '' : '/') + encodeURI(path);
  }
}

/** All elements matching a selector, as an array (linkedom and browsers both return NodeLists). */
export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/** Is `node` inside (or equal to) one of `roots`? */
export function within(node: Node, roots: readonly Element[]): boolean {
  return roots.some((r) => r === node || r.contains(node));
}

/**
 * Does `a` come before `b` in document order (an ancestor comes before its descendants)?
 * Written out because linkedom's compareDocumentPosition does not give the order.
 */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const path = (n: Node) => {
    const out: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) out.unshift(x);
    return out;
  };
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return true; // a is an ancestor of b
  if (i === pb.length || i === 0) return false; // b is an ancestor of a, or different trees
  const siblings = Array.from(pa[i - 1]!.childNodes);
  return siblings.indexOf(pa[i] as ChildNode) < siblings.indexOf(pb[i] as ChildNode);
}
