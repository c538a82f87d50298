import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LAYOUT_URL, ROOT, launchWithExtension, openEpaperPage, openPanelFor, screenshot, startFixtureServer, type Session } from './harness';

let server: Server;
let port: number;

beforeAll(async () => {
  ({ server, port } = await startFixtureServer());
});
afterAll(() => void server?.close());

const fixture = (path: string) => readFile(join(ROOT, 'tests/fixtures', path), 'utf8');

/** The panel, on its 粘贴文本 tab, reached from the keyboard. */
async function pasteTab(session: Session): Promise<Page> {
  const page = await openEpaperPage(session, LAYOUT_URL);
  const panel = await openPanelFor(session, page);
  await panel.getByRole('tab', { name: '本页' }).focus();
  await panel.keyboard.press('Tab');
  await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('粘贴文本');
  await panel.keyboard.press('Enter');
  await panel.locator('#paste-text').waitFor();
  return panel;
}

describe('the 粘贴文本 box', () => {
  let session: Session;
  afterAll(async () => {
    await session?.close().catch(() => {});
  });

  it('refuses empty text, analyses a pasted article, saves it with its source, and the library shows it', async () => {
    session = await launchWithExtension(port);
    const panel = await pasteTab(session);
    await panel.getByRole('button', { name: '分析', exact: true }).click();
    await expect.poll(() => panel.getByRole('alert').innerText()).toBe('请先粘贴要分析的文本。');

    await panel.locator('#paste-text').fill(await fixture('corpus/b2/013.txt'));
    await panel.getByLabel('来源（可选）').fill('PDF 第02版');
    await panel.getByRole('button', { name: '分析', exact: true }).click();
    // One article: its facts open at once, read by the shared engine.
    await expect.poll(() => panel.locator('.facts-head h2').innerText(), { timeout: 30_000 }).toBe('我省工业经济稳中有进');
    await expect.poll(() => panel.locator('.paste-result .segmenter').innerText()).toContain('共享引擎');
    expect(await panel.locator('[role=alert]').count()).toBe(0);
    const figures = await panel.locator('table.figures').innerText();
    expect(figures).toContain('7.4%');
    expect(figures).toContain('84.6%');
    expect(await panel.locator('.facts .summary').innerText()).toContain('工业');

    await panel.locator('.facts .save-row .action').click();
    await expect.poll(() => panel.locator('.facts .save-row .action').innerText()).toContain('已收藏');
    await panel.getByRole('tab', { name: '收藏' }).click();
    await expect.poll(() => panel.locator('.lib-item .lib-title').allInnerTexts()).toEqual(['我省工业经济稳中有进']);
    expect(await panel.locator('.lib-item .lib-meta').innerText()).toBe('粘贴文本 · 来源：PDF 第02版');
    await panel.locator('.lib-item-open').click();
    await expect.poll(() => panel.locator('.lib-reader .lib-meta').innerText()).toContain('来源：PDF 第02版');
    expect(await panel.locator('.lib-reader .lib-text').innerText()).toContain('全省规模工业增加值同比增长7.4%');

    // The paste tab kept its text and result while the library was open.
    await panel.getByRole('tab', { name: '粘贴文本' }).click();
    expect(await panel.locator('.facts-head h2').innerText()).toBe('我省工业经济稳中有进');
    await panel.close();
  });

  it('splits a page’s PDF text into its articles, saves them all at once, and refuses a text over the limit', async () => {
    const panel = await pasteTab(session);
    await panel.locator('#paste-text').fill(await fixture('seed/hnrb-2024-12-12-page02.txt'));
    await panel.getByRole('button', { name: '分析', exact: true }).click();
    await expect.poll(() => panel.locator('.paste-result .list-head h2').innerText(), { timeout: 30_000 }).toBe('读出 13 篇文章');
    const titles = await panel.locator('.paste-result .article-title').allInnerTexts();
    expect(titles[0]).toBe('前11个月我省进出口5121.9亿元');
    await panel.locator('.paste-result button.article').first().click();
    await expect.poll(() => panel.locator('table.figures').innerText()).toContain('5121.9亿元');
    await panel.getByRole('button', { name: /返回列表/ }).click();
    await panel.getByRole('button', { name: '全部收藏' }).click();
    await expect.poll(() => panel.locator('.paste-result .save-status').innerText()).toBe('★ 已收藏 13');
    await panel.getByRole('tab', { name: '收藏' }).click();
    await expect.poll(() => panel.locator('.lib-count').innerText()).toContain('14');
    expect(await panel.locator('.lib-item', { hasText: '前11个月我省进出口5121.9亿元' }).locator('.lib-meta').innerText()).toBe('粘贴文本');

    await panel.getByRole('tab', { name: '粘贴文本' }).click();
    await panel.locator('#paste-text').fill('字'.repeat(400_001));
    await panel.getByRole('button', { name: '分析', exact: true }).click();
    await expect.poll(() => panel.getByRole('alert').innerText()).toBe('文本太长：400,001 字，一次最多分析 400,000 字。请分几次粘贴。');
    await panel.close();
  });
});

