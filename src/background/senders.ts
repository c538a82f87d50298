import { browser } from 'wxt/browser';
import { isEpaperUrl } from '@/src/epaper/hosts';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/**
 * Messages are data, not trusted: act only on our own extension's pages (the side panel, even
 * opened in a tab) and on our content scripts running on e-paper pages.
 */
export function isTrustedSender(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return true;
  return isEpaperUrl(sender.tab?.url ?? sender.url ?? '');
}

/**
 * Only the extension's own pages (the side panel, in its place or opened in a tab; the engine's
 * document): never a content script, whatever page it runs on. Pasted text is asked for so.
 */
export function isExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  return !!sender.url?.startsWith(browser.runtime.getURL('/'));
}
