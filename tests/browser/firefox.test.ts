import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxSession } from '../../scripts/lib/firefox';
import { ARTICLE_URL, LAYOUT_URL, startFixtureServer } from './harness';

const DAY = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12';
let firefox: FirefoxSession;
let closeServer: () => void;

beforeAll(async () => {
  const { server, port } = await startFixtureServer();
  closeServer = () => server.close();
  firefox = await launchFirefoxWithExtension(port);
});
afterAll(async () => {
  await firefox?.close();
  closeServer?.();
});

const dataset = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));

async function open(url: string, until: 'xbzdHighlightedMs' | 'xbzdAnalysedMs' = 'xbzdHighlightedMs'): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(url);
  await page.waitForFunction((key) => document.documentElement.dataset[key] !== undefined, { timeout: 45_000 }, until);
  return page;
}

/** Every highlight stands on the page's own text, and there are some. */
async function ownHighlights(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.getElementById('ozoom')!;
    const text = box.textContent!.replace(/\s+/g, '');
    const marks = [...box.querySelectorAll('mark.xbzd-figure, mark.xbzd-official')].map((m) => m.textContent!.replace(/\s+/g, ''));
    return marks.every((m) => text.includes(m)) ? marks.length : -1;
  });
}

describe('Firefox: the background page is the shared engine', () => {
  it('analyses an article page there and highlights its facts', async () => {
    const page = await open(ARTICLE_URL);
    expect((await dataset(page)).xbzdPath).toBe('engine');
    expect(await page.$eval('#ozoom mark.xbzd-figure', (m) => m.textContent)).toBe('5121.9亿元');
    expect(await ownHighlights(page)).toBeGreaterThan(10);
    await page.close();
  });

  it('gives two tabs analysing at once their own results', async () => {
    const urls = [`${DAY}/content_1721203.htm?div=-1`, `${DAY}/content_1721205.htm?div=-1`];
    const pages = await Promise.all(urls.map((u) => open(u)));
    for (const page of pages) {
      expect((await dataset(page)).xbzdPath).toBe('engine');
      expect(await ownHighlights(page)).toBeGreaterThan(0);
    }
    await Promise.all(pages.map((p) => p.close()));
  });

  it('analyses all articles of a layout page there', async () => {
    const page = await open(LAYOUT_URL, 'xbzdAnalysedMs');
    const d = await dataset(page);
    expect(d.xbzdPath).toBe('engine');
    expect(Number(d.xbzdAnalysedMs)).toBeGreaterThan(0);
    await page.close();
  });
});
