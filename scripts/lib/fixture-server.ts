import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve, extname } from 'node:path';

export const FIXTURE_ROOT = resolve(import.meta.dirname, '../../tests/fixtures/epaper');
/** A host that is not the e-paper, served by the same server, where the extension must do nothing. */
export const OTHER_HOST = 'news.other.test';
/** Host names the fixture server answers for (map them to it with --host-resolver-rules). */
export const MAPPED_HOSTS = ['epaper.voc.com.cn', 'hnrb.voc.com.cn', OTHER_HOST];

export const hostResolverRules = (port: number): string =>
  MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');

const TYPES: Record<string, string> = {
  '.htm': 'text/html; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/**
 * Serves the offline issue as the e-paper site. `?xbzd-csp=strict` adds a CSP without
 * 'wasm-unsafe-eval', as a page that blocks WebAssembly in content scripts would have.
 * Any path on the other test host gets a plain page.
 */
export async function startFixtureServer(port = 0): Promise<{ server: Server; port: number }> {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.hostname === OTHER_HOST) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><body><div id="ozoom"><p>前11个月我省进出口5121.9亿元。</p></div></body></html>');
      return;
    }
    // The retired alias serves the same files under /hnrb_epaper/.
    const pathname = url.hostname === 'hnrb.voc.com.cn' ? url.pathname.replace(/^\/hnrb_epaper\//, '/hnrb/') : url.pathname;
    if (/^\/hnrb\/?(index\.html?)?$/.test(pathname)) {
      // The paper's root sends readers to the latest issue; offline, that is the one bundled page.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><head><meta http-equiv="refresh" content="0; URL=html/2024-12/12/node_202.htm"></head></html>');
      return;
    }
    const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(FIXTURE_ROOT, path);
    if (!file.startsWith(FIXTURE_ROOT)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (url.searchParams.get('xbzd-csp') === 'strict') headers['content-security-policy'] = "script-src 'self' 'unsafe-inline'";
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port };
}

