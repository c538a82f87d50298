import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import {
  ARTICLE_URL,
  LAYOUT_URL,
  launchWithExtension,
  openEpaperPage,
  openPanelFor,
  screenshot,
  startFixtureServer,
  type Session,
} from './harness';

let server: Server;
let port: number;
let profile: string;

beforeAll(async () => {
  ({ server, port } = await startFixtureServer());
});
afterAll(() => void server?.close());

const savedTitles = (panel: import('playwright-core').Page) => panel.locator('.lib-item .lib-title').allInnerTexts();

describe('the saved-articles library', () => {
  let session: Session;

  afterAll(async () => {
    await session?.close().catch(() => {});
  });

  it('saves the article from the in-page button and from the panel, without duplicates', async () => {
    session = await launchWithExtension(port);
    profile = session.userDataDir;
    const page = await openEpaperPage(session, ARTICLE_URL);
    const host = page.locator('#xbzd-toolbar');
    await page.waitForFunction(() => document.documentElement.dataset.xbzdHighlightedMs !== undefined);
    await host.locator('button').click();
    await expect.poll(() => host.locator('button').innerText()).toContain('已收藏');

    const panel = await openPanelFor(session, page);
    await expect.poll(() => panel.locator('.save-row .action').first().innerText()).toContain('已收藏');
    await panel.locator('.save-row .action').first().click(); // saving again updates, never duplicates
    await expect.poll(() => panel.locator('.save-row .notice').count()).toBe(0);
    await panel.getByRole('tab', { name: '收藏' }).click();
    await expect.poll(() => savedTitles(panel)).toEqual(['前11个月我省进出口5121.9亿元']);
    await Promise.all([page.close(), panel.close()]);
  });

  it('saves every article of a layout page at once', async () => {
    const page = await openEpaperPage(session, LAYOUT_URL);
    const panel = await openPanelFor(session, page);
    await expect.poll(() => panel.locator('.article-counts').count(), { timeout: 30_000 }).toBe(10);
    await panel.getByRole('button', { name: '收藏本版全部文章' }).click();
    await expect.poll(() => panel.locator('.save-status').innerText()).toContain('已收藏 10');
    await panel.getByRole('tab', { name: '收藏' }).click();
    await expect.poll(async () => (await savedTitles(panel)).length).toBe(10);
    await Promise.all([page.close(), panel.close()]);
  });

  it('keeps the library when the browser restarts', async () => {
    await session.close({ keepProfile: true });
    session = await launchWithExtension(port, profile);
    const page = await openEpaperPage(session, ARTICLE_URL);
    const panel = await openPanelFor(session, page);
    await panel.getByRole('tab', { name: '收藏' }).click();
    await expect.poll(async () => (await savedTitles(panel)).length).toBe(10);
    await Promise.all([page.close(), panel.close()]);
  });

  it('searches the saved articles, opens one offline and exports a valid file', async () => {
    {
      const page = await openEpaperPage(session, ARTICLE_URL);
      const panel = await openPanelFor(session, page);
      await panel.getByRole('tab', { name: '收藏' }).click();

      await panel.getByRole('searchbox').fill('细胞治疗');
      await expect.poll(() => savedTitles(panel)).toEqual(['加快推动细胞治疗产业创新发展']);
      await screenshot(panel, 'library-search');

      await panel.locator('.lib-item-open').first().click();
      await expect.poll(() => panel.locator('.lib mark').count()).toBeGreaterThan(0);
      await screenshot(panel, 'library-article');

      await panel.getByRole('button', { name: /返回列表/ }).click();
      await panel.locator('details.lib-export summary').click();
      const [download] = await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: /导出 JSON/ }).click(),
      ]);
      const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
        schemaVersion?: number;
        version?: number;
        articles: Array<{ title: string; article: { figures: unknown[] } }>;
      };
      expect(file.schemaVersion ?? file.version).toBeGreaterThanOrEqual(1);
      expect(file.articles).toHaveLength(10);
      expect(file.articles.find((a) => a.title === '前11个月我省进出口5121.9亿元')?.article.figures.length).toBeGreaterThan(10);
      await Promise.all([page.close(), panel.close()]);
    }
  });
});
