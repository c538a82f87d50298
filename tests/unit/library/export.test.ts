import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { exportJson, parseLibraryJson, figuresCsv, officialsCsv, csvField, articleMarkdown, digestMarkdown, articleFiles, zipStore, crc32, EXPORT_FORMAT } from '@/src/library/export';
import { importLibraryJson } from '@/src/library/import-file';
import { ARTICLE_VERSION } from '@/src/library/schema';
import type { SavedArticle } from '@/src/library/types';
import { fakeStore } from './helpers';
import { makeArticle } from './generate';

beforeEach(() => fakeBrowser.reset());

/** A tiny RFC 4180 reader, to check the writer by reading back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

async function seeded(n = 3): Promise<SavedArticle[]> {
  const store = fakeStore();
  await store.saveMany(Array.from({ length: n }, (_, i) => ({ ...makeArticle(i, { chars: 300, figures: 3, people: 4 }), tags: [`t${i}`], note: i === 1 ? '笔记, 含 "引号"\n第二行' : '' })));
  return store.all();
}

describe('JSON export and import', () => {
  it('round-trips every field into an empty library', async () => {
    const original = await seeded(5);
    const text = exportJson(original);
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, schemaVersion: ARTICLE_VERSION });
    fakeBrowser.reset();
    const store = fakeStore();
    const r = await importLibraryJson(store, text);
    expect(r).toEqual({ ok: true, value: { added: 5, merged: 0 } });
    const back = await store.all();
    const byKey = (xs: SavedArticle[]) => [...xs].sort((a, b) => a.key.localeCompare(b.key));
    expect(byKey(back)).toEqual(byKey(original));
  });

  it('merges duplicates: tags united, first savedAt kept, the newer content wins', async () => {
    const store = fakeStore();
    await store.save({ ...makeArticle(1, { chars: 100 }), tags: ['本地'] });
    const local = (await store.get('content_1700001'))!;
    const older = { ...local, title: '旧标题', tags: ['文件'], savedAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-02T00:00:00.000Z' };
    const r = await importLibraryJson(store, exportJson([older]));
    expect(r).toEqual({ ok: true, value: { added: 0, merged: 1 } });
    const got = (await store.get('content_1700001'))!;
    expect(got.title).toBe(local.title);
    expect(got.tags).toEqual(['本地', '文件']);
    expect(got.savedAt).toBe('2020-01-01T00:00:00.000Z');
    expect(await store.list()).toHaveLength(1);
    // Importing the same file twice changes nothing more.
    await importLibraryJson(store, exportJson([older]));
    expect(await store.get('content_1700001')).toEqual(got);
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    const store = fakeStore();
    await seeded(2);
    const before = await browser.storage.local.get(null);
    const good = JSON.parse(exportJson(await store.all()));
    const bad = [
      '{not json',
      JSON.stringify({ hello: 1 }),
      JSON.stringify({ ...good, schemaVersion: 'x' }),
      JSON.stringify({ ...good, articles: [good.articles[0], { ...good.articles[1], article: { text: 1 } }] }),
      JSON.stringify({ ...good, articles: [{ ...good.articles[0], tags: 'a,b' }] }),
    ];
    for (const text of bad) {
      const r = await importLibraryJson(store, text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe('invalid');
        expect(r.message).toMatch(/收藏夹没有改动/);
      }
    }
    const newer = await importLibraryJson(store, JSON.stringify({ ...good, schemaVersion: ARTICLE_VERSION + 1 }));
    expect(newer).toMatchObject({ ok: false, message: expect.stringMatching(/更新版本/) });
    expect(await browser.storage.local.get(null)).toEqual(before);
  });

  it('names the article that is wrong', () => {
    const r = parseLibraryJson(JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: ARTICLE_VERSION, articles: [{}] }));
    expect(r.ok || r.message).toMatch(/第 1 篇/);
  });

  it('reads a file exported with schema v1', async () => {
    const v1 = { url: 'https://hnrb.voc.com.cn/hnrb_epaper/html/2024-12/12/content_1721201.htm?div=-1', paper: 'hnrb', issueDate: '2024-12-12', pageNumber: '02', pageName: '要闻', title: 'T', introTitle: null, subTitle: null, article: makeArticle(1, { chars: 50 }).article, savedAt: 0 };
    const r = parseLibraryJson(JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, articles: [v1] }));
    expect(r.ok && r.value[0]).toMatchObject({ key: 'content_1721201', savedAt: '1970-01-01T00:00:00.000Z', tags: [], note: '' });
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('两\n行')).toBe('"两\n行"');
    expect(csvField(null)).toBe('');
    expect(csvField(5121.9)).toBe('5121.9');
  });

  it('writes one row per figure with a BOM and CRLF, readable back', async () => {
    const arts = await seeded(2);
    const tricky = { ...arts[0]!, title: '标题, 带"引号"' };
    const text = figuresCsv([tricky, arts[1]!]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]!.slice(0, 3)).toEqual(['刊期', '版面', '标题']);
    expect(rows).toHaveLength(1 + 6);
    const first = rows.find((r) => r[2] === '标题, 带"引号"')!;
    const f = tricky.article.figures[0]!;
    expect(first.slice(3, 11)).toEqual([f.subject, f.text, String(f.value), f.unit, f.qualifier ?? '', String(f.normalized!.value), f.normalized!.unit, f.kind]);
  });

  it('writes one row per official', async () => {
    const arts = await seeded(2);
    const rows = parseCsv(officialsCsv(arts).slice(1));
    expect(rows).toHaveLength(1 + 4);
    expect(rows[1]![3]).toBe(arts.find((a) => a.issueDate === rows[1]![0])!.article.officials[0]!.name);
  });
});

describe('Markdown export', () => {
  it('writes an article with its titles, source, tags, note, text and facts', async () => {
    const [, a] = await seeded(2);
    const md = articleMarkdown(a!);
    expect(md).toContain(`# ${a!.title.replace(/([\\`*_[\]#<>|])/g, '\\$1')}`);
    expect(md).toContain(a!.url);
    expect(md).toContain('标签：t1');
    expect(md).toContain('## 关键数字');
    expect(md).toContain(a!.article.officials[0]!.name);
    for (const p of a!.article.text.split('\n').filter((x) => x.trim())) expect(md).toContain(p.trim());
  });

  it('escapes markup in titles and gives each file its own name', async () => {
    const arts = await seeded(2);
    const evil = { ...arts[0]!, title: '<script>x</script> *粗*' };
    expect(articleMarkdown(evil)).toContain('\\<script\\>x\\</script\\> \\*粗\\*');
    const files = articleFiles([evil, evil]);
    expect(new Set(files.map((f) => f.name)).size).toBe(2);
    expect(files[0]!.name).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('writes a digest with every article', async () => {
    const arts = await seeded(3);
    const md = digestMarkdown(arts);
    expect(md).toContain('共 3 篇');
    for (const a of arts) expect(md).toContain(a.url);
  });
});

describe('zip of Markdown files', () => {
  it('stores each file with a correct CRC and UTF-8 name', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const zip = zipStore([{ name: '文章.md', content: '# 标题\n' }, { name: 'b.md', content: 'x' }]);
    const view = new DataView(zip.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(2);
    const nameLen = view.getUint16(26, true);
    expect(new TextDecoder().decode(zip.slice(30, 30 + nameLen))).toBe('文章.md');
    expect(new TextDecoder().decode(zip.slice(30 + nameLen, 30 + nameLen + view.getUint32(18, true)))).toBe('# 标题\n');
  });
});
