import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTICLE_URL, ROOT, launchWithExtension, openEpaperPage, openPanelFor, screenshot, startFixtureServer, type Session } from './harness';

/** Real articles from several dates (scripts/build-series-fixture.ts), imported as a reader would. */
const FIXTURE = join(ROOT, 'tests/fixtures/library-series/library.json');
const TRADE = '湖南省进出口总值';

let server: Server;
let port: number;
beforeAll(async () => {
  ({ server, port } = await startFixtureServer());
});
afterAll(() => void server?.close());

async function libraryPanel(session: Session): Promise<Page> {
  const page = await openEpaperPage(session, ARTICLE_URL);
  const panel = await openPanelFor(session, page);
  await panel.getByRole('tab', { name: '收藏' }).click();
  return panel;
}

async function importFixture(panel: Page): Promise<void> {
  await panel.locator('details.lib-export summary').click();
  await panel.locator('.lib-import input[type=file]').setInputFiles(FIXTURE);
  await expect.poll(() => panel.locator('.lib-status').innerText()).toContain('新增 10 篇');
}

async function openTrends(panel: Page): Promise<void> {
  await panel.getByRole('tab', { name: '走势' }).click();
  await expect.poll(() => panel.locator('.lib-series-open').count()).toBeGreaterThan(3);
}

async function openTrade(panel: Page): Promise<number> {
  const t0 = Date.now();
  await panel.locator('.lib-series-open', { hasText: TRADE }).first().click();
  await panel.locator('.lib-series-chart canvas').waitFor();
  return Date.now() - t0;
}

/** Hovers the plot near its right edge: the newest point (2024-12-12) is the nearest. */
async function hoverNewest(panel: Page): Promise<void> {
  const box = (await panel.locator('.lib-series-chart .u-over').boundingBox())!;
  await panel.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  await expect.poll(() => panel.locator('.lib-series-tip').isVisible()).toBe(true);
}

