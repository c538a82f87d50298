import { browser } from 'wxt/browser';
import { EPAPER_HOSTS, isEpaperUrl } from '@/src/epaper/hosts';
import { onMessage, sendMessage } from '@/src/messaging/protocol';
import { isTrustedSender } from './senders';

/** The offscreen document that holds the engine (entrypoints/offscreen/index.html). */
const ENGINE_PATH = '/offscreen.html';
/** A live engine's document answers a ping at once (the work runs in its worker). */
const PING_TIMEOUT_MS = 3_000;
/** After the last e-paper tab closes, the engine stays this long for a reader who comes back. */
const CLOSE_GRACE_MS = 15_000;

interface OffscreenApi {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
interface ContextsApi {
  getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
}
const chromeApi = () =>
  (globalThis as unknown as { chrome: { offscreen?: OffscreenApi; runtime: ContextsApi } }).chrome;

const engineUrl = () => browser.runtime.getURL(ENGINE_PATH as '/offscreen.html');
const EPAPER_MATCHES = EPAPER_HOSTS.map((h) => `*://${h}/*`);

async function engineExists(): Promise<boolean> {
  const contexts = await chromeApi().runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [engineUrl()] });
  return contexts.length > 0;
}

async function pingEngine(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((ok) => (timer = setTimeout(() => ok(false), PING_TIMEOUT_MS)));
  const ping = sendMessage('enginePing').then(
    () => true,
    () => false,
  );
  const alive = await Promise.race([ping, timeout]);
  clearTimeout(timer);
  return alive;
}

async function createEngine(): Promise<void> {
  try {
    await chromeApi().offscreen!.createDocument({
      url: engineUrl(),
      reasons: ['WORKERS'],
      justification: 'One shared word segmenter (WebAssembly) and analyser for all e-paper tabs',
    });
  } catch (error) {
    // Another start (from an earlier life of this service worker) may have won the race.
    if (!(await engineExists())) throw error;
  }
}

let starting: Promise<void> | null = null;

/**
 * Makes sure the engine runs and answers: created when missing; closed and created anew when
 * its document exists but does not answer the ping (the document's main thread only forwards
 * work to its worker, so it answers at once unless something is badly wrong). A hung or dead
 * worker is the document's own business (src/engine/service.ts). One start at a time.
 */
export function ensureEngine(): Promise<void> {
  starting ??= (async () => {
    if (await engineExists()) {
      if (await pingEngine()) return;
      await chromeApi().offscreen!.closeDocument().catch(() => {});
    }
    await createEngine();
  })().finally(() => (starting = null));
  return starting;
}

async function closeWhenNoEpaperTabs(): Promise<void> {
  const open = await browser.tabs.query({ url: EPAPER_MATCHES });
  if (open.length > 0 || !(await engineExists())) return;
  await chromeApi().offscreen!.closeDocument().catch(() => {});
}

/**
 * Chrome: the background starts the engine (an offscreen document, reason WORKERS) when a
 * content script asks, and closes it once no e-paper tab is left. The document lives apart from
 * the service worker, which may sleep after 30 s idle without taking the engine with it.
 */
export function hostEngine(): void {
  if (!chromeApi().offscreen) {
    // Firefox: the engine runs in the background page itself (serveEngine), always there.
    onMessage('engineStart', ({ sender }) => {
      if (!isTrustedSender(sender)) throw new Error('untrusted sender');
      return { available: true };
    });
    return;
  }
  onMessage('engineStart', async ({ sender }) => {
    if (!isTrustedSender(sender)) throw new Error('untrusted sender');
    await ensureEngine();
    return { available: true };
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void closeWhenNoEpaperTabs().catch(() => {}), CLOSE_GRACE_MS);
  };
  browser.tabs.onRemoved.addListener(later);
  browser.tabs.onUpdated.addListener((_id, change, tab) => {
    if (change.status !== 'loading') return;
    // An e-paper page starts loading: start the engine now, before its content script asks.
    if (tab.url && isEpaperUrl(tab.url)) void ensureEngine().catch(() => {});
    else later(); // a tab may have left the e-paper
  });
}
