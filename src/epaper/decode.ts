/**
 * Bytes → text, the one decoder for the extension (fetched pages) and the command line (saved
 * pages, .txt files).
 *
 * HTML, as a browser does it (WHATWG "encoding sniffing"): a byte-order mark, then the
 * Content-Type header, then the <meta charset> / <meta http-equiv="Content-Type"> found by the
 * WHATWG prescan of the first 1024 bytes (labels mapped by the WHATWG table, which TextDecoder
 * implements: gb2312, gbk, x-gbk, chinese… → GBK), then a sniff: UTF-8, or GB18030 when UTF-8
 * fails on the bytes. GBK is decoded with the gb18030 decoder (WHATWG: the GBK decoder *is* the
 * gb18030 decoder; Node's ICU 'gbk' rejects four-byte sequences). Two deliberate departures from a
 * browser, both for text the browser would show as mojibake: a stale GB meta over bytes that are
 * valid multi-byte UTF-8 reads as UTF-8, and a declared UTF-8 that gives replacement characters is
 * re-read as GB18030 when that breaks fewer characters (older Founder templates were GB-encoded).
 *
 * Plain text (decodeText): a byte-order mark (UTF-8, UTF-16LE/BE), else UTF-8 if valid, else
 * GB18030 if it decodes cleanly, else null.
 */

/** WHATWG prescan window. */
const PRESCAN_BYTES = 1024;

export function charsetOf(text: string | null | undefined): string | null {
  if (!text) return null;
  return charsetFromContent(text)?.toLowerCase() ?? null;
}

/**
 * WHATWG "extracting a character encoding from a meta element" on a content attribute (also used
 * on a Content-Type header): the value after `charset=`, quoted or not; null when absent.
 */
function charsetFromContent(content: string): string | null {
  const lower = content.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf('charset', from);
    if (at < 0) return null;
    let i = at + 'charset'.length;
    while (isSpace(content[i])) i++;
    if (content[i] !== '=') {
      from = at + 1; // "charset" not followed by "=": look for the next one
      continue;
    }
    i++;
    while (isSpace(content[i])) i++;
    const q = content[i];
    if (q === '"' || q === "'") {
      const end = content.indexOf(q, i + 1);
      return end < 0 ? null : content.slice(i + 1, end) || null;
    }
    let end = i;
    while (end < content.length && !isSpace(content[end]) && content[end] !== ';') end++;
    return content.slice(i, end) || null;
  }
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

interface Attr {
  name: string;
  value: string;
}

/** WHATWG "get an attribute" at s[pos]; returns the attribute and the position after it, or null at ">" / end. */
function getAttribute(s: string, pos: number): { attr: Attr; next: number } | null {
  let i = pos;
  while (isSpace(s[i]) || s[i] === '/') i++;
  if (i >= s.length || s[i] === '>') return null;
  let name = '';
  let value = '';
  // The name: up to "=", space, "/" or ">" ("=" may be its first character).
  for (;;) {
    const c = s[i];
    if (c === undefined) return { attr: { name, value }, next: i };
    if (c === '=' && name !== '') break;
    if (isSpace(c)) {
      while (isSpace(s[i])) i++;
      if (s[i] !== '=') return { attr: { name, value }, next: i };
      break;
    }
    if (c === '/' || c === '>') return { attr: { name, value }, next: i };
    name += c.toLowerCase();
    i++;
  }
  i++; // past "="
  while (isSpace(s[i])) i++;
  const q = s[i];
  if (q === '"' || q === "'") {
    const end = s.indexOf(q, i + 1);
    if (end < 0) return { attr: { name, value: s.slice(i + 1).toLowerCase() }, next: s.length };
    return { attr: { name, value: s.slice(i + 1, end).toLowerCase() }, next: end + 1 };
  }
  if (q === '>') return { attr: { name, value }, next: i };
  let end = i;
  while (end < s.length && !isSpace(s[end]) && s[end] !== '>') end++;
  return { attr: { name, value: s.slice(i, end).toLowerCase() }, next: end };
}

