import { describe, expect, it } from 'vitest';
import { libraryKey, normalizeContentId } from '@/src/library/key';

describe('libraryKey', () => {
  it('uses the content id, whichever host, scheme or query the page came from', () => {
    const urls = [
      'http://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm?div=-1',
      'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm',
      'https://hnrb.voc.com.cn/hnrb_epaper/html/2024-12/12/content_1721201.htm?div=0#x',
    ];
    for (const u of urls) expect(libraryKey(u, null)).toBe('content_1721201');
    expect(libraryKey('https://example.org/whatever', '1721201')).toBe('content_1721201');
    expect(libraryKey('https://example.org/whatever', 'content_1721201')).toBe('content_1721201');
  });

  it('falls back to the canonical URL with the retired alias folded in', () => {
    expect(libraryKey('http://hnrb.voc.com.cn/hnrb_epaper/html/2024-12/12/node_202.htm?x=1', null)).toBe(
      'https://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm',
    );
    expect(libraryKey('https://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm#top', null)).toBe(
      'https://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm',
    );
  });

  it('accepts only digit content ids', () => {
    expect(normalizeContentId('a1')).toBeNull();
    expect(normalizeContentId('')).toBeNull();
    expect(normalizeContentId(' 42 ')).toBe('content_42');
  });
});
