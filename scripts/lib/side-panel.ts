import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession } from 'playwright-core';

/** The real side panel: not a tab, so Playwright has no Page for it; we talk CDP to its target. */
export interface SidePanelHandle {
  evaluate<T>(expression: string): Promise<T>;
  /** The visible text of the first element matching `selector` ('' when there is none). */
  innerText(selector: string): Promise<string>;
  close(): Promise<void>;
}

type TargetInfo = { targetId: string; url: string; type: string };

async function targets(cdp: CDPSession, filter?: object[]): Promise<TargetInfo[]> {
  const reply = (await cdp.send('Target.getTargets' as never, (filter ? { filter } : {}) as never)) as {
    targetInfos: TargetInfo[];
  };
  return reply.targetInfos;
}

/**
 * Opens the real side panel on a tab, as a click on the toolbar button would: CDP
 * Extensions.triggerAction on the tab target. Needs Chromium started with
 * --enable-unsafe-extension-debugging and --remote-debugging-port=0 (a browser-level session
 * beside Playwright's own pipe).
 */
export async function openRealSidePanel(userDataDir: string, extensionId: string, tabUrl: string): Promise<SidePanelHandle> {
  const port = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await browser.newBrowserCDPSession();
  const tab = (await targets(cdp, [{ type: 'tab' }])).find((t) => t.url === tabUrl);
  if (!tab) throw new Error(`no tab target for ${tabUrl}`);
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
  let panel: TargetInfo | undefined;
  for (let i = 0; i < 50 && !panel; i++) {
    panel = (await targets(cdp)).find((t) => t.type === 'page' && t.url.startsWith(panelUrl));
    if (!panel) await new Promise((r) => setTimeout(r, 100));
  }
  if (!panel) throw new Error('the side panel did not open');

  // A non-flat session: commands go through Target.sendMessageToTarget, replies come as events.
  const { sessionId } = (await cdp.send('Target.attachToTarget' as never, { targetId: panel.targetId, flatten: false } as never)) as {
    sessionId: string;
  };
  type Reply = { id?: number; result?: { result?: { value?: unknown } }; error?: unknown };
  let nextId = 1;
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, ((event: { message: string }) => {
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  }) as never);
  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = nextId++;
    const reply = new Promise<Reply>((ok) => waiting.set(id, ok));
    const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } });
    await cdp.send('Target.sendMessageToTarget' as never, { sessionId, message } as never);
    const { result, error } = await reply;
    if (error) throw new Error(JSON.stringify(error));
    return result?.result?.value as T;
  };
  return {
    evaluate,
    innerText: (selector) =>
      evaluate<string>(`document.querySelector(${JSON.stringify(selector)})?.innerText ?? ''`),
    close: () => browser.close(),
  };
}