describe('走势: figures over time in the library', () => {
  let session: Session;
  afterAll(async () => {
    await session?.close().catch(() => {});
  });

  it('lists the series of an imported library and charts one with uPlot', async () => {
    session = await launchWithExtension(port);
    const panel = await libraryPanel(session);
    await importFixture(panel);
    await openTrends(panel);
    const labels = await panel.locator('.lib-series-open .lib-title').allInnerTexts();
    expect(labels).toContain(TRADE);
    expect(labels).toContain('全省地区生产总值');
    // The 2013 dollar total, Africa and Changsha are not in the province's series.
    const trade = panel.locator('.lib-series-open', { hasText: TRADE }).first();
    await expect.poll(() => trade.innerText()).toContain('5 个点');
    console.log(`series list built in ${await panel.locator('.lib-series').getAttribute('data-built-ms')} ms (10 articles)`);
    await screenshot(panel, 'series-list-light');

    const chartMs = await openTrade(panel);
    console.log(`chart opened in ${chartMs} ms (click → canvas, 10 articles)`);
    expect(await panel.locator('.lib-series-points tbody tr').count()).toBe(5);
    await hoverNewest(panel);
    const tip = await panel.locator('.lib-series-tip').innerText();
    expect(tip).toContain('5,121.9 亿元');
    expect(tip).toContain('2024-12-12');
    expect(tip).toContain('前11个月我省进出口5121.9亿元');
    await screenshot(panel, 'series-chart-light');

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '导出此走势（CSV）' }).click()]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace('\uFEFF', '').trim().split('\r\n');
    expect(csv).toHaveLength(6);
    expect(csv[5]).toMatch(/^湖南省进出口总值,2024-12-12,5121\.9,亿元,/);
  });

  it('opens the article at the sentence of the clicked point', async () => {
    const panel = session.context.pages().find((p) => p.url().includes('sidepanel.html'))!;
    await hoverNewest(panel);
    await panel.locator('.lib-series-chart .u-over').click({ position: { x: (await panel.locator('.lib-series-chart .u-over').boundingBox())!.width - 2, y: 100 } });
    await expect.poll(() => panel.locator('.lib-reader h2').innerText()).toBe('前11个月我省进出口5121.9亿元');
    const focus = await panel.locator('.lib-focus').allInnerTexts();
    expect(focus.join('')).toContain('5121.9亿元');
    expect(focus.join('')).toMatch(/。$/);
    expect(await panel.locator('[data-focus=start]').evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
    await screenshot(panel, 'series-article-light');
    // Back from the article returns to the chart it was opened from.
    await panel.getByRole('button', { name: /返回列表/ }).click();
    await panel.locator('.lib-series-chart canvas').waitFor();
    expect(await panel.locator('.lib-series-title').innerText()).toContain(TRADE);
  });

  it('keeps a removed point removed after the panel is reloaded, and merges two series', async () => {
    const panel = session.context.pages().find((p) => p.url().includes('sidepanel.html'))!;
    await panel.reload();
    await panel.getByRole('tab', { name: '收藏' }).click();
    await openTrends(panel);
    await openTrade(panel);
    await panel.getByRole('button', { name: '从走势中移除 2019-07-16 的点' }).click();
    await expect.poll(() => panel.locator('.lib-series-points tbody tr').count()).toBe(4);
    await panel.reload();
    await panel.getByRole('tab', { name: '收藏' }).click();
    await openTrends(panel);
    await openTrade(panel);
    expect(await panel.locator('.lib-series-points tbody td:first-child').allInnerTexts()).not.toContain('2019-07-16');
    // Merge the bare 进出口 series (2023's province total, but also Changsha's) into it: the reader's call.
    const bare = await panel.locator('.lib-series-merge option', { hasText: /^进出口（/ }).getAttribute('value');
    await panel.locator('.lib-series-merge select').selectOption(bare!);
    await panel.getByRole('button', { name: '合并', exact: true }).click();
    await expect.poll(() => panel.locator('.lib-series-points tbody td:first-child').allInnerTexts()).toContain('2023-07-18');
    await panel.getByRole('button', { name: /返回走势列表/ }).click();
    expect(await panel.locator('.lib-series-open .lib-title').allInnerTexts()).not.toContain('进出口');
    await panel.getByRole('button', { name: '撤销所有走势调整' }).click();
    await expect.poll(() => panel.locator('.lib-series-open', { hasText: TRADE }).first().innerText()).toContain('5 个点');
  });

  it('looks right in the dark theme and is reachable by keyboard', async () => {
    await session.close();
    session = await launchWithExtension(port, undefined, { colorScheme: 'dark' });
    const panel = await libraryPanel(session);
    await importFixture(panel);
    await openTrends(panel);
    await screenshot(panel, 'series-list-dark');
    const trade = panel.locator('.lib-series-open', { hasText: TRADE }).first();
    await trade.focus();
    await panel.keyboard.press('Enter');
    await panel.locator('.lib-series-chart canvas').waitFor();
    await hoverNewest(panel);
    const bg = await panel.locator('.lib-series-tip').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
    await screenshot(panel, 'series-chart-dark');
    // The points table is the keyboard path to the articles.
    await panel.locator('.lib-series-points tbody button.lib-link').last().focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.lib-focus').count()).toBeGreaterThan(0);
    await screenshot(panel, 'series-article-dark');
  });
});

