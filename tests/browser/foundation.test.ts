import { describe, expect, it } from 'vitest';
import { useSession } from './session';
import {
  ARTICLE_URL,
  LAYOUT_URL,
  OTHER_HOST,
  openEpaperPage,
  openPanelFor,
  openRealSidePanel,
  screenshot,
} from './harness';

const browser = useSession();

describe('the extension on the offline issue', () => {
  it('recognises the layout page and lists its ten articles in the panel', async () => {
    const page = await openEpaperPage(browser.session, LAYOUT_URL);
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => panel.locator('button.article').count(), { timeout: 30_000 }).toBe(10);
    await expect.poll(() => panel.locator('.page-label').innerText()).toContain('第02版');
    await expect.poll(() => panel.locator('.page-label').innerText()).toContain('要闻');
    await expect.poll(() => panel.locator('.page-label').innerText()).toContain('2024-12-12');
    await expect.poll(() => panel.locator('.page-label').innerText()).toMatch(/共享引擎.*?[1-9]\d* 词/);
    // The previous issue comes from the month's period.xml; there is no next one offline.
    await expect.poll(() => panel.locator('.issue-link').first().getAttribute('href')).toMatch(/2024-12\/11\/node_201\.htm$/);
    expect(await panel.locator('.issue-link').count()).toBe(1);
    const titles = await panel.locator('.article-title').allInnerTexts();
    expect(titles[0]).toBe('前11个月我省进出口5121.9亿元');
    await screenshot(panel, 'panel-layout');
    await page.close();
    await panel.close();
  });

  it('segments and analyses an article page, and shows it in the panel opened in a tab', async () => {
    const page = await openEpaperPage(browser.session, ARTICLE_URL);
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => panel.locator('.facts-head h2').innerText(), { timeout: 30_000 }).toBe('前11个月我省进出口5121.9亿元');
    await expect.poll(() => panel.locator('.page-label').innerText()).toMatch(/共享引擎.*?[1-9]\d* 词/);
    await expect.poll(() => panel.locator('table.figures tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await page.close();
    await panel.close();
  });

  it('shows the article in the real side panel, opened from the toolbar action', async () => {
    const page = await openEpaperPage(browser.session, ARTICLE_URL);
    const panel = await openRealSidePanel(browser.session, page);
    await expect.poll(() => panel.innerText('.facts-head h2'), { timeout: 30_000 }).toBe('前11个月我省进出口5121.9亿元');
    await panel.close();
    await page.close();
  });

  it('analyses a page whose CSP forbids WebAssembly in the shared engine', async () => {
    const url = `${ARTICLE_URL}&xbzd-csp=strict`;
    const page = await openEpaperPage(browser.session, url);
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => panel.locator('.page-label').innerText(), { timeout: 30_000 }).toMatch(/共享引擎.*?[1-9]\d* 词/);
    await expect.poll(() => panel.locator('table.figures tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(5);
    await page.close();
    await panel.close();
  });

  it('says clearly when an e-paper address is not a page it can read', async () => {
    const page = await openEpaperPage(browser.session, 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/node_209.htm');
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => panel.locator('.problem p').innerText()).toMatch(/不是|无法|没有/);
    await page.close();
    await panel.close();
  });

  it('does nothing on another site, and the panel says so', async () => {
    const page = await openEpaperPage(browser.session, ARTICLE_URL);
    const panel = await openPanelFor(browser.session, page); // follows this tab as it leaves the e-paper
    await page.goto(`http://${OTHER_HOST}/hnrb/html/2024-12/12/content_1721201.htm`);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.documentElement.dataset.xbzdStatus ?? null)).toBeNull();
    expect(await page.locator('mark').count()).toBe(0);
    await expect.poll(() => panel.locator('.empty h2').innerText()).toBe('这里不是湖南日报电子版');
    await page.close();
    await panel.close();
  });
});
