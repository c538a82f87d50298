import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isEpaperUrl } from '@/src/epaper/hosts';
import type { PageState } from '@/src/messaging/page-state';
import { onMessage, sendMessage } from '@/src/messaging/protocol';

export type PanelPage =
  | { status: 'no-tab' }
  | { status: 'not-epaper'; tabId: number }
  | { status: 'unreachable'; tabId: number }
  | { status: 'page'; tabId: number; state: PageState };

async function followedTab(pinned: number | null): Promise<{ id: number; url: string | undefined } | null> {
  if (pinned !== null) {
    const tab = await browser.tabs.get(pinned).catch(() => null);
    return tab ? { id: pinned, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

const withoutHash = (url: string): string => url.split('#', 1)[0]!;

/** sidepanel.html?tab=N follows tab N instead of the active tab (the panel opened in a tab). */
export function pinnedTabFromUrl(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/**
 * Follows the reader: the state of the active tab's content script, refreshed when the reader
 * switches tabs or navigates, and pushed by the content script as its analysis progresses.
 * Without the "tabs" permission a tab's URL is only visible on the e-paper hosts, which is
 * exactly where the content script runs.
 */
export function useActivePage(pinned: number | null = null): PanelPage {
  const [page, setPage] = useState<PanelPage>({ status: 'no-tab' });

  useEffect(() => {
    let current = -1;
    let currentUrl: string | undefined;
    let cancelled = false;
    // Refreshes overlap (a navigation while the page's state is still being asked for): only the
    // latest may set the panel, or the old page's late answer would cover the new page.
    let latest = 0;

    const refresh = async () => {
      const seq = ++latest;
      const stale = () => cancelled || seq !== latest;
      const tab = await followedTab(pinned);
      if (stale()) return;
      if (!tab) return setPage({ status: 'no-tab' });
      current = tab.id;
      currentUrl = tab.url;
      if (!tab.url || !isEpaperUrl(tab.url)) return setPage({ status: 'not-epaper', tabId: tab.id });
      try {
        const state = await sendMessage('pageGetState', undefined, tab.id);
        if (!stale()) setPage({ status: 'page', tabId: tab.id, state });
      } catch {
        // The content script is not there yet (page still loading) or was never injected.
        if (!stale()) setPage({ status: 'unreachable', tabId: tab.id });
      }
    };

    const removePush = onMessage('pageStateChanged', ({ data, sender }) => {
      // Only from the page the tab shows now, not a late word from the page it left.
      if (sender.tab?.id !== current || (sender.url && currentUrl && withoutHash(sender.url) !== withoutHash(currentUrl))) return;
      setPage({ status: 'page', tabId: current, state: data });
    });
    const onActivated = () => void (pinned === null && refresh());
    const onUpdated = (tabId: number, change: { status?: string; url?: string }) => {
      if (tabId === current && (change.url || change.status === 'complete')) void refresh();
    };
    const onFocus = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.windows?.onFocusChanged.addListener(onFocus);
    void refresh();
    return () => {
      cancelled = true;
      removePush();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows?.onFocusChanged.removeListener(onFocus);
    };
  }, [pinned]);

  return page;
}
