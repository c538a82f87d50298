import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useSession } from './session';
import {
  ARTICLE_URL,
  closeEngine,
  currentWorker,
  engineCount,
  engineDocumentOpen,
  engineInfo,
  engineRestarts,
  engineSnapshotSaved,
  evaluateInEngineWorker,
  LAYOUT_URL,
  openEpaperPage,
  openHighlighted,
  openPanelFor,
  pathOf,
} from './harness';

const browser = useSession();

const DAY = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12';
const marks = (page: Page) => page.locator('#ozoom mark.xbzd-figure, #ozoom mark.xbzd-official');
const ozoomText = (page: Page) => page.locator('#ozoom').evaluate((el) => el.textContent?.replace(/\s+/g, '') ?? '');

/** Every highlight stands on the page's own text, and there are some. */
async function expectOwnHighlights(page: Page) {
  const text = await ozoomText(page);
  const placed = (await marks(page).allInnerTexts()).map((t) => t.replace(/\s+/g, ''));
  expect(placed.length).toBeGreaterThan(0);
  for (const t of placed) expect(text).toContain(t);
}

/** Stops the extension's service worker (CDP ServiceWorker.stopAllWorkers) and waits until it has. */
async function stopServiceWorker(page: Page): Promise<void> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const stopped = new Promise<void>((ok) =>
    cdp.on('ServiceWorker.workerVersionUpdated' as never, ((e: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      if (e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) ok();
    }) as never),
  );
  await cdp.send('ServiceWorker.enable' as never);
  await cdp.send('ServiceWorker.stopAllWorkers' as never);
  await stopped;
  await cdp.detach();
}

/** Pages opened with a count of the fetches of jieba's wasm their content script made. */
const wasmFetches = new Map<Page, number>();
async function openWatched(url: string): Promise<Page> {
  const page = await browser.session.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  wasmFetches.set(page, 0);
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.endsWith('/jieba_rs_wasm_bg.wasm')) wasmFetches.set(page, (wasmFetches.get(page) ?? 0) + 1);
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.xbzdHighlightedMs !== undefined, undefined, { timeout: 45_000 });
  return page;
}

