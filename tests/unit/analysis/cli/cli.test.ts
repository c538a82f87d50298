import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlForPath } from '@/src/cli/source-url';

const SEED = 'tests/fixtures/seed/hnrb-2024-12-12-page02.txt';
const PAGES = 'tests/fixtures/epaper/hnrb/html/2024-12/12';

function analyze(...files: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...files], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run -s analyze', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xbzd-cli-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '  \n\n');
  const other = join(dir, 'other.htm');
  writeFileSync(other, '<html><head><title>x</title></head><body><p>你好</p></body></html>');
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));

  it('prints one JSON document for the seed page and nothing else', () => {
    const r = analyze(SEED);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0]!);
    expect(doc).toMatchObject({ version: 1, source: { path: SEED, kind: 'text' } });
    expect(doc.articles).toHaveLength(13);
  }, 60_000);

  it('reports bad files on stderr, one line each, goes on, and exits non-zero', () => {
    const r = analyze(join(dir, 'missing.txt'), SEED, empty, binary, other);
    expect(r.code).not.toBe(0);
    const errors = r.err.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[3]).toMatch(/other\.htm: unknown page/);
    expect(errors[0]).toMatch(/missing\.txt: no such file/);
    expect(errors[1]).toMatch(/empty\.txt: empty text/);
    expect(errors[2]).toMatch(/image\.txt: binary/);
    const out = r.out.trim().split('\n');
    expect(out).toHaveLength(1);
    expect(JSON.parse(out[0]!).articles).toHaveLength(13);
  }, 60_000);

  it('reads an article page and a layout page with its linked articles, one line each', () => {
    const r = analyze(`${PAGES}/content_1721201.htm`, `${PAGES}/node_202.htm`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [article, layout] = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(article.source.kind).toBe('article-page');
    expect(article.issue).toEqual({ paper: 'hnrb', date: '2024-12-12', page: { number: '02', name: '要闻' } });
    expect(article.articles).toHaveLength(1);
    expect(article.articles[0].title).toBe('前11个月我省进出口5121.9亿元');
    expect(article.articles[0].journalists).toEqual([{ name: '彭可心', role: '全媒体记者' }, { name: '苏立', role: '通讯员' }]);
    expect(layout.source.kind).toBe('layout-page');
    expect(layout.articles).toHaveLength(10);
  }, 60_000);

  it('derives the e-paper URL of a saved page from its path', () => {
    expect(urlForPath(`${PAGES}/node_202.htm`)).toBe('http://epaper.voc.com.cn/hnrb/html/2024-12/12/node_202.htm');
    expect(urlForPath('/tmp/page.htm')).toBe('file:///tmp/page.htm');
  });
});