describe('a big paste', () => {
  it('shows that it is busy and keeps the panel responsive while 40 pages’ text is analysed', async () => {
    const session = await launchWithExtension(port);
    try {
      const panel = await pasteTab(session);
      const page = await fixture('seed/hnrb-2024-12-12-page02.txt');
      // One input event, as a paste makes (typing it would take minutes).
      const inputMs = await panel.locator('#paste-text').evaluate((el, value) => {
        const t0 = performance.now();
        (el as HTMLTextAreaElement).value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        return performance.now() - t0;
      }, Array.from({ length: 40 }, () => page).join('\n\n'));
      expect(inputMs).toBeLessThan(500);
      await panel.getByRole('button', { name: '分析', exact: true }).click();
      await expect.poll(() => panel.locator('.paste-busy').innerText()).toMatch(/^正在分析 316,\d{3} 字/);
      expect(await panel.getByRole('button', { name: '分析', exact: true }).isDisabled()).toBe(true);
      // The work is in the engine: the panel's main thread answers at once meanwhile.
      const frameMs = await panel.evaluate(() => new Promise<number>((ok) => { const t0 = performance.now(); requestAnimationFrame(() => ok(performance.now() - t0)); }));
      expect(frameMs).toBeLessThan(200);
      await expect.poll(() => panel.locator('.paste-result .list-head h2').innerText(), { timeout: 60_000 }).toBe('读出 520 篇文章');
      expect(await panel.locator('.paste-busy').count()).toBe(0);
    } finally {
      await session.close();
    }
  });
});

describe('without the shared engine', () => {
  it('analyses the pasted text in the panel’s own engine worker', async () => {
    const session = await launchWithExtension(port);
    try {
      const panel = await pasteTab(session);
      // Nothing answers the panel's messages: as if the engine could not be started.
      await panel.evaluate(() => {
        const runtime = (globalThis as unknown as { chrome: { runtime: object } }).chrome.runtime;
        Object.defineProperty(runtime, 'sendMessage', { configurable: true, value: () => Promise.reject(new Error('no engine')) });
      });
      await panel.locator('#paste-text').fill(await fixture('corpus/b2/013.txt'));
      await panel.getByRole('button', { name: '分析', exact: true }).click();
      await expect.poll(() => panel.locator('.facts-head h2').innerText(), { timeout: 45_000 }).toBe('我省工业经济稳中有进');
      expect(await panel.locator('.paste-result .segmenter').innerText()).toContain('面板内');
      expect(await panel.locator('table.figures').innerText()).toContain('7.4%');
    } finally {
      await session.close();
    }
  });
});

/** Screenshots for people to look at (test-results/), both themes. */
describe.each([
  { lang: 'zh-CN', colorScheme: 'light' as const },
  { lang: 'zh-CN', colorScheme: 'dark' as const },
  { lang: 'en-US', colorScheme: 'light' as const },
  { lang: 'en-US', colorScheme: 'dark' as const },
])('the paste tab in $lang, $colorScheme', ({ lang, colorScheme }) => {
  it('fits the narrow panel and shows the facts', async () => {
    const session = await launchWithExtension(port, undefined, { lang, colorScheme });
    try {
      const page = await openEpaperPage(session, LAYOUT_URL);
      const panel = await openPanelFor(session, page);
      await panel.setViewportSize({ width: 360, height: 900 });
      await panel.locator('#tab-paste').click();
      await screenshot(panel, `paste-empty-${lang}-${colorScheme}`);
      await panel.locator('#paste-text').fill(await fixture('corpus/b2/013.txt'));
      await panel.locator('#paste-source').fill(lang === 'en-US' ? 'PDF page 02' : 'PDF 第02版');
      await screenshot(panel, `paste-input-${lang}-${colorScheme}`);
      await panel.locator('.paste-actions button[type=submit]').click();
      await expect.poll(() => panel.locator('table.figures tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(5);
      for (const width of [320, 500]) {
        await panel.setViewportSize({ width, height: 900 });
        expect(await panel.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      }
      await panel.setViewportSize({ width: 360, height: 900 });
      // The result is brought into view below the header, its first line visible.
      await panel.locator('#paste-text').evaluate(() => scrollTo(0, 0));
      // The button is ready again once the first analysis is shown; on a loaded machine the
      // panel's scroll can keep Playwright's "stable" check from settling, so the click is forced
      // once the button is known to be enabled.
      const again = panel.locator('.paste-actions button[type=submit]');
      await expect.poll(() => again.isEnabled()).toBe(true);
      await again.click({ force: true });
      await expect.poll(() => panel.evaluate(() => scrollY)).toBeGreaterThan(0);
      await expect
        .poll(() => panel.evaluate(() => document.querySelector('.paste-result .segmenter')!.getBoundingClientRect().top - document.querySelector('.app-head')!.getBoundingClientRect().bottom))
        .toBeGreaterThanOrEqual(0);
      await screenshot(panel, `paste-facts-${lang}-${colorScheme}`);
      await panel.locator('.facts .save-row .action').click();
      await panel.locator('#tab-library').click();
      await panel.locator('.lib-item-open').click();
      await panel.locator('.lib-reader').waitFor();
      await screenshot(panel, `paste-saved-${lang}-${colorScheme}`);
    } finally {
      await session.close();
    }
  });
});
