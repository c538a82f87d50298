/**
 * The hosts the extension works on: the e-paper and its retired alias. Kept apart from the URL
 * classifier so that the background can check a sender without loading the page model.
 */
export const EPAPER_HOSTS = ['epaper.voc.com.cn', 'hnrb.voc.com.cn'] as const;

export function isEpaperUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && (EPAPER_HOSTS as readonly string[]).includes(hostname);
  } catch {
    return false;
  }
}