/** Clicks `click` in the page and waits for `wait` to exist; the page's own clock. */
const timeInPage = (panel: Page, click: string, wait: string): Promise<number> =>
  panel.evaluate(
    async ([c, w]) => {
      const t0 = performance.now();
      document.querySelector<HTMLElement>(c!)!.click();
      while (!document.querySelector(w!)) await new Promise((ok) => setTimeout(ok, 1));
      return performance.now() - t0;
    },
    [click, wait],
  );

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('走势 with 5,000 saved articles', () => {
  let session: Session;
  afterAll(async () => {
    await session?.close().catch(() => {});
  });

  it('opens 走势 fast in a freshly opened panel, lists the series and opens a chart within 300 ms', async () => {
    session = await launchWithExtension(port);
    const page = await openEpaperPage(session, ARTICLE_URL);
    const panel = await openPanelFor(session, page);
    // The fixture's real articles again and again under new ids, a day apart, written as a v3
    // library (article and list entry, no facts item): the v3 → v4 migration runs at this scale.
    const real = (JSON.parse(await readFile(FIXTURE, 'utf8')) as { articles: Array<Record<string, unknown> & { article: { officials: { name: string }[]; people: { name: string }[]; figures: unknown[] } }> }).articles;
    await panel.evaluate(
      async ({ real, n }) => {
        const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(i: object): Promise<void> } } } }).chrome;
        for (let i = 0; i < n; i += 250) {
          const items: Record<string, unknown> = {};
          for (let j = i; j < Math.min(n, i + 250); j++) {
            const a = real[j % real.length]!;
            const key = `content_${3_000_000 + j}`;
            const issueDate = new Date(Date.UTC(2000, 0, 1) + j * 86_400_000).toISOString().slice(0, 10);
            const url = `http://epaper.voc.com.cn/hnrb/html/${issueDate.slice(0, 7)}/${issueDate.slice(8)}/${key}.htm`;
            const copy = { ...a, key, contentId: key, issueDate, url };
            const people = [...new Set([...a.article.officials, ...a.article.people].map((p) => p.name))];
            items[`lib.a:${key}`] = copy;
            items[`lib.i:${key}`] = {
              key, url, paper: a.paper, issueDate, page: a.page, title: a.title, introTitle: a.introTitle, savedAt: a.savedAt,
              updatedAt: a.updatedAt, tags: [], note: '', people, figureCount: a.article.figures.length, source: null,
            };
          }
          await chrome.storage.local.set(items);
        }
        await chrome.storage.local.set({ 'lib.meta': { schemaVersion: 3 } });
      },
      { real, n: 5000 },
    );
    await panel.reload();
    const t0 = Date.now();
    await panel.getByRole('tab', { name: '收藏' }).click();
    await expect.poll(() => panel.locator('.lib-count').first().innerText(), { timeout: 180_000 }).toContain('5000');
    const migrateMs = Date.now() - t0;
    const keys = await panel.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { getKeys(): Promise<string[]>; get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      const all = await chrome.storage.local.getKeys();
      return { facts: all.filter((k) => k.startsWith('lib.f:')).length, meta: (await chrome.storage.local.get('lib.meta'))['lib.meta'] };
    });
    expect(keys).toEqual({ facts: 5000, meta: { schemaVersion: 4 } });

    // A freshly opened panel, straight to 走势 while the articles tab loads the texts for search: the cold case.
    await panel.reload();
    await panel.getByRole('tab', { name: '收藏' }).click();
    await expect.poll(() => panel.locator('.lib-count').first().innerText(), { timeout: 60_000 }).toContain('5000');
    const coldMs = await timeInPage(panel, '#lib-tab-series', '.lib-series-open');
    const coldBuilt = Number(await panel.locator('.lib-series').getAttribute('data-built-ms'));
    const list: number[] = [];
    for (let i = 0; i < 5; i++) {
      await panel.locator('#lib-tab-articles').click();
      list.push(await timeInPage(panel, '#lib-tab-series', '.lib-series-open'));
    }
    const count = await panel.locator('.lib-series-open').count();
    const biggest = await panel.locator('.lib-series-open .lib-meta').first().innerText();
    const chart: number[] = [];
    for (let i = 0; i < 5; i++) {
      chart.push(await timeInPage(panel, '.lib-series-open', '.lib-series-chart canvas'));
      if (i < 4) await panel.getByRole('button', { name: /返回走势列表/ }).click();
    }
    await hoverNewest(panel);
    await screenshot(panel, 'series-chart-5000');
    console.log(
      `5,000 articles: v3 → v4 migration and list ${Math.round(migrateMs)} ms; ${count} series shown (largest: ${biggest}); first 走势 click in a fresh panel ${Math.round(coldMs)} ms (store ${Math.round(coldBuilt)} ms); ` +
        `list again ${list.map(Math.round).join(', ')} ms; chart open ${chart.map(Math.round).join(', ')} ms`,
    );
    // The target is 300 ms; the bound leaves room for a loaded 2-core machine (it took seconds when every text was read first).
    expect(coldMs).toBeLessThanOrEqual(1500);
    expect(median(list)).toBeLessThanOrEqual(300);
    expect(median(chart)).toBeLessThanOrEqual(300);
  }, 420_000);
});
