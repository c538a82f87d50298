import type { Page } from 'playwright-core';
import { engineSnapshotSaved, launchWithExtension, type Session } from './chromium';
import { startFixtureServer } from './fixture-server';
import { browserPssMiB } from './process-memory';
import { round, spread, type Spread } from './stats';

const DAY = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12';
const ARTICLE = `${DAY}/content_1721201.htm?div=-1`;
const LAYOUT = `${DAY}/node_202.htm`;
/** The ten article pages of the offline issue, so that eight tabs show eight different pages. */
const ARTICLES = Array.from({ length: 10 }, (_, i) => `${DAY}/content_${1721201 + i}.htm?div=-1`);

/**
 * engine:  this build, the shared engine serving the pages;
 * in-page: this build with the engine made unavailable (jieba in each page, the fallback);
 * before:  an earlier build given with --baseline DIR (jieba in each page, as before the engine).
 */
export type Variant = 'engine' | 'in-page' | 'before';

export interface MemoryFigures {
  oneTabMiB: number;
  eightTabsMiB: number;
  /** (8 tabs − 1 tab) / 7: what one more e-paper tab costs the whole browser. */
  perExtraTabMiB: number;
}

export interface VariantFigures {
  variant: Variant;
  /** Content-script start → highlights on the first page of a freshly started browser. */
  freshBrowserMs: Spread;
  /** Engine only: the first page after the engine's document was closed (engine started anew). */
  coldMs: Spread | null;
  /** The first page after the browser started again on the same profile (the engine's snapshot kept). */
  restartedBrowserMs: Spread;
  /** The cold engine's start-up, by phase (wasm, read, restore or build), as the engine reports it. */
  coldPhasesMs: Record<string, Spread>;
  /** The same with the browser (and the engine) already running. */
  warmMs: Spread;
  /** Which analysis path the measured pages reported (data-xbzd-path). */
  paths: Record<string, number>;
  /** Warm loads whose content script fetched jieba's wasm (built its own jieba), of all warm loads. */
  jiebaInPage: { loads: number; of: number };
  memory: MemoryFigures;
  /** Layout page: content-script start → every article listed with its facts, and that time
   *  less the wait for the article pages to be fetched and parsed. Null for builds without it. */
  layout: { totalMs: Spread; withoutFetchMs: Spread } | null;
}

export interface BrowserFigures {
  variants: VariantFigures[];
  noExtension: MemoryFigures;
  /** The CSP fallback (service worker's segmenter), engine unavailable: start → highlights. */
  cspFallbackMs: Spread;
}

type Timings = { highlightedMs: number; path: string | null; wasmFetches: number };

async function timings(page: Page, url: string): Promise<Timings> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let wasmFetches = 0;
  cdp.on('Network.requestWillBeSent', (e) => void (e.request.url.endsWith('/jieba_rs_wasm_bg.wasm') && wasmFetches++));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.xbzdHighlightedMs !== undefined, undefined, { timeout: 60_000 });
  const t = await page.evaluate(() => ({
    highlightedMs: Number(document.documentElement.dataset.xbzdHighlightedMs),
    path: document.documentElement.dataset.xbzdPath ?? null,
  }));
  await cdp.detach();
  return { ...t, wasmFetches };
}

async function loadOnce(session: Session, url: string): Promise<Timings> {
  const page = await session.context.newPage();
  try {
    return await timings(page, url);
  } finally {
    await page.close();
  }
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

type Chrome = {
  chrome: { offscreen: { closeDocument(): Promise<void>; createDocument: unknown }; runtime: { getContexts(f: object): Promise<unknown[]> } };
};

async function closeEngine(session: Session): Promise<void> {
  await session.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as Chrome;
    if ((await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0) await chrome.offscreen.closeDocument();
  });
}

/** The engine's start-up phases, as it reports them to the service worker's ping (null from older builds). */
async function enginePhases(session: Session): Promise<Record<string, number> | null> {
  return session.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ res?: { startupPhasesMs?: Record<string, number> } }> } } }).chrome;
    const reply = await chrome.runtime.sendMessage({ id: 1, type: 'enginePing', timestamp: Date.now() });
    return reply.res?.startupPhasesMs ?? null;
  });
}

/** Waits (at most `ms`) until the engine has saved its copy of jieba. */
async function snapshotSaved(session: Session, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await pause(250)) if (await engineSnapshotSaved(session.worker)) return true;
  return false;
}

/** The engine made unavailable, as when the offscreen API fails: pages fall back to their own jieba. */
async function disableEngine(session: Session): Promise<void> {
  await closeEngine(session);
  await session.worker.evaluate(() => {
    (globalThis as unknown as Chrome).chrome.offscreen.createDocument = () => Promise.reject(new Error('bench: engine off'));
  });
}

/** Browser memory with one article tab open, then eight (each waited on until highlighted). */
async function memory(session: Session, extension: boolean): Promise<MemoryFigures> {
  const open = async (url: string) => {
    const page = await session.context.newPage();
    await page.goto(url);
    if (extension) {
      await page.waitForFunction(() => document.documentElement.dataset.xbzdHighlightedMs !== undefined, undefined, { timeout: 60_000 });
    } else await page.waitForLoadState('load');
    return page;
  };
  const settle = async (pages: Page[]) => {
    await pause(1500);
    for (const p of pages) {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.detach();
    }
    await pause(500);
    return browserPssMiB(session.userDataDir);
  };
  const pages = [await open(ARTICLES[0]!)];
  const one = await settle(pages);
  for (const url of ARTICLES.slice(1, 8)) pages.push(await open(url));
  const eight = await settle(pages);
  await Promise.all(pages.map((p) => p.close()));
  return { oneTabMiB: round(one), eightTabsMiB: round(eight), perExtraTabMiB: round((eight - one) / 7) };
}

