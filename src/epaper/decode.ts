/**
 * Bytes of a fetched e-paper page → text. Order of trust: a byte-order mark, the Content-Type
 * header, the page's own <meta charset> / http-equiv (unless the bytes are plainly UTF-8), then UTF-8. GB2312/GBK pages decode as
 * GB18030 (its superset). When UTF-8 (declared or assumed) yields replacement characters the
 * bytes are decoded as GB18030 instead: older Founder templates were GB-encoded.
 */

const GB_LABELS = /^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|csgb2312|chinese|iso-ir-58|euc-cn)$/i;

export function charsetOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

/** <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312"> in the first 4 KB. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = charsetOf(m[0]);
    if (charset) return charset;
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function normaliseLabel(label: string): string {
  if (GB_LABELS.test(label)) return 'gb18030';
  if (/^(utf-?8|unicode-1-1-utf-8)$/i.test(label)) return 'utf-8';
  return label;
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null; // unknown label
  }
}

export function decodeHtml(input: ArrayBuffer | Uint8Array, contentType?: string | null): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);

  const header = charsetOf(contentType);
  const declared = header ?? sniffMetaCharset(bytes);
  let label = declared ? normaliseLabel(declared) : 'utf-8';
  // A template's stale <meta charset=gb2312> over UTF-8 bytes: multi-byte text that is valid
  // UTF-8 is practically never GB text, so the bytes win over the meta (not over a header).
  if (label === 'gb18030' && !header && isMultiByteUtf8(bytes)) label = 'utf-8';
  const text = decodeWith(label, bytes) ?? decodeWith('utf-8', bytes) ?? '';
  if (label === 'utf-8' && text.includes('\uFFFD')) {
    const gb = decodeWith('gb18030', bytes);
    // Keep whichever reading has fewer broken characters (a UTF-8 page may carry a stray one).
    if (gb !== null && count(gb, '\uFFFD') < count(text, '\uFFFD')) return gb;
  }
  return text;
}

function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
