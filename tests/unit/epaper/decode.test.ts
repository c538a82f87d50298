import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText, sniffMetaCharset } from '@/src/epaper';

/** GB18030 bytes of a few known characters (checked against iconv), for hand-made pages. */
const GB: Record<string, number[]> = { 湖: [0xba, 0xfe], 南: [0xc4, 0xcf], 日: [0xc8, 0xd5], 报: [0xb1, 0xa8], '𠀋': [0x95, 0x32, 0x83, 0x37] };
function gbBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) out.push(...(GB[ch] ?? [ch.charCodeAt(0)]));
  return new Uint8Array(out);
}
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  const page = (charsetMeta: string) => gbBytes(`<html><head>${charsetMeta}</head><body>湖南日报𠀋</body></html>`);

  it('honours <meta charset> (gb2312, gbk, gb18030)', () => {
    for (const label of ['gb2312', 'GBK', 'gb18030']) {
      expect(decodeHtml(page(`<meta charset="${label}">`).buffer as ArrayBuffer)).toContain('湖南日报𠀋');
    }
  });

  it('honours the http-equiv form', () => {
    const bytes = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    expect(sniffMetaCharset(bytes)).toBe('gb2312');
    expect(decodeHtml(bytes)).toContain('湖南日报');
  });

  it('lets the Content-Type header win over nothing, and decodes GB pages it names', () => {
    expect(decodeHtml(page(''), 'text/html; charset=GBK')).toContain('湖南日报');
  });

  it('falls back to GB18030 when UTF-8 gives replacement characters', () => {
    expect(decodeHtml(page(''))).toContain('湖南日报𠀋');
    expect(decodeHtml(page('<meta charset="utf-8">'))).toContain('湖南日报');
  });

  it('reads UTF-8 pages as UTF-8, with or without BOM or declaration', () => {
    expect(decodeHtml(utf8('<p>湖南日报𠀋</p>'))).toBe('<p>湖南日报𠀋</p>');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('湖南')]))).toBe('湖南');
    expect(decodeHtml(utf8('<meta charset="utf-8">湖南'), 'text/html')).toBe('<meta charset="utf-8">湖南');
  });

  it('a header that names UTF-8 wins over a stale GB meta when the bytes are UTF-8', () => {
    expect(decodeHtml(utf8('<meta charset="gb2312">湖南日报'), 'text/html; charset=utf-8')).toContain('湖南日报');
  });

  it('survives an unknown label', () => {
    expect(decodeHtml(utf8('<meta charset="x-nonsense">湖南'))).toContain('湖南');
  });

  it('a stale GB meta over UTF-8 bytes reads as UTF-8', () => {
    expect(decodeHtml(utf8('<meta charset="gb2312"><p>湖南日报</p>'))).toContain('湖南日报');
  });
});

describe('sniffMetaCharset (WHATWG prescan of the first 1024 bytes)', () => {
  const ascii = (s: string) => new TextEncoder().encode(s);

  it('finds <meta charset> and the http-equiv form, quoted or not', () => {
    expect(sniffMetaCharset(ascii('<html><head><meta charset=GBK></head>'))).toBe('gbk');
    expect(sniffMetaCharset(ascii(`<meta content='text/html; charset="x-gbk"' http-equiv=Content-Type>`))).toBe('x-gbk');
  });

  it('ignores a declaration past the first 1024 bytes', () => {
    const late = `<html><head><title>${'x'.repeat(1024)}</title><meta charset="gb2312"></head>`;
    expect(sniffMetaCharset(ascii(late))).toBeNull();
    expect(sniffMetaCharset(ascii(`<meta charset="gb2312">${late}`))).toBe('gb2312');
  });

  it('needs http-equiv=Content-Type for a charset in content', () => {
    expect(sniffMetaCharset(ascii('<meta name="description" content="charset=gbk"><meta charset="utf-8">'))).toBe('utf-8');
    expect(sniffMetaCharset(ascii('<meta name="description" content="charset=gbk">'))).toBeNull();
  });

  it('skips comments, other tags\' attribute values and unknown labels', () => {
    expect(sniffMetaCharset(ascii('<!-- <meta charset="big5"> --><meta charset="gbk">'))).toBe('gbk');
    expect(sniffMetaCharset(ascii('<a title="<meta charset=big5>">x</a><meta charset="gbk">'))).toBe('gbk');
    expect(sniffMetaCharset(ascii('<meta charset="x-nonsense"><meta charset="gb2312">'))).toBe('gb2312');
  });
});

describe('decodeHtml label mapping', () => {
  it('decodes every WHATWG GBK label with the gb18030 decoder (four-byte characters too)', () => {
    for (const label of ['gb2312', 'gbk', 'x-gbk', 'chinese', 'csgb2312', 'gb_2312-80', 'iso-ir-58']) {
      expect(decodeHtml(gbBytes(`<meta charset="${label}"><p>湖南日报𠀋</p>`))).toContain('<p>湖南日报𠀋</p>');
    }
  });

  it('reads a <meta> naming UTF-16 as UTF-8, as a browser does', () => {
    expect(decodeHtml(utf8('<meta charset="utf-16"><p>湖南</p>'))).toBe('<meta charset="utf-16"><p>湖南</p>');
  });
});

describe('decodeText (.txt input)', () => {
  const text = '湖南日报𠀋\n长沙消息';
  const le = (s: string) => {
    const out: number[] = [];
    for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8);
    return out;
  };

  it('follows a byte-order mark and drops it', () => {
    const leBytes = le(text);
    const beBytes = leBytes.map((_, i) => leBytes[i ^ 1]!);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...leBytes]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...beBytes]))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads valid UTF-8 as UTF-8, else clean GB18030 as GB18030', () => {
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(gbBytes('湖南日报𠀋\n'))).toEqual({ text: '湖南日报𠀋\n', encoding: 'gb18030' });
  });

  it('gives null for bytes that are neither', () => {
    expect(decodeText(new Uint8Array([0x81, 0x20, 0xff, 0xc3, 0x28]))).toBeNull();
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toBeNull(); // UTF-16LE with a lone surrogate
  });
});