/**
 * The charset label a page declares in its first 1024 bytes (WHATWG prescan: comments skipped,
 * other tags' attributes skipped, `<meta charset>` or an http-equiv Content-Type with a charset),
 * lower-cased as written (e.g. "gb2312"); null when there is none.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const s = latin1(bytes.subarray(0, PRESCAN_BYTES));
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 2);
      if (end < 0) return null;
      i = end + 3;
    } else if (/^<meta[\s/]/i.test(s.slice(i, i + 6))) {
      const found = metaCharset(s, i + 5);
      if (found.label) return found.label;
      i = found.next;
    } else if (s[i] === '<' && (isLetter(s[i + 1]) || (s[i + 1] === '/' && isLetter(s[i + 2])))) {
      i += s[i + 1] === '/' ? 2 : 1;
      while (i < s.length && !isSpace(s[i]) && s[i] !== '>') i++;
      for (let a = getAttribute(s, i); a; a = getAttribute(s, i)) i = a.next;
      i++;
    } else if (s[i] === '<' && (s[i + 1] === '!' || s[i + 1] === '/' || s[i + 1] === '?')) {
      const end = s.indexOf('>', i + 2);
      if (end < 0) return null;
      i = end + 1;
    } else {
      i++;
    }
  }
  return null;
}

/** The attributes of one <meta> tag starting at `pos` → its declared label (WHATWG need-pragma rules). */
function metaCharset(s: string, pos: number): { label: string | null; next: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  let i = pos;
  for (let a = getAttribute(s, i); a; a = getAttribute(s, i)) {
    i = a.next;
    const { name, value } = a.attr;
    if (seen.has(name)) continue;
    seen.add(name);
    if (name === 'http-equiv') {
      if (value === 'content-type') gotPragma = true;
    } else if (name === 'content') {
      const label = charsetFromContent(value);
      if (label !== null && charset === null) {
        charset = label;
        needPragma = true;
      }
    } else if (name === 'charset') {
      charset = value;
      needPragma = false;
    }
  }
  const next = i + 1;
  if (needPragma === null || (needPragma && !gotPragma) || !charset) return { label: null, next };
  // A label that names no encoding is ignored, and the prescan goes on (WHATWG).
  return { label: encodingOf(charset) ? charset.trim().toLowerCase() : null, next };
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/**
 * The decoder for a label, by the WHATWG label table (TextDecoder's): null for an unknown label.
 * GBK → gb18030. From a <meta>, UTF-16 means UTF-8 and x-user-defined means windows-1252 (WHATWG
 * prescan); Node cannot build an x-user-defined decoder anyway.
 */
function encodingOf(label: string, fromMeta = true): string | null {
  const name = label.trim().toLowerCase();
  if (name === 'x-user-defined') return 'windows-1252';
  let encoding: string;
  try {
    encoding = new TextDecoder(name).encoding;
  } catch {
    return null;
  }
  if (encoding === 'gbk') return 'gb18030';
  if (fromMeta && (encoding === 'utf-16le' || encoding === 'utf-16be')) return 'utf-8';
  return encoding;
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null; // unsupported encoding, or (fatal) bytes it cannot decode
  }
}

/** The encoding a byte-order mark names, and the mark's length; null without one. */
export function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

export function decodeHtml(input: ArrayBuffer | Uint8Array, contentType?: string | null): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = bomOf(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes);

  const header = charsetOf(contentType);
  const headerEncoding = header ? encodingOf(header, false) : null;
  const meta = headerEncoding ? null : sniffMetaCharset(bytes);
  let encoding = headerEncoding ?? (meta ? encodingOf(meta) : null) ?? 'utf-8';
  // A template's stale <meta charset=gb2312> over UTF-8 bytes: multi-byte text that is valid
  // UTF-8 is practically never GB text, so the bytes win over the meta (not over a header).
  if (encoding === 'gb18030' && !headerEncoding && isMultiByteUtf8(bytes)) encoding = 'utf-8';
  const text = decodeWith(encoding, bytes) ?? decodeWith('utf-8', bytes) ?? '';
  if (encoding === 'utf-8' && text.includes('\uFFFD')) {
    const gb = decodeWith('gb18030', bytes);
    // Keep whichever reading has fewer broken characters (a UTF-8 page may carry a stray one).
    if (gb !== null && count(gb, '\uFFFD') < count(text, '\uFFFD')) return gb;
  }
  return text;
}

/**
 * Plain text (a pasted page, a PDF dump): the byte-order mark's encoding (the mark dropped), else
 * UTF-8 when the bytes are valid UTF-8, else GB18030 when they decode cleanly as GB18030; null
 * when none of these reads the bytes without error. Says nothing about NUL bytes or control
 * characters: whether text is binary is the caller's call.
 */
export function decodeText(input: ArrayBuffer | Uint8Array): { text: string; encoding: string } | null {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeWith(bom.encoding, bytes.subarray(bom.length), true);
    return text === null ? null : { text, encoding: bom.encoding };
  }
  for (const encoding of ['utf-8', 'gb18030']) {
    const text = decodeWith(encoding, bytes, true);
    if (text !== null) return { text, encoding };
  }
  return null;
}

function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  return decodeWith('utf-8', bytes, true) !== null;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
