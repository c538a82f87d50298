/**
 * npm start: launches Chromium with the built extension on the bundled offline issue, served
 * under the real host name (epaper.voc.com.cn → a local server), with the side panel open.
 * npm start -- --online: the live site instead (no host mapping).
 * Set CHROMIUM_PATH to use another Chromium build (branded Chrome no longer loads unpacked
 * extensions from the command line).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { hostResolverRules, startFixtureServer } from './lib/fixture-server';
import { openRealSidePanel } from './lib/side-panel';

const online = process.argv.includes('--online');
const root = resolve(import.meta.dirname, '..');
const extension = join(root, '.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const server = online ? null : await startFixtureServer();
const startUrl = online ? 'https://epaper.voc.com.cn/hnrb/' : 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm';
const args = [
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--enable-unsafe-extension-debugging',
  '--remote-debugging-port=0',
  '--no-first-run',
  '--disable-sync',
  ...(server ? [`--host-resolver-rules=${hostResolverRules(server.port)}`, '--disable-background-networking'] : []),
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
const userDataDir = mkdtempSync(join(tmpdir(), 'xbzd-start-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless,
  viewport: null,
  args,
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(startUrl);

// Open the real side panel on the page's tab (the toolbar button does the same for a reader).
await openRealSidePanel(userDataDir, extensionId, page.url()).then((panel) => panel.close(), async () => {
  await (await context.newPage()).goto(`chrome-extension://${extensionId}/sidepanel.html`);
});

console.log(`湘报助读 is running in Chromium (${headless ? 'headless: no display found' : 'window'}).`);
console.log(online ? `Live site: ${startUrl}` : `Offline issue served as ${startUrl} (local port ${server!.port}).`);
console.log('Close the browser window or press Ctrl+C to stop.');
const stop = () => {
  server?.server.close();
  void context.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
context.on('close', () => {
  server?.server.close();
  process.exit(0);
});
