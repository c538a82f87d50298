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
} from './harness';

let server: Server;
let port: number;

beforeAll(async () => {
  ({ server, port } = await startFixtureServer());
});
afterAll(() => void server?.close());

/** Screenshots for people to look at, in both themes and both languages (test-results/). */
describe.each([
  { lang: 'zh-CN', colorScheme: 'light' as const, heading: '本版文章' },
  { lang: 'zh-CN', colorScheme: 'dark' as const, heading: '本版文章' },
  { lang: 'en-US', colorScheme: 'light' as const, heading: 'Articles on this page' },
  { lang: 'en-US', colorScheme: 'dark' as const, heading: 'Articles on this page' },
])('the panel in $lang, $colorScheme', ({ lang, colorScheme, heading }) => {
  it('speaks the browser’s language and follows the system theme', async () => {
    const session = await launchWithExtension(port, undefined, { lang, colorScheme });
    try {
      const page = await openEpaperPage(session, LAYOUT_URL);
      const panel = await openPanelFor(session, page);
      await expect.poll(() => panel.locator('.list-head h2').innerText(), { timeout: 30_000 }).toBe(heading);
      await expect.poll(() => panel.locator('.article-counts').count(), { timeout: 30_000 }).toBe(10);
      const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      if (colorScheme === 'dark') expect(r! + g! + b!).toBeLessThan(200);
      else expect(r! + g! + b!).toBeGreaterThan(600);
      await screenshot(panel, `panel-list-${lang}-${colorScheme}`);
      for (const width of [320, 500]) {
        await panel.setViewportSize({ width, height: 900 });
        const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      await panel.setViewportSize({ width: 360, height: 900 });
      await panel.locator('button.article').first().click();
      await expect.poll(() => panel.locator('table.figures tbody tr').count()).toBeGreaterThan(10);
      await screenshot(panel, `panel-facts-${lang}-${colorScheme}`);
      const article = await openEpaperPage(session, ARTICLE_URL);
      await article.waitForFunction(() => document.documentElement.dataset.xbzdHighlightedMs !== undefined);
      const articleShot = await screenshot(article, `article-${lang}-${colorScheme}`);
      if (lang === 'zh-CN' && colorScheme === 'light') {
        // The README's picture: the panel beside the annotated page, as a reader sees them.
        await panel.setViewportSize({ width: 380, height: 900 });
        await panel.evaluate(() => scrollTo(0, 0));
        const panelShot = await screenshot(panel, 'panel-beside');
        const data = async (path: string) => `data:image/png;base64,${(await readFile(path)).toString('base64')}`;
        const sheet = await session.context.newPage();
        await sheet.setViewportSize({ width: 1280 + 380, height: 900 });
        await sheet.setContent(
          `<body style="margin:0;display:flex;background:#ddd"><img src="${await data(articleShot)}" width="1280" height="900">` +
            `<img src="${await data(panelShot)}" width="380" height="900" style="border-left:1px solid #bbb"></body>`,
        );
        await screenshot(sheet, 'readme-screenshot');
        await sheet.close();
      }
    } finally {
      await session.close();
    }
  });
});
