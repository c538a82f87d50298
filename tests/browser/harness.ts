import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostResolverRules } from '../../scripts/lib/fixture-server';
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

/**
 * Opens the real side panel on a tab, as a click on the toolbar button would: CDP
 * Extensions.triggerAction on the tab target, then returns the panel's page.
 */
export async function openRealSidePanel(session: Session, tab: Page): Promise<Page> {
  const port = readFileSync(join(session.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await browser.newBrowserCDPSession();
  type Targets = { targetInfos: Array<{ targetId: string; url: string; type: string }> };
  const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as Targets;
  const target = targetInfos.find((t) => t.url === tab.url());
  if (!target) throw new Error(`no tab target for ${tab.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: target.targetId } as never);
  const panelUrl = `chrome-extension://${session.extensionId}/sidepanel.html`;
  for (let i = 0; i < 50; i++) {
    const panel = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith(panelUrl));
    if (panel) return panel;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the side panel did not open');
}

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
