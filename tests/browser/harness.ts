import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostResolverRules } from '../../scripts/lib/fixture-server';
import { openRealSidePanel as openSidePanel } from '../../scripts/lib/side-panel';
export { startFixtureServer, OTHER_HOST } from '../../scripts/lib/fixture-server';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(ROOT, 'test-results');

export const LAYOUT_URL = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm';
export const ARTICLE_URL = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm?div=-1';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Chromium with the built extension, the e-paper hosts mapped to the fixture server. */
export async function launchWithExtension(port: number, userDataDir?: string): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npx wxt build');
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'xbzd-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${hostResolverRules(port)}`,
      '--enable-unsafe-extension-debugging',
      // A second, CDP-over-port connection gives a browser-level session (Extensions.triggerAction).
      '--remote-debugging-port=0',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir: dir,
    async close(opts) {
      await context.close();
      if (!opts?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The real side panel on a tab, opened as the toolbar button would. */
export const openRealSidePanel = (session: Session, tab: Page): Promise<Page> =>
  openSidePanel(session.userDataDir, session.extensionId, tab.url());

export async function openPanelInTab(session: Session): Promise<Page> {
  const panel = await session.context.newPage();
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  return panel;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The id of the tab showing `url` (asked of the extension's service worker). */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  return session.worker.evaluate(async (u) => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
    const tabs = await (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

/** An e-paper page, waited on until the content script says it is ready. */
export async function openEpaperPage(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.xbzdStatus === 'ready', undefined, { timeout: 30_000 });
  return page;
}

/** sidepanel.html in a tab of its own, following the tab that shows `page`. */
export async function openPanelFor(session: Session, page: Page): Promise<Page> {
  const id = await tabIdOf(session, page.url());
  const panel = await session.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html?tab=${id}`);
  return panel;
}
