import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The URL a saved e-paper page stands for: …/hnrb/html/2024-12/12/node_202.htm →
 * http://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm; any other path → file:// URL.
 */
export function urlForPath(path: string): string {
  const abs = resolve(path).replace(/\\/g, '/');
  const m = /\/([a-z]+\/html\/\d{4}-\d{2}\/\d{2}\/[^/]+)$/.exec(abs);
  return m ? `http://epaper.voc.com.cn/${m[1]}` : pathToFileURL(abs).href;
}
