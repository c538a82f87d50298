import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { useSession } from './session';
import { LAYOUT_URL, launchWithExtension, openEpaperPage, openPanelFor, screenshot } from './harness';

const browser = useSession();

/** The offline issue of 2024-12-13 (scripts/build-issue-fixture.ts): 5 pages listed, page 05 missing, 23 articles. */
const ISSUE_PAGE = 'http://epaper.voc.com.cn/hnrb/html/2024-12/13/node_202.htm';
const ISSUE_FILES = '**/hnrb/html/2024-12/13/**';

const countText = (panel: Page) => panel.locator('.issue-count').innerText();

/** Delays the panel's requests for the issue and counts how many are in flight at once. */
async function slowIssue(panel: Page, ms: number) {
  const seen = { requests: [] as string[], inFlight: 0, most: 0 };
  await panel.route(ISSUE_FILES, async (route: Route) => {
    seen.requests.push(route.request().url());
    seen.inFlight++;
    seen.most = Math.max(seen.most, seen.inFlight);
    await new Promise((ok) => setTimeout(ok, ms));
    seen.inFlight--;
    await route.continue();
  });
  return seen;
}

describe('读全期: the whole issue', () => {
  it('reads the issue and shows it by page with its officials and figures (timed, no delay)', async () => {
    const page = await openEpaperPage(browser.session, ISSUE_PAGE);
    const panel = await openPanelFor(browser.session, page);
    await panel.getByRole('button', { name: '读全期' }).click();
    await expect.poll(() => panel.locator('progress').getAttribute('data-elapsed-ms'), { timeout: 60_000 }).not.toBeNull();
    const ms = Number(await panel.locator('progress').getAttribute('data-elapsed-ms'));
    console.log(`[issue] whole issue read and analysed in ${ms} ms (5 pages listed, 23 articles)`);
    expect(await countText(panel)).toMatch(/^读完 4 个版面、23 篇文章，用时 [\d.]+ 秒$/);
    await expect.poll(() => panel.locator('.issue-page').count()).toBe(5);
    await expect.poll(() => panel.locator('.issue-article .article-counts').count()).toBe(23);
    expect(await panel.locator('.issue-page[data-page="01"] .issue-article').count()).toBe(6);
    // The failed page is named.
    expect(await panel.locator('.issue-failed').innerText()).toContain('第05版 文化（HTTP 404）');
    // Officials with their titles and articles; figures grouped by kind.
    const shen = panel.locator('.issue-officials li').filter({ has: panel.locator('.official-name', { hasText: '沈晓明' }) });
    await expect.poll(() => shen.locator('.titles').innerText()).toContain('省委书记');
    expect(await shen.locator('.issue-ref').count()).toBeGreaterThanOrEqual(2);
    expect(await panel.locator('.issue-kind[data-kind="amount"] .issue-figures li').count()).toBeGreaterThan(0);
    expect(await panel.locator('.issue-kind[data-kind="growth"] .issue-figures li').count()).toBeGreaterThan(0);
    expect(await panel.locator('#issue-places ~ .chips li').count()).toBeGreaterThan(3);
    await Promise.all([page.close(), panel.close()]);
  });

  it('shows progress, at most two requests at a time, cancels, continues, names the failed page and saves the whole issue', async () => {
    const page = await openEpaperPage(browser.session, ISSUE_PAGE);
    const panel = await openPanelFor(browser.session, page);
    const seen = await slowIssue(panel, 150);
    await expect.poll(() => panel.locator('.article-counts').count(), { timeout: 30_000 }).toBe(6);
    await screenshot(panel, 'issue-button-zh-CN-light');
    // Keyboard: Enter on the button opens the view, and focus moves to its heading.
    await panel.locator('.read-issue').focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent ?? '')).toContain('本期速览');
    await expect.poll(() => countText(panel)).toMatch(/第[1-5]\/5版 · [1-9]\d*\/\d+篇/);
    await screenshot(panel, 'issue-progress-zh-CN-light');
    await panel.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => panel.locator('.issue-cancelled').count()).toBe(1);
    await screenshot(panel, 'issue-cancelled-zh-CN-light');
    expect(await panel.locator('.article-state', { hasText: '未读' }).count()).toBeGreaterThan(0);
    expect(await panel.getByRole('button', { name: '☆ 收藏全期' }).count()).toBe(0); // not before the whole issue is read
    const done = Number(/(\d+)\/\d+篇/.exec(await countText(panel))![1]);
    expect(done).toBeLessThan(23);
    const asked = seen.requests.length;
    await new Promise((ok) => setTimeout(ok, 600));
    expect(seen.requests.length).toBe(asked); // nothing more asked after the cancel

    await panel.getByRole('button', { name: '继续读取' }).click();
    await expect.poll(() => countText(panel), { timeout: 60_000 }).toMatch(/读完 4 个版面、23 篇文章/);
    expect(seen.most).toBeLessThanOrEqual(2);
    // 5 pages and 23 articles, each once, but for the two that may have been in flight at the cancel
    // and page 05, asked again because it failed.
    expect(new Set(seen.requests).size).toBe(28);
    expect(seen.requests.length).toBeLessThanOrEqual(28 + 2 + 1);
    expect(await panel.locator('.issue-failed').innerText()).toContain('第05版 文化（HTTP 404）');
    await expect.poll(() => panel.locator('.issue-article .article-counts').count()).toBe(23);
    await screenshot(panel, 'issue-view-zh-CN-light');
    await panel.locator('.issue-jump-link', { hasText: '本期领导及职务' }).click();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('issue-officials');
    await screenshot(panel, 'issue-overview-zh-CN-light');
    await panel.locator('.issue-jump-link', { hasText: '本期关键数字' }).click();
    await screenshot(panel, 'issue-figures-zh-CN-light');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.evaluate(() => scrollTo(0, 0));
    await screenshot(panel, 'issue-view-zh-CN-dark');
    await panel.locator('.issue-jump-link', { hasText: '本期领导及职务' }).click();
    await screenshot(panel, 'issue-overview-zh-CN-dark');
    await panel.locator('.issue-jump-link', { hasText: '本期关键数字' }).click();
    await screenshot(panel, 'issue-figures-zh-CN-dark');
    await panel.emulateMedia({ colorScheme: 'light' });

    // A click on an article opens it in the tab; the issue view stays.
    const first = panel.locator('.issue-page[data-page="03"] .issue-article').first();
    const href = await first.getAttribute('href');
    await first.click();
    await expect.poll(() => page.url()).toBe(href);
    expect(await panel.locator('.issue-panel').count()).toBe(1);

    // 收藏全期: every article, through the library's one writer.
    await panel.getByRole('button', { name: '☆ 收藏全期' }).click();
    await expect.poll(() => panel.locator('.issue-panel .save-status').innerText(), { timeout: 30_000 }).toContain('已收藏 23');
    await panel.getByRole('tab', { name: '收藏' }).click();
    await expect.poll(() => panel.locator('.lib-item .lib-title').count()).toBe(23);

    // The tab moves to another issue: the view stays, and offers to read that one.
    await panel.getByRole('tab', { name: '本页' }).click();
    expect(await panel.locator('.issue-other').count()).toBe(0);
    await page.goto(LAYOUT_URL);
    await expect.poll(() => panel.locator('.issue-other').innerText()).toContain('另一期（2024-12-12）');
    await Promise.all([page.close(), panel.close()]);
  });

  it('speaks English in an English browser', async () => {
    const session = await launchWithExtension(browser.port, undefined, { lang: 'en-US', colorScheme: 'dark' });
    try {
      const page = await openEpaperPage(session, ISSUE_PAGE);
      const panel = await openPanelFor(session, page);
      await panel.getByRole('button', { name: 'Read whole issue' }).click();
      await expect.poll(() => countText(panel), { timeout: 60_000 }).toMatch(/^Read 4 pages and 23 articles in [\d.]+ s$/);
      expect(await panel.locator('.issue-failed').innerText()).toContain('Page 05 文化 (HTTP 404)');
      await screenshot(panel, 'issue-view-en-US-dark');
    } finally {
      await session.close();
    }
  });
});
