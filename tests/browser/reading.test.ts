import { describe, expect, it } from 'vitest';
import { useSession } from './session';
import type { Page } from 'playwright-core';
import {
  ARTICLE_URL,
  LAYOUT_URL,
  openEpaperPage,
  OTHER_HOST,
  openPanelFor,
  openRealSidePanel,
  screenshot,
} from './harness';

const browser = useSession();

const marks = (page: Page, kind: 'figure' | 'official') => page.locator(`#ozoom mark.xbzd-${kind}`);
const ozoomText = (page: Page) => page.locator('#ozoom').evaluate((el) => el.textContent?.replace(/\s+/g, '') ?? '');

describe('reading an article with the panel open', () => {
  it('highlights figures in the article without changing its text', async () => {
    const page = await browser.session.context.newPage();
    await page.goto(ARTICLE_URL);
    const before = await ozoomText(page);
    await page.waitForFunction(() => document.documentElement.dataset.xbzdHighlightedMs !== undefined);
    await expect.poll(() => marks(page, 'figure').count()).toBeGreaterThan(10);
    expect(await ozoomText(page)).toBe(before);
    expect(await marks(page, 'figure').first().innerText()).toBe('5121.9亿元');
    await screenshot(page, 'article-highlights');
    await page.close();
  });

  it('shows a card for a highlighted figure on keyboard focus', async () => {
    const page = await openEpaperPage(browser.session, ARTICLE_URL);
    await expect.poll(() => marks(page, 'figure').count()).toBeGreaterThan(0);
    await marks(page, 'figure').first().focus();
    const card = page.locator('#xbzd-highlight-ui');
    await expect.poll(() => card.evaluate((host) => host.shadowRoot?.textContent ?? '')).toContain('512,190,000,000');
    await screenshot(page, 'article-card');
    await page.close();
  });

  it('a click on a figure in the panel scrolls the page to it and flashes it', async () => {
    const page = await openEpaperPage(browser.session, ARTICLE_URL);
    await page.setViewportSize({ width: 1000, height: 300 });
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => panel.locator('table.figures tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(10);
    const last = panel.locator('table.figures tbody tr').last();
    const text = await last.locator('.fact-link').innerText();
    await last.locator('.fact-link').click();
    const target = page.locator('#ozoom mark.xbzd-figure', { hasText: text.replace(/^[约近超逾]/, '') }).first();
    await expect.poll(() => target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    })).toBe(true);
    await expect.poll(() => page.locator('#ozoom mark.xbzd-flash').count()).toBeGreaterThan(0);
    await page.close();
    await panel.close();
  });

  it('the highlight switch turns highlights off and on, and is remembered', async () => {
    const page = await openEpaperPage(browser.session, ARTICLE_URL);
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => marks(page, 'figure').count()).toBeGreaterThan(0);
    const toggle = panel.getByRole('switch');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => marks(page, 'figure').count()).toBe(0);
    const reloaded = await openEpaperPage(browser.session, ARTICLE_URL);
    await reloaded.waitForFunction(() => document.documentElement.dataset.xbzdHighlightedMs !== undefined);
    expect(await marks(reloaded, 'figure').count()).toBe(0);
    await toggle.click();
    await expect.poll(() => marks(page, 'figure').count()).toBeGreaterThan(0);
    await expect.poll(() => marks(reloaded, 'figure').count()).toBeGreaterThan(0);
    await Promise.all([page.close(), reloaded.close(), panel.close()]);
  });

  it('highlights survive the page’s 放大/缩小 zoom buttons', async () => {
    const page = await openEpaperPage(browser.session, ARTICLE_URL);
    await expect.poll(() => marks(page, 'figure').count()).toBeGreaterThan(0);
    const count = await marks(page, 'figure').count();
    await page.getByText('放大', { exact: true }).click();
    await expect.poll(() => page.locator('#ozoom').evaluate((el) => (el as HTMLElement).style.fontSize)).toBe('16px');
    expect(await marks(page, 'figure').count()).toBe(count);
    // A zoom that rewrites the body, as some Founder templates do.
    await page.evaluate(() => {
      const box = document.getElementById('ozoom')!;
      box.innerHTML = box.innerHTML.replace(/<mark[^>]*>|<\/mark>/g, '');
    });
    await expect.poll(() => marks(page, 'figure').count()).toBe(count);
    await page.getByText('缩小', { exact: true }).click();
    expect(await marks(page, 'figure').count()).toBe(count);
    await page.close();
  });
});

describe('the panel on a layout page', () => {
  it('lists the articles with summaries and counts; a click shows an article’s facts', async () => {
    const page = await openEpaperPage(browser.session, LAYOUT_URL);
    const panel = await openPanelFor(browser.session, page);
    const first = panel.locator('button.article').first();
    await expect.poll(() => first.locator('.article-counts').count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => first.locator('.article-summary').innerText()).not.toBe('');
    await first.hover();
    await expect.poll(() => page.locator('#xbzd-outline').count()).toBe(1);
    await first.click();
    await expect.poll(() => panel.locator('.facts-head h2').innerText()).toBe('前11个月我省进出口5121.9亿元');
    await screenshot(panel, 'panel-facts');
    await panel.getByRole('button', { name: /返回本版/ }).click();
    await expect.poll(() => panel.locator('button.article').count()).toBe(10);
    await Promise.all([page.close(), panel.close()]);
  });

  it('arrow keys move through the articles and Enter opens one', async () => {
    const page = await openEpaperPage(browser.session, LAYOUT_URL);
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => panel.locator('button.article').count()).toBe(10);
    await panel.locator('button.article').first().focus();
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.facts-head h2').innerText()).toBe('消费挖潜 投资增效');
    await Promise.all([page.close(), panel.close()]);
  });

  it('a fact clicked from the layout page opens the article page first, then scrolls to it', async () => {
    const page = await openEpaperPage(browser.session, LAYOUT_URL);
    const panel = await openPanelFor(browser.session, page);
    await expect.poll(() => panel.locator('.article-counts').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await panel.locator('button.article').first().click();
    await panel.locator('table.figures .fact-link').first().click();
    await page.waitForURL(/content_1721201/);
    await expect.poll(() => page.locator('#ozoom mark.xbzd-flash').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await Promise.all([page.close(), panel.close()]);
  });
});

describe('the panel follows the reader', () => {
  it('switching tabs and navigating update the real side panel', async () => {
    const layout = await openEpaperPage(browser.session, LAYOUT_URL);
    const article = await openEpaperPage(browser.session, ARTICLE_URL);
    const panel = await openRealSidePanel(browser.session, article);
    const articleCount = () => panel.evaluate<number>("document.querySelectorAll('button.article').length");
    await expect.poll(() => panel.innerText('.facts-head h2'), { timeout: 30_000 }).toBe('前11个月我省进出口5121.9亿元');
    await layout.bringToFront();
    await expect.poll(articleCount, { timeout: 30_000 }).toBe(10);
    await layout.goto(`http://${OTHER_HOST}/`);
    await expect.poll(() => panel.innerText('.empty h2')).toBe('这里不是湖南日报电子版');
    await article.bringToFront();
    await expect.poll(() => panel.innerText('.facts-head h2')).toBe('前11个月我省进出口5121.9亿元');
    await panel.close();
    await Promise.all([article.close(), layout.close()]);
  });
});
