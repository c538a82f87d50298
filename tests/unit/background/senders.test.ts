import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { isExtensionPage, isTrustedSender } from '@/src/background/senders';
import { looksLikeSaveInput } from '@/src/background/save-service';
import { pinnedTabFromUrl } from '@/src/ui/panel/use-active-page';

beforeEach(() => fakeBrowser.reset());

describe('messages are not trusted by default', () => {
  const id = () => browser.runtime.id;

  it('accepts our side panel and our content scripts on e-paper pages', () => {
    expect(isTrustedSender({ id: id(), url: browser.runtime.getURL('/sidepanel.html') })).toBe(true);
    expect(isTrustedSender({ id: id(), tab: { url: 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm' } })).toBe(true);
    expect(isTrustedSender({ id: id(), tab: { url: 'http://hnrb.voc.com.cn/hnrb_epaper/html/2022-03/29/node_201.htm' } })).toBe(true);
  });

  it('refuses other extensions, other sites and look-alike hosts', () => {
    expect(isTrustedSender({ id: 'someone-else', url: browser.runtime.getURL('/sidepanel.html') })).toBe(false);
    expect(isTrustedSender({ id: id(), tab: { url: 'https://news.example.com/' } })).toBe(false);
    expect(isTrustedSender({ id: id(), tab: { url: 'https://epaper.voc.com.cn.evil.test/hnrb/' } })).toBe(false);
    expect(isTrustedSender({ id: id() })).toBe(false);
  });
});

describe('pasted text is taken only from the extension’s own pages', () => {
  const id = () => browser.runtime.id;

  it('accepts the side panel, in its place or opened in a tab', () => {
    expect(isExtensionPage({ id: id(), url: browser.runtime.getURL('/sidepanel.html') })).toBe(true);
    expect(isExtensionPage({ id: id(), url: browser.runtime.getURL('/sidepanel.html?tab=3'), tab: { url: browser.runtime.getURL('/sidepanel.html?tab=3') } })).toBe(true);
  });

  it('refuses our content scripts, even on e-paper pages, and other extensions', () => {
    const epaper = 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm';
    expect(isExtensionPage({ id: id(), url: epaper, tab: { url: epaper } })).toBe(false);
    expect(isExtensionPage({ id: id(), tab: { url: epaper } })).toBe(false);
    expect(isExtensionPage({ id: 'someone-else', url: browser.runtime.getURL('/sidepanel.html') })).toBe(false);
    expect(isExtensionPage({ id: id() })).toBe(false);
  });
});

describe('a save request is checked before it is stored', () => {
  const article = { id: 'content_1', title: 't', text: '正文', figures: [] };
  const good = { url: 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1.htm', title: 't', article };

  it('takes a well-formed article from the e-paper', () => {
    expect(looksLikeSaveInput(good)).toBe(true);
  });

  it('refuses other URLs, missing text, and oversized payloads', () => {
    expect(looksLikeSaveInput({ ...good, url: 'https://evil.test/x' })).toBe(false);
    expect(looksLikeSaveInput({ ...good, article: { ...article, text: 42 } })).toBe(false);
    expect(looksLikeSaveInput(null)).toBe(false);
    expect(looksLikeSaveInput({ ...good, article: { ...article, text: 'x'.repeat(3_000_000) } })).toBe(false);
  });
});

describe('the panel opened in a tab', () => {
  it('follows the tab named in its address, and only a numeric one', () => {
    expect(pinnedTabFromUrl('?tab=42')).toBe(42);
    expect(pinnedTabFromUrl('')).toBeNull();
    expect(pinnedTabFromUrl('?tab=4x2')).toBeNull();
  });
});
