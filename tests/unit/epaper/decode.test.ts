import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffMetaCharset } from '@/src/epaper';

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
