/**
 * `npm run -s analyze -- FILE` on GB-encoded, UTF-16 and binary inputs (issue 10, part 4).
 * The GB fixtures under tests/fixtures/encodings/ were made once with Debian's libc iconv
 * (`iconv -f UTF-8 -t GB18030`, commands in that folder's README.md); UTF-16, empty and binary
 * inputs are written here, to a temporary folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAnalyze } from '@/src/cli/analyze-main';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import type { AnalysisDocument } from '@/src/analysis/types';

const seg = nodeSegmenter();
const DAY = 'hnrb/html/2024-12/12';
const UTF8_DIR = join('tests/fixtures/epaper', DAY);
const GB_DIR = join('tests/fixtures/encodings/gb2312', DAY);
const ARTICLE_TXT = 'tests/fixtures/corpus/b1/003.txt';
const GB_TXT = 'tests/fixtures/encodings/article-gb18030.txt';

const tmp = mkdtempSync(join(tmpdir(), 'analyze-enc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function tmpFile(name: string, bytes: Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

/** Runs the command line on one file: its exit code, JSON document (if any) and stderr lines. */
async function analyze(file: string): Promise<{ code: number; doc: AnalysisDocument | null; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAnalyze([file], { out: (l) => out.push(l), err: (l) => err.push(l) }, seg);
  expect(out.length).toBeLessThanOrEqual(1);
  return { code, doc: out[0] ? (JSON.parse(out[0]) as AnalysisDocument) : null, err };
}

/** The document without its source path and timings, for comparing two readings of the same page. */
const withoutPath = (doc: AnalysisDocument | null) => ({ ...doc, source: { ...doc?.source, path: '' }, timings: null });

describe('analyze: GB2312-declared e-paper pages (GB18030 bytes)', () => {
  it('the fixture really is GB-encoded and declares gb2312', () => {
    const bytes = readFileSync(join(GB_DIR, 'content_1721201.htm'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.subarray(0, 1024).toString('latin1')).toContain('charset=gb2312');
  });

  it('an article page gives the same analysis as its UTF-8 original', async () => {
    const gb = await analyze(join(GB_DIR, 'content_1721201.htm'));
    const utf8 = await analyze(join(UTF8_DIR, 'content_1721201.htm'));
    expect(gb.err).toEqual([]);
    expect(gb.code).toBe(0);
    expect(gb.doc?.source.kind).toBe('article-page');
    expect(gb.doc?.issue).toEqual({ paper: 'hnrb', date: '2024-12-12', page: { number: '02', name: '要闻' } });
    const article = gb.doc?.articles[0];
    expect(article?.title).toBe('前11个月我省进出口5121.9亿元');
    expect(article?.subTitle).toBe('进口规模创历史同期新高');
    expect(article?.dateline).toBe('湖南日报12月11日讯');
    expect(article?.journalists.map((j) => j.name)).toEqual(['彭可心', '苏立']);
    expect(article?.text).toContain('湖南省进出口总值5121.9亿元');
    expect(article?.text).not.toContain('\uFFFD');
    expect(withoutPath(gb.doc)).toEqual(withoutPath(utf8.doc));
  });

  it('a layout page reads its GB-encoded articles saved alongside, as the UTF-8 original does', async () => {
    const gb = await analyze(join(GB_DIR, 'node_202.htm'));
    const utf8 = await analyze(join(UTF8_DIR, 'node_202.htm'));
    expect(gb.code).toBe(0);
    expect(gb.doc?.source.kind).toBe('layout-page');
    expect(gb.doc?.issue).toEqual(utf8.doc?.issue);
    // Only two of the page's ten articles are saved in the GB folder.
    expect(gb.doc?.articles.map((a) => a.id)).toEqual(['content_1721201', 'content_1721202']);
    expect(gb.doc?.articles.map((a) => a.title)).toEqual(['前11个月我省进出口5121.9亿元', '中央财政8.6亿余元支持湖南公共文化建设']);
    for (const article of gb.doc?.articles ?? []) {
      expect(article).toEqual(utf8.doc?.articles.find((a) => a.id === article.id));
    }
  });
});

describe('analyze: .txt encodings', () => {
  const original = readFileSync(ARTICLE_TXT, 'utf8');

  it('an undeclared GB18030 .txt reads as its UTF-8 original', async () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(GB_TXT))).toThrow();
    const gb = await analyze(GB_TXT);
    const utf8 = await analyze(ARTICLE_TXT);
    expect(gb.code).toBe(0);
    expect(gb.doc?.articles[0]?.text).toContain('湖南人笑了');
    expect(withoutPath(gb.doc)).toEqual(withoutPath(utf8.doc));
  });

  it('UTF-16LE and UTF-16BE .txt with a byte-order mark read as the UTF-8 original', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(original, 'utf16le')]);
    const be = Buffer.from(le);
    be[0] = 0xfe;
    be[1] = 0xff;
    be.subarray(2).swap16();
    const utf8 = await analyze(ARTICLE_TXT);
    for (const [name, bytes] of [['le.txt', le], ['be.txt', be]] as const) {
      const r = await analyze(tmpFile(name, bytes));
      expect(r.err).toEqual([]);
      expect(r.doc?.articles[0]?.text).toContain('湖南人笑了');
      expect(withoutPath(r.doc)).toEqual(withoutPath(utf8.doc));
    }
  });

  it('a UTF-8 .txt with a byte-order mark still reads', async () => {
    const r = await analyze(tmpFile('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(original)])));
    expect(r.doc?.articles[0]?.title).toBe((await analyze(ARTICLE_TXT)).doc?.articles[0]?.title);
  });
});

describe('analyze: inputs that are not text', () => {
  /** A PNG signature and an IHDR chunk (NUL bytes included), then noise. */
  const png = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66,
    ...Array.from({ length: 2000 }, (_, i) => (i * 73 + 41) % 256),
  ]);

  it('refuses a PNG image, as .txt and as .htm, with one line', async () => {
    for (const name of ['page.txt', 'page.htm']) {
      const r = await analyze(tmpFile(name, png));
      expect(r.code).toBe(1);
      expect(r.doc).toBeNull();
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(new RegExp(`^analyze: .*${name}: PNG image, not (text|a page)$`));
    }
  });

  it('refuses other binary: NUL bytes without a signature, and NUL-free bytes neither UTF-8 nor GB18030', async () => {
    const nul = new Uint8Array(Array.from({ length: 600 }, (_, i) => (i % 7 === 0 ? 0 : 0x41 + (i % 26))));
    const noise = new Uint8Array(Array.from({ length: 600 }, (_, i) => [0x81, 0x20, 0xff, 0xc3, 0x28, 0xfe][i % 6]!));
    for (const [name, bytes] of [['nul.txt', nul], ['nul.htm', nul], ['noise.txt', noise], ['noise.htm', noise]] as const) {
      const r = await analyze(tmpFile(name, bytes));
      expect(r.code).toBe(1);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(/: binary file, not (text|a page)/);
    }
  });

  it('refuses an empty file, .txt and .htm', async () => {
    for (const name of ['empty.txt', 'empty.htm']) {
      const r = await analyze(tmpFile(name, new Uint8Array(0)));
      expect(r.code).toBe(1);
      expect(r.err).toEqual([`analyze: ${join(tmp, name)}: empty file`]);
    }
  });
});
