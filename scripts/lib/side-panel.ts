import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

/**
 * Opens the real side panel on a tab, as a click on the toolbar button would: CDP
 * Extensions.triggerAction on the tab target. Needs Chromium started with
 * --enable-unsafe-extension-debugging and --remote-debugging-port=0 (for a browser-level
 * session beside Playwright's own pipe). Returns the panel's page.
 */
export async function openRealSidePanel(userDataDir: string, extensionId: string, tabUrl: string): Promise<Page> {
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await browser.newBrowserCDPSession();
  type Targets = { targetInfos: Array<{ targetId: string; url: string }> };
  const { targetInfos } = (await cdp.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as Targets;
  const target = targetInfos.find((t) => t.url === tabUrl);
  if (!target) throw new Error(`no tab target for ${tabUrl}`);
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  for (let i = 0; i < 50; i++) {
    const panel = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith(panelUrl));
    if (panel) return panel;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the side panel did not open');
}
