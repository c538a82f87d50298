import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { analyzeText } from '@/src/analysis/analyze';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import type { AnalyzedArticle } from '@/src/analysis/types';
import { looksLikeSaveInput } from '@/src/background/save-service';
import { articleMarkdown, exportJson, EXPORT_FORMAT, parseLibraryJson } from '@/src/library/export';
import { cleanSourceLabel, isPasteUrl, pasteKey, savedFromPaste } from '@/src/library/from-paste';
import { savedFromAnalysis } from '@/src/library/from-analysis';
import { importLibraryJson } from '@/src/library/import-file';
import { MAX_SOURCE_LABEL } from '@/src/library/types';
import { fakeStore } from './helpers';

beforeEach(() => fakeBrowser.reset());

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus/b2');
let cached: AnalyzedArticle[] | null = null;
/** Two real articles, analysed from pasted text the way the panel's box does. */
async function pasted(): Promise<AnalyzedArticle[]> {
  if (cached) return cached;
  const seg = nodeSegmenter();
  const out: AnalyzedArticle[] = [];
  for (const file of ['013.txt', '014.txt']) out.push(...(await analyzeText(readFileSync(join(CORPUS, file), 'utf8'), seg)).articles);
  return (cached = out);
}

describe('an article analysed from pasted text is saved with its source', () => {
  it('is keyed by its text, with no page, and keeps the source label as the reader gave it', async () => {
    const [a] = await pasted();
    expect(a!.title).toBe('我省工业经济稳中有进');
    const input = savedFromPaste(a!, '  PDF 第02版\n ');
    expect(input.url).toMatch(/^paste:[0-9a-f]{16}$/);
    expect(input).toMatchObject({ contentId: null, issueDate: '', page: { number: null, name: null }, paper: 'hnrb', source: { kind: 'paste', label: 'PDF 第02版' } });
    const r = await fakeStore().save(input);
    expect(r.ok && r.value).toMatchObject({ key: input.url, url: input.url, contentId: null, source: { kind: 'paste', label: 'PDF 第02版' } });
  });

  it('saving the same paste again updates it; another article from the same source is an entry of its own', async () => {
    const [a, b] = await pasted();
    const store = fakeStore();
    await store.save(savedFromPaste(a!, 'PDF 第02版'));
    await store.save(savedFromPaste(a!, 'https://example.com/a'));
    await store.save(savedFromPaste(b!, 'PDF 第02版'));
    const list = await store.list();
    expect(list).toHaveLength(2);
    expect(new Set(list.map((e) => e.key)).size).toBe(2);
    const first = list.find((e) => e.key === pasteKey(a!));
    expect(first?.source).toEqual({ kind: 'paste', label: 'https://example.com/a' });
    expect(first?.figureCount).toBe(a!.figures.length);
  });

  it('an e-paper page’s article has no source', async () => {
    const [a] = await pasted();
    const r = await fakeStore().save(savedFromAnalysis(a!, { url: 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm' }));
    expect(r.ok && r.value.source).toBeNull();
    expect((await fakeStore().list())[0]?.source).toBeNull();
  });

  it('cleans the label to one line of at most the limit', () => {
    expect(cleanSourceLabel(' a \n\t b ')).toBe('a b');
    expect(cleanSourceLabel('字'.repeat(MAX_SOURCE_LABEL + 10))).toHaveLength(MAX_SOURCE_LABEL);
    expect(isPasteUrl('paste:0123456789abcdef')).toBe(true);
    expect(isPasteUrl('paste:../../x')).toBe(false);
  });
});

describe('a save request of pasted text is checked as data', () => {
  it('takes a pasted article at its paste key, with a label', async () => {
    const [a] = await pasted();
    expect(looksLikeSaveInput(savedFromPaste(a!, 'PDF 第02版'))).toBe(true);
  });

  it('refuses a source on an e-paper or other URL, a bad source, and a paste key without a source', async () => {
    const [a] = await pasted();
    const good = savedFromPaste(a!, 'x');
    expect(looksLikeSaveInput({ ...good, url: 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1.htm' })).toBe(false);
    expect(looksLikeSaveInput({ ...good, url: 'https://evil.test/' })).toBe(false);
    expect(looksLikeSaveInput({ ...good, source: { kind: 'paste', label: 'x'.repeat(MAX_SOURCE_LABEL + 1) } })).toBe(false);
    expect(looksLikeSaveInput({ ...good, source: { kind: 'page', label: '' } })).toBe(false);
    expect(looksLikeSaveInput({ ...good, source: 'PDF' })).toBe(false);
    expect(looksLikeSaveInput({ ...good, source: null })).toBe(false);
  });
});

describe('export and import keep the source', () => {
  it('round-trips a pasted article and writes its source into Markdown', async () => {
    const [a] = await pasted();
    const store = fakeStore();
    const saved = await store.save(savedFromPaste(a!, 'PDF 第02版 <b>'));
    const text = exportJson(await store.all());
    fakeBrowser.reset();
    const again = fakeStore();
    expect((await importLibraryJson(again, text)).ok).toBe(true);
    expect(await again.get(pasteKey(a!))).toEqual(saved.ok && saved.value);
    const md = articleMarkdown(saved.ok ? saved.value : (null as never));
    expect(md).toContain('> 粘贴文本 · 来源：PDF 第02版');
    expect(md).not.toContain('<b>');
  });

  it('reads a v2 file (no source) as e-paper articles, and refuses a pasted article without its source', async () => {
    const [a] = await pasted();
    const store = fakeStore();
    await store.save(savedFromAnalysis(a!, { url: 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1721201.htm' }));
    await store.save(savedFromPaste(a!, 'x'));
    const file = JSON.parse(exportJson(await store.all())) as { articles: Array<Record<string, unknown>> };
    const v2 = { ...file, format: EXPORT_FORMAT, schemaVersion: 2, articles: file.articles.filter((x) => x.source === null).map(({ source: _, ...rest }) => rest) };
    const r = parseLibraryJson(JSON.stringify(v2));
    expect(r.ok && r.value.map((x) => x.source)).toEqual([null]);
    const broken = { ...file, articles: file.articles.map((x) => ({ ...x, source: null })) };
    expect(parseLibraryJson(JSON.stringify(broken)).ok).toBe(false);
  });
});

describe('the v2 → v3 migration', () => {
  it('gives every stored article and list entry a null source, and runs again safely', async () => {
    const fixture = JSON.parse(readFileSync(new URL('./fixtures/v2.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    await browser.storage.local.set(fixture);
    expect((await fakeStore().ready()).ok).toBe(true);
    const all = await browser.storage.local.get(null);
    const items = Object.entries(all).filter(([k]) => k.startsWith('lib.a:') || k.startsWith('lib.i:'));
    expect(items).toHaveLength(6);
    for (const [, v] of items) expect((v as { source?: unknown }).source).toBeNull();
    const { migrateV2toV3 } = await import('@/src/library/migrations/v2-to-v3');
    const { browserLocalArea } = await import('@/src/library/browser-store');
    await migrateV2toV3(browserLocalArea());
    expect(await browser.storage.local.get(null)).toEqual(all);
  });
});
