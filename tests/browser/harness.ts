import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { openRealSidePanel as openSidePanel, type SidePanelHandle } from '../../scripts/lib/side-panel';
export { startFixtureServer, OTHER_HOST } from '../../scripts/lib/fixture-server';
import type { Page } from 'playwright-core';
import { engineSnapshotSaved as savedIn, ROOT, type Session } from '../../scripts/lib/chromium';
export { launchWithExtension, type Session, ROOT } from '../../scripts/lib/chromium';
export const ARTIFACTS = join(ROOT, 'test-results');

export const LAYOUT_URL = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm';
export const ARTICLE_URL = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm?div=-1';

/** The real side panel on a tab, opened as the toolbar button would. */
export const openRealSidePanel = (session: Session, tab: Page): Promise<SidePanelHandle> =>
  openSidePanel(session.userDataDir, session.extensionId, tab.url());


export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, `${name}.png`);
  // On a loaded 2-core machine the compositor can miss a frame for a long while, and a page in a
  // tab behind another draws none at all (seen in full runs: both tries timed out after the fonts
  // had loaded, while the test alone passed); then the page is brought to the front and captured again.
  try {
    await page.screenshot({ path, fullPage: false, timeout: 20_000 });
  } catch {
    await page.bringToFront();
    try {
      await page.screenshot({ path, fullPage: false, timeout: 30_000 });
    } catch {
      // Last, the capture straight from the compositor's surface over CDP, without Playwright's
      // waits for a new frame (a fresh-clone run saw both tries above time out on the paste tab).
      const cdp = await page.context().newCDPSession(page);
      const shot = cdp.send('Page.captureScreenshot', { format: 'png', fromSurface: true, captureBeyondViewport: false });
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`screenshot ${name}: no frame in 30 s`)), 30_000));
      const { data } = await Promise.race([shot, timeout]);
      writeFileSync(path, Buffer.from(data, 'base64'));
      await cdp.detach().catch(() => undefined);
    }
  }
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

type ChromeGlobal = {
  chrome: {
    runtime: { getContexts(f: object): Promise<unknown[]> };
    offscreen: { closeDocument(): Promise<void>; createDocument(p: object): Promise<void> };
  };
};

/** The service worker as it runs now (it may have been stopped and started again since launch). */
export async function currentWorker(session: Session): Promise<Session['worker']> {
  const workers = session.context.serviceWorkers();
  return workers[workers.length - 1] ?? session.worker;
}

/** How many engine documents (Chrome's offscreen document) the extension has open. */
export async function engineCount(session: Session): Promise<number> {
  const worker = await currentWorker(session);
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeGlobal;
    return (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

/** Closes the engine's document from the service worker, as Chrome might. */
export async function closeEngine(session: Session): Promise<void> {
  const worker = await currentWorker(session);
  await worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.offscreen.closeDocument());
}

/** The analysis path an e-paper page used (engine, content or background). */
export const pathOf = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.documentElement.dataset.xbzdPath ?? null);

/** An e-paper page, waited on until its article is highlighted. */
export async function openHighlighted(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.xbzdHighlightedMs !== undefined, undefined, { timeout: 45_000 });
  return page;
}

/**
 * Evaluates `expression` in the engine's worker (inside Chrome's offscreen document), over a
 * browser-level CDP connection: the offscreen document is attached, and through it its worker.
 */
export async function evaluateInEngineWorker(session: Session, expression: string): Promise<unknown> {
  const port = readFileSync(join(session.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const remote = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const cdp = await remote.newBrowserCDPSession();
    type Info = { targetId: string; type: string; url: string };
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as { targetInfos: Info[] };
    const engine = targetInfos.find((t) => t.url.endsWith('/offscreen.html'));
    if (!engine) throw new Error('no engine document');
    const { sessionId: outer } = (await cdp.send('Target.attachToTarget' as never, { targetId: engine.targetId, flatten: false } as never)) as { sessionId: string };
    // Every worker the document has is attached (a replaced one may linger a moment); all get the expression.
    const workers: string[] = [];
    const answers: unknown[] = [];
    type Message = { id?: number; method?: string; params?: { sessionId?: string; message?: string; targetInfo?: Info }; result?: unknown };
    cdp.on('Target.receivedMessageFromTarget' as never, ((event: { sessionId: string; message: string }) => {
      if (event.sessionId !== outer) return;
      const m = JSON.parse(event.message) as Message;
      if (m.method === 'Target.attachedToTarget' && m.params?.targetInfo?.type === 'worker') workers.push(m.params.sessionId!);
      if (m.method === 'Target.receivedMessageFromTarget') {
        const reply = JSON.parse(m.params!.message!) as Message;
        if (reply.id === 1) answers.push(reply.result);
      }
    }) as never);
    const toEngine = (message: object) =>
      cdp.send('Target.sendMessageToTarget' as never, { sessionId: outer, message: JSON.stringify(message) } as never);
    await toEngine({ id: 1, method: 'Target.setAutoAttach', params: { autoAttach: true, waitForDebuggerOnStart: false, flatten: false } });
    for (let i = 0; i < 20 && workers.length === 0; i++) await new Promise((ok) => setTimeout(ok, 100));
    await new Promise((ok) => setTimeout(ok, 300));
    if (workers.length === 0) throw new Error('the engine has no worker');
    const evaluate = { id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } };
    let id = 2;
    for (const sessionId of workers) await toEngine({ id: id++, method: 'Target.sendMessageToTarget', params: { sessionId, message: JSON.stringify(evaluate) } });
    for (let i = 0; i < 10 && answers.length < workers.length; i++) await new Promise((ok) => setTimeout(ok, 100));
    if (process.env.XBZD_DEBUG) console.log('engine worker evaluate', expression, workers.length, JSON.stringify(answers));
    return answers;
  } finally {
    await remote.close();
  }
}

/** How often the engine replaced its worker (asked of the engine by the service worker). */
export async function engineRestarts(session: Session): Promise<number> {
  const worker = await currentWorker(session);
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ res?: { restarts?: number } }> } } }).chrome;
    const reply = await chrome.runtime.sendMessage({ id: 1, type: 'enginePing', timestamp: Date.now() });
    return reply.res?.restarts ?? NaN;
  });
}

/** The engine's own account of itself (start-up time, whether jieba was copied back from its snapshot). */
export async function engineInfo(session: Session): Promise<{ startupMs: number | null; fromSnapshot?: boolean; restarts: number }> {
  const worker = await currentWorker(session);
  return worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ res?: unknown }> } } }).chrome;
    const reply = await chrome.runtime.sendMessage({ id: 1, type: 'enginePing', timestamp: Date.now() });
    return reply.res as { startupMs: number | null; fromSnapshot?: boolean; restarts: number };
  });
}

/** Whether the engine has saved its copy of jieba (asked in the service worker). */
export async function engineSnapshotSaved(session: Session): Promise<boolean> {
  return savedIn(await currentWorker(session));
}

/** Whether the engine's document is open, seen from the browser (needs no service worker). */
export async function engineDocumentOpen(session: Session): Promise<boolean> {
  const port = readFileSync(join(session.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const remote = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const cdp = await remote.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets' as never)) as { targetInfos: Array<{ url: string }> };
    return targetInfos.some((t) => t.url.endsWith('/offscreen.html'));
  } finally {
    await remote.close();
  }
}