describe('one shared analysis engine for every e-paper tab', () => {
  it('analyses an article page in the engine and highlights its facts, with no jieba in the page', async () => {
    const page = await openWatched(ARTICLE_URL);
    expect(await pathOf(page)).toBe('engine');
    expect(await marks(page).first().innerText()).toBe('5121.9亿元');
    await expectOwnHighlights(page);
    expect(await engineCount(browser.session)).toBe(1);
    expect(wasmFetches.get(page) ?? 0).toBe(0); // no jieba built in this page
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => panel.locator('.page-label').innerText(), { timeout: 30_000 }).toMatch(/共享引擎.*?[1-9]\d* 词/);
    await Promise.all([page.close(), panel.close()]);
  });

  it('lists a layout page’s articles with their facts from the engine', async () => {
    const page = await openEpaperPage(browser.session, LAYOUT_URL);
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => panel.locator('.article-counts').count(), { timeout: 30_000 }).toBe(10);
    expect(await pathOf(page)).toBe('engine');
    await expect.poll(() => panel.locator('.page-label').innerText()).toMatch(/共享引擎/);
    await Promise.all([page.close(), panel.close()]);
  });

  it('gives two tabs analysing at once their own results', async () => {
    const urls = [`${DAY}/content_1721203.htm?div=-1`, `${DAY}/content_1721205.htm?div=-1`];
    const pages = await Promise.all(urls.map((u) => openHighlighted(browser.session, u)));
    const titles = ['消费挖潜 投资增效', '在服务全省经济高质量发展中彰显人大担当'];
    for (const [i, page] of pages.entries()) {
      expect(await pathOf(page)).toBe('engine');
      await expectOwnHighlights(page);
      const panel = await openPanelFor(browser.session, page);
      await expect.poll(() => panel.locator('.facts-head h2').innerText(), { timeout: 30_000 }).toBe(titles[i]);
      await panel.close();
    }
    await Promise.all(pages.map((p) => p.close()));
  });

  it('closes the engine once no e-paper tab is left, and keeps it while one is', async () => {
    const stays = await openHighlighted(browser.session, ARTICLE_URL);
    const goes = await openEpaperPage(browser.session, LAYOUT_URL);
    await goes.close();
    try {
      await new Promise((ok) => setTimeout(ok, 20_000)); // past the 15 s grace
      expect(await engineDocumentOpen(browser.session)).toBe(true);
    } finally {
      await stays.close();
    }
    await expect.poll(() => engineDocumentOpen(browser.session), { timeout: 30_000, interval: 1000 }).toBe(false);
  }, 90_000);

  it('refuses a malformed request, even from the extension’s own page', async () => {
    const page = await openEpaperPage(browser.session, ARTICLE_URL);
    const panel = await openPanelFor(browser.session, page);
    const reply = await panel.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome;
      const message = { id: 1, type: 'engineAnalyze', timestamp: Date.now() };
      const bad = await chrome.runtime.sendMessage({ ...message, data: { articles: [{ id: 1, title: '<b>', body: {} }] } });
      const huge = await chrome.runtime.sendMessage({ ...message, data: { articles: [{ id: 'x', title: 't', body: '字'.repeat(500_000) }] } });
      return [bad, huge] as Array<{ err?: { message?: string } }>;
    });
    expect(reply.map((r) => r.err?.message)).toEqual(['bad request', 'bad request']);
    await Promise.all([page.close(), panel.close()]);
  });

  it('recreates the engine after its document was closed', async () => {
    await openHighlighted(browser.session, ARTICLE_URL).then((p) => p.close());
    await closeEngine(browser.session);
    expect(await engineCount(browser.session)).toBe(0);
    const page = await openHighlighted(browser.session, ARTICLE_URL);
    expect(await pathOf(page)).toBe('engine');
    await expectOwnHighlights(page);
    expect(await engineCount(browser.session)).toBe(1);
    await page.close();
  });

  it('copies jieba back from the snapshot it saved, when the engine starts again', async () => {
    await openHighlighted(browser.session, ARTICLE_URL).then((p) => p.close());
    // The engine saves its snapshot a few seconds after a build (at once, if it started from one).
    await expect.poll(() => engineSnapshotSaved(browser.session), { timeout: 20_000, interval: 500 }).toBe(true);
    await closeEngine(browser.session);
    const page = await openHighlighted(browser.session, ARTICLE_URL);
    expect(await pathOf(page)).toBe('engine');
    await expectOwnHighlights(page);
    expect(await engineInfo(browser.session)).toMatchObject({ fromSnapshot: true });
    await page.close();
  });

  it('replaces an engine worker that hangs, and the page still gets facts from the engine', async () => {
    await openHighlighted(browser.session, ARTICLE_URL).then((p) => p.close());
    const before = await engineRestarts(browser.session);
    await evaluateInEngineWorker(browser.session, 'setTimeout(() => { for (;;) {} }, 0); 1');
    const page = await openHighlighted(browser.session, ARTICLE_URL);
    expect(await pathOf(page)).toBe('engine');
    await expectOwnHighlights(page);
    expect(await engineRestarts(browser.session)).toBe(before + 1);
    expect(await engineCount(browser.session)).toBe(1);
    await page.close();
  });

  it('replaces an engine worker that died, and the page still gets facts from the engine', async () => {
    await openHighlighted(browser.session, ARTICLE_URL).then((p) => p.close());
    const before = await engineRestarts(browser.session);
    await evaluateInEngineWorker(browser.session, 'setTimeout(() => close(), 0); 1');
    const page = await openHighlighted(browser.session, ARTICLE_URL);
    expect(await pathOf(page)).toBe('engine');
    await expectOwnHighlights(page);
    expect(await engineRestarts(browser.session)).toBe(before + 1);
    await page.close();
  });

  it('falls back to jieba in the page when the engine cannot be started, and says so', async () => {
    const worker = await currentWorker(browser.session);
    await closeEngine(browser.session);
    // The engine's document cannot be created (as if the offscreen API failed).
    await worker.evaluate(() => {
      const g = globalThis as unknown as { chrome: { offscreen: Record<string, unknown> }; __create?: unknown };
      g.__create = g.chrome.offscreen.createDocument;
      g.chrome.offscreen.createDocument = () => Promise.reject(new Error('test: no offscreen document'));
    });
    try {
      const page = await openWatched(ARTICLE_URL);
      expect(await pathOf(page)).toBe('content');
      expect(wasmFetches.get(page)).toBeGreaterThan(0); // jieba built in the page
      expect(await marks(page).first().innerText()).toBe('5121.9亿元');
      await expectOwnHighlights(page);
      const panel = await openPanelFor(browser.session, page);
      await expect.poll(() => panel.locator('.page-label').innerText(), { timeout: 30_000 }).toMatch(/页面内.*?[1-9]\d* 词/);
      // Where the page also forbids WebAssembly, the service worker's segmenter serves it.
      const strict = await openHighlighted(browser.session, `${ARTICLE_URL}&xbzd-csp=strict`);
      expect(await pathOf(strict)).toBe('background');
      await expectOwnHighlights(strict);
      await Promise.all([page.close(), panel.close(), strict.close()]);
    } finally {
      await worker.evaluate(() => {
        const g = globalThis as unknown as { chrome: { offscreen: Record<string, unknown> }; __create?: unknown };
        g.chrome.offscreen.createDocument = g.__create;
      });
    }
    const again = await openHighlighted(browser.session, ARTICLE_URL);
    expect(await pathOf(again)).toBe('engine');
    await again.close();
  });

  it('still gives facts after the service worker was stopped, engine running or not', async () => {
    const first = await openHighlighted(browser.session, ARTICLE_URL);
    await stopServiceWorker(first);
    expect(await engineDocumentOpen(browser.session)).toBe(true); // the engine did not go with it
    const page = await openHighlighted(browser.session, ARTICLE_URL);
    expect(await pathOf(page)).toBe('engine');
    await expectOwnHighlights(page);
    // Now with the engine gone as well: the woken service worker must start it again.
    await closeEngine(browser.session).catch(async () => {
      // The worker handle may be stale after the stop; close the engine from a fresh one.
      await (await currentWorker(browser.session)).evaluate(() => (globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }).chrome.offscreen.closeDocument());
    });
    await stopServiceWorker(page);
    const last = await openHighlighted(browser.session, ARTICLE_URL);
    expect(await pathOf(last)).toBe('engine');
    await expectOwnHighlights(last);
    await Promise.all([first.close(), page.close(), last.close()]);
  });
});
