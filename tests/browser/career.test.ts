import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTICLE_URL, ROOT, launchWithExtension, openEpaperPage, openPanelFor, screenshot, startFixtureServer, type Session } from './harness';

/** 13 real articles, 2013–2026, whose officials change posts (scripts/build-career-fixture.ts). */
const FIXTURE = join(ROOT, 'tests/fixtures/library/career.json');

let server: Server;
let port: number;
let session: Session;
let panel: Page;

beforeAll(async () => {
  ({ server, port } = await startFixtureServer());
  session = await launchWithExtension(port);
});
afterAll(async () => {
  await session?.close().catch(() => {});
  server?.close();
});

const person = (name: string) => panel.locator('li.lib-person').filter({ has: panel.locator('summary .lib-mark', { hasText: new RegExp(`^${name}$`) }) });
const stopsOf = (name: string) => person(name).locator('.lib-career-stop');

describe('人物履历 in the library', () => {
  it('imports a library of real articles and lists the officials with their latest titles', async () => {
    const page = await openEpaperPage(session, ARTICLE_URL);
    panel = await openPanelFor(session, page);
    await panel.setViewportSize({ width: 380, height: 900 });
    await panel.getByRole('tab', { name: '收藏' }).click();
    await panel.locator('details.lib-export summary').click();
    await panel.getByLabel('导入 JSON').setInputFiles(FIXTURE);
    await expect.poll(() => panel.locator('.lib-status').innerText()).toContain('新增 13 篇');
    await panel.getByRole('tab', { name: '人物' }).click();
    await expect.poll(() => person('杜家毫').locator('summary').innerText()).toContain('省委书记、省人大常委会主任');
    await expect.poll(() => person('毛伟明').locator('.lib-person-latest').innerText()).toBe('省委副书记、省长');
  });

  it('shows a timeline with 新任 and 不再署 where the titles change', async () => {
    await panel.getByRole('searchbox', { name: '按姓名筛选' }).fill('杜家毫');
    await person('杜家毫').locator('summary').click();
    await expect.poll(() => stopsOf('杜家毫').locator('time').allInnerTexts()).toEqual(['2013-10-27', '2016-12-05', '2018-03-10', '2020-01-17']);
    const change = stopsOf('杜家毫').nth(1);
    expect(await change.locator('.lib-career-titles').innerText()).toBe('湖南省委书记');
    expect(await change.locator('.lib-change-new').allInnerTexts()).toEqual(['新任 湖南省委书记']);
    expect(await change.locator('.lib-change-gone').allInnerTexts()).toEqual(['不再署 湖南省委副书记 末见 2013-10-27', '不再署 省长 末见 2013-10-27']);
    // A role (代表) is not a post: the 2018 stop shows the title and marks nothing.
    expect(await stopsOf('杜家毫').nth(2).locator('.lib-change').count()).toBe(0);
    expect(await stopsOf('杜家毫').nth(3).locator('.lib-change-new').allInnerTexts()).toEqual(['新任 省人大常委会主任']);
    await screenshot(panel, 'career-light');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await screenshot(panel, 'career-dark');
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('follows an official across a move to another body (杨浩东)', async () => {
    await panel.getByRole('searchbox', { name: '按姓名筛选' }).fill('杨浩东');
    await person('杨浩东').locator('summary').click();
    await expect.poll(() => stopsOf('杨浩东').count()).toBe(2);
    expect(await stopsOf('杨浩东').nth(1).locator('.lib-change-gone').allInnerTexts()).toEqual(['不再署 省委常委 末见 2022-01-14', '不再署 省委宣传部部长 末见 2022-01-14']);
    await screenshot(panel, 'career-move-light');
  });

  it('opens the article of a stop from the keyboard, and comes back', async () => {
    await panel.getByRole('searchbox', { name: '按姓名筛选' }).fill('杜家毫');
    // The entry folded again when the filter hid it: open it with Enter on its summary.
    await person('杜家毫').locator('summary').focus();
    await panel.keyboard.press('Enter');
    const link = stopsOf('杜家毫').nth(1).locator('button.lib-link');
    await expect.poll(() => link.isVisible()).toBe(true);
    await link.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('#lib-reader-title').innerText()).toBe('省十二届人大六次会议胜利闭幕');
    await expect.poll(() => panel.locator('.lib-text').innerText()).toContain('杜家毫');
    await panel.getByRole('button', { name: /返回列表/ }).click();
    await expect.poll(() => panel.getByRole('searchbox', { name: '按姓名筛选' }).count()).toBe(1);
  });
});

describe('人物履历 in English, dark', () => {
  it('labels the changes in English and follows the dark theme', async () => {
    const en = await launchWithExtension(port, undefined, { lang: 'en-US', colorScheme: 'dark' });
    try {
      const page = await openEpaperPage(en, ARTICLE_URL);
      const p = await openPanelFor(en, page);
      await p.setViewportSize({ width: 380, height: 900 });
      await p.getByRole('tab', { name: 'Saved' }).click();
      await p.locator('details.lib-export summary').click();
      await p.getByLabel('Import JSON').setInputFiles(FIXTURE);
      await expect.poll(() => p.locator('.lib-status').innerText()).toContain('13 new');
      await p.getByRole('tab', { name: 'People' }).click();
      await p.getByRole('searchbox', { name: 'Filter by name' }).fill('许达哲');
      await p.locator('li.lib-person summary').first().click();
      await expect.poll(() => p.locator('.lib-change-new').allInnerTexts()).toEqual(['New 省委副书记']);
      expect(await p.locator('.lib-career-head').innerText()).toBe('Career');
      await screenshot(p, 'career-en-dark');
    } finally {
      await en.close();
    }
  });
});
