import type { Page } from 'playwright-core';
import { launchWithExtension } from './chromium';
import { startFixtureServer } from './fixture-server';
import { round, spread, type Spread } from './stats';

const ARTICLE = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm?div=-1';

export interface BrowserFigures {
  readyMs: Spread;
  highlightedMs: Spread;
  fallbackReadyMs: Spread;
  heapAddedMiB: number | null;
}

async function timings(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.xbzdHighlightedMs !== undefined, undefined, {
    timeout: 30_000,
  });
  return page.evaluate(() => ({
    readyMs: Number(document.documentElement.dataset.xbzdReadyMs),
    highlightedMs: Number(document.documentElement.dataset.xbzdHighlightedMs),
  }));
}

/** The JS heap of the page's renderer (page and content-script worlds share one V8 isolate). */
async function heapMiB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Content-script start → segmenter ready and → highlights on screen, over fresh page loads. */
export async function benchBrowser(runs: number): Promise<BrowserFigures> {
  const { server, port } = await startFixtureServer();
  try {
    const session = await launchWithExtension(port);
    const ready: number[] = [];
    const highlighted: number[] = [];
    const fallback: number[] = [];
    let withExtension = NaN;
    try {
      for (let i = 0; i < runs; i++) {
        const page = await session.context.newPage();
        const t = await timings(page, ARTICLE);
        ready.push(t.readyMs);
        highlighted.push(t.highlightedMs);
        if (i === runs - 1) withExtension = await heapMiB(page);
        await page.close();
      }
      for (let i = 0; i < Math.min(runs, 5); i++) {
        const page = await session.context.newPage();
        fallback.push((await timings(page, `${ARTICLE}&xbzd-csp=strict`)).readyMs);
        await page.close();
      }
    } finally {
      await session.close();
    }
    const plain = await launchWithExtension(port, undefined, { extension: false });
    let without = NaN;
    try {
      const page = await plain.context.newPage();
      await page.goto(ARTICLE);
      await page.waitForLoadState('load');
      without = await heapMiB(page);
    } finally {
      await plain.close();
    }
    const added = withExtension - without;
    return {
      readyMs: spread(ready),
      highlightedMs: spread(highlighted),
      fallbackReadyMs: spread(fallback),
      heapAddedMiB: Number.isFinite(added) ? round(added, 1) : null,
    };
  } finally {
    server.close();
  }
}
