import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
}

/** The toolbar button (and its Alt+Shift+H command) opens the side panel / sidebar. */
export function openPanelFromToolbar(): void {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => console.error(e));
    return;
  }
  // Firefox: the toolbar button toggles the sidebar.
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  const action = browser.action ?? browser.browserAction;
  if (sidebar && action) action.onClicked.addListener(() => void sidebar.toggle());
}
