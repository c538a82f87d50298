import { browser } from 'wxt/browser';
import { isEpaperUrl } from '@/src/epaper/hosts';
import { libraryStore } from '@/src/library/browser-store';
import { isExtensionPage, isTrustedSender } from './senders';
import { MAX_SOURCE_LABEL, type SaveInput } from '@/src/library/types';
import { isPasteUrl } from '@/src/library/from-paste';
import { MAX_SAVE_BYTES, onMessage, sendMessage } from '@/src/messaging/protocol';

/**
 * The source of a save: none (an e-paper page's article, at an e-paper URL), or a pasted text's
 * (at its paste: key, with a short label).
 */
function sourceFits(i: Partial<SaveInput>): boolean {
  const s = i.source as unknown;
  if (s === undefined || s === null) return typeof i.url === 'string' && isEpaperUrl(i.url);
  if (typeof s !== 'object') return false;
  const { kind, label } = s as { kind?: unknown; label?: unknown };
  return kind === 'paste' && typeof label === 'string' && label.length <= MAX_SOURCE_LABEL && typeof i.url === 'string' && isPasteUrl(i.url);
}

/** A structural check of what a content script or the panel sends: messages are data, not trusted. */
export function looksLikeSaveInput(input: unknown): input is SaveInput {
  if (!input || typeof input !== 'object') return false;
  const i = input as Partial<SaveInput>;
  return (
    typeof i.url === 'string' &&
    sourceFits(i) &&
    typeof i.title === 'string' &&
    typeof i.article === 'object' &&
    i.article !== null &&
    typeof i.article.text === 'string' &&
    Array.isArray(i.article.figures) &&
    JSON.stringify(input).length <= MAX_SAVE_BYTES
  );
}

/** Saves asked for by content scripts (the in-page button), and the save shortcut. */
export function serveLibrary(): void {
  onMessage('librarySave', async ({ sender, data }) => {
    if (!isTrustedSender(sender)) {
      return { ok: false, reason: 'invalid', message: '来源不明的收藏请求，已忽略。' };
    }
    // Pasted text is saved from the panel, never from a web page's content script.
    if (data?.source && !isExtensionPage(sender)) {
      return { ok: false, reason: 'invalid', message: '来源不明的收藏请求，已忽略。' };
    }
    if (!looksLikeSaveInput(data)) return { ok: false, reason: 'invalid', message: '这篇文章的数据不完整，无法收藏。' };
    return libraryStore().save(data);
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'save-article') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined && isEpaperUrl(tab.url ?? '')) await sendMessage('pageSaveArticle', undefined, tab.id).catch(() => null);
  });
}
