import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { hostResolverRules } from './fixture-server';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** false: the same browser without the extension (a baseline). */
  extension?: boolean;
  /** The browser's UI language, zh-CN unless given (the panel speaks Chinese unless it is English). */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** Another build of the extension (the benchmark compares an earlier one); ours unless given. */
  extensionDir?: string;
}

/** Chromium with the built extension, the e-paper hosts mapped to the fixture server. */
export async function launchWithExtension(port: number, userDataDir?: string, opts: LaunchOptions = {}): Promise<Session> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error('Build the extension first: npx wxt build');
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'xbzd-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.lang ?? 'zh-CN',
    // Headless Chromium takes its UI language (browser.i18n.getUILanguage) from the environment.
    env: { ...process.env, LANGUAGE: (opts.lang ?? 'zh-CN').replace('-', '_'), LC_ALL: `${(opts.lang ?? 'zh-CN').replace('-', '_')}.UTF-8`, LANG: `${(opts.lang ?? 'zh-CN').replace('-', '_')}.UTF-8` },
    args: [
      `--lang=${opts.lang ?? 'zh-CN'}`,
      ...(opts.extension === false ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
      `--host-resolver-rules=${hostResolverRules(port)}`,
      '--enable-unsafe-extension-debugging',
      // A second, CDP-over-port connection gives a browser-level session (Extensions.triggerAction).
      '--remote-debugging-port=0',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker =
    opts.extension === false
      ? (null as unknown as Worker)
      : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 })));
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    worker,
    userDataDir: dir,
    async close(opts) {
      await context.close();
      if (!opts?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}


/**
 * Whether the engine has saved its copy of jieba (src/engine/snapshot-store.ts): in the
 * origin-private file system, or else in IndexedDB. Asked in the extension's service worker.
 */
export function engineSnapshotSaved(worker: Worker): Promise<boolean> {
  return worker.evaluate(async () => {
    try {
      const dir = await navigator.storage.getDirectory();
      await dir.getFileHandle('jieba-snapshot.json');
      return true;
    } catch {
      // not there: look in IndexedDB
    }
    return new Promise<boolean>((resolve) => {
      const open = indexedDB.open('xbzd-engine');
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('jieba')) return db.close(), resolve(false);
        const count = db.transaction('jieba').objectStore('jieba').count('snapshot');
        count.onsuccess = () => (db.close(), resolve(count.result > 0));
        count.onerror = () => (db.close(), resolve(false));
      };
    });
  });
}