async function measureVariant(variant: Variant, port: number, runs: number, baselineDir?: string): Promise<VariantFigures> {
  const fresh: number[] = [];
  const cold: number[] = [];
  const restarted: number[] = [];
  const coldPhases: Record<string, number[]> = {};
  const warm: number[] = [];
  let jiebaInPage = 0;
  const layoutTotal: number[] = [];
  const layoutWithoutFetch: number[] = [];
  const paths: Record<string, number> = {};
  const seen = (t: Timings) => void (paths[t.path ?? 'unknown'] = (paths[t.path ?? 'unknown'] ?? 0) + 1);
  let mem: MemoryFigures | null = null;
  const launches = 3;
  for (let l = 0; l < launches; l++) {
    const session = await launchWithExtension(port, undefined, variant === 'before' ? { extensionDir: baselineDir } : {});
    try {
      if (variant === 'in-page') await disableEngine(session);
      const first = await loadOnce(session, ARTICLE);
      seen(first);
      fresh.push(first.highlightedMs);
      if (variant !== 'in-page') {
        // An engine that saves a snapshot of its built jieba (since 2026-12) starts the next time from it.
        await snapshotSaved(session, variant === 'before' ? 0 : 15_000);
        for (let i = 0; i < Math.ceil(runs / launches); i++) {
          await closeEngine(session);
          await pause(300);
          const t = await loadOnce(session, ARTICLE);
          seen(t);
          cold.push(t.highlightedMs);
          const phases = await enginePhases(session);
          for (const [k, v] of Object.entries(phases ?? {})) (coldPhases[k] ??= []).push(v);
        }
        await loadOnce(session, ARTICLE); // the engine is running again
      }
      for (let i = 0; i < Math.ceil(runs / launches) + 1; i++) {
        const page = await session.context.newPage();
        const t = await timings(page, ARTICLE);
        seen(t);
        warm.push(t.highlightedMs);
        if (t.wasmFetches > 0) jiebaInPage++;
        await page.close();
      }
      if (variant !== 'before') {
        for (let i = 0; i < Math.ceil(runs / launches); i++) {
          const page = await session.context.newPage();
          await page.goto(LAYOUT);
          await page.waitForFunction(() => document.documentElement.dataset.xbzdAnalysedMs !== undefined, undefined, { timeout: 60_000 });
          const t = await page.evaluate(() => ({
            total: Number(document.documentElement.dataset.xbzdAnalysedMs),
            wait: Number(document.documentElement.dataset.xbzdLayoutWaitMs ?? 0),
          }));
          layoutTotal.push(t.total);
          layoutWithoutFetch.push(t.total - t.wait);
          await page.close();
        }
      }
      if (l === launches - 1) mem = await memory(session, true);
    } finally {
      await session.close({ keepProfile: true });
    }
    // The reader's next day: the browser started again on the same profile, the first e-paper tab.
    const again = await launchWithExtension(port, session.userDataDir, variant === 'before' ? { extensionDir: baselineDir } : {});
    try {
      if (variant === 'in-page') await disableEngine(again);
      const t = await loadOnce(again, ARTICLE);
      seen(t);
      restarted.push(t.highlightedMs);
    } finally {
      await again.close();
    }
  }
  return {
    variant,
    freshBrowserMs: spread(fresh),
    coldMs: cold.length ? spread(cold) : null,
    restartedBrowserMs: spread(restarted),
    coldPhasesMs: Object.fromEntries(Object.entries(coldPhases).map(([k, v]) => [k, spread(v)])),
    warmMs: spread(warm),
    paths,
    jiebaInPage: { loads: jiebaInPage, of: warm.length },
    memory: mem!,
    layout: layoutTotal.length ? { totalMs: spread(layoutTotal), withoutFetchMs: spread(layoutWithoutFetch) } : null,
  };
}

/**
 * Content-script start → highlights, cold and warm, on each analysis path; memory with one and
 * eight e-paper tabs; the layout page's time. `baselineDir`: an earlier build to compare with.
 */
export async function benchBrowser(runs: number, baselineDir?: string): Promise<BrowserFigures> {
  const { server, port } = await startFixtureServer();
  try {
    const variants: VariantFigures[] = [];
    for (const v of ['engine', 'in-page', ...(baselineDir ? ['before'] : [])] as Variant[]) {
      variants.push(await measureVariant(v, port, runs, baselineDir));
    }
    const plain = await launchWithExtension(port, undefined, { extension: false });
    let noExtension: MemoryFigures;
    try {
      noExtension = await memory(plain, false);
    } finally {
      await plain.close();
    }
    const session = await launchWithExtension(port);
    const csp: number[] = [];
    try {
      await disableEngine(session);
      for (let i = 0; i < Math.min(runs, 5); i++) csp.push((await loadOnce(session, `${ARTICLE}&xbzd-csp=strict`)).highlightedMs);
    } finally {
      await session.close();
    }
    return { variants, noExtension, cspFallbackMs: spread(csp) };
  } finally {
    server.close();
  }
}
