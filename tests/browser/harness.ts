import { join } from 'node:path';
import { openRealSidePanel as openSidePanel, type SidePanelHandle } from '../../scripts/lib/side-panel';
export { startFixtureServer, OTHER_HOST } from '../../scripts/lib/fixture-server';
import type { Page } from 'playwright-core';
import { ROOT, type Session } from '../../scripts/lib/chromium';
export { launchWithExtension, type Session, ROOT } from '../../scripts/lib/chromium';
export const ARTIFACTS = join(ROOT, 'test-results');

export const LAYOUT_URL = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm';
export const ARTICLE_URL = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm?div=-1';

/** The real side panel on a tab, opened as the toolbar button would. */
export const openRealSidePanel = (session: Session, tab: Page): Promise<SidePanelHandle> =>
  openSidePanel(session.userDataDir, session.extensionId, tab.url());


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
