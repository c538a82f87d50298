import { canonicalUrl } from '@/src/epaper/url';

/** "1721201" or "content_1721201" → "content_1721201"; anything else → null. */
export function normalizeContentId(id: string | null | undefined): string | null {
  if (!id) return null;
  const m = /^(?:content_)?(\d+)$/.exec(id.trim());
  return m ? `content_${m[1]}` : null;
}

/**
 * The key an article is saved under: its content id when it has one (the same article reached
 * through either host or scheme has one id), else its canonical URL with the retired
 * hnrb.voc.com.cn/hnrb_epaper alias folded onto epaper.voc.com.cn/hnrb.
 */
export function libraryKey(url: string, contentId?: string | null): string {
  const id = normalizeContentId(contentId) ?? normalizeContentId(/content_(\d+)\.html?(?:[?#]|$)/i.exec(url)?.[1]);
  return id ?? canonicalUrl(url);
}
