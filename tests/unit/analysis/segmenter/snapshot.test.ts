import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreSnapshot, savedFrom, snapshotKey, takeSnapshot } from '@/src/analysis/segmenter/snapshot';

const dir = mkdtempSync(join(tmpdir(), 'xbzd-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh process's jieba with a store in `dir` (each process is a fresh wasm instance). */
function run(): { status: number | null; out: { fromSnapshot: boolean; saved: boolean; tags: string } | null; err: string } {
  const r = spawnSync('npx', ['tsx', 'tests/unit/analysis/segmenter/snapshot-child.ts', dir], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: r.status === 0 ? JSON.parse(r.stdout) : null, err: r.stderr };
}

describe("jieba's snapshot: built once, copied back after", () => {
  it('saves one after a build, and a fresh instance copied from it tags exactly as the built one', () => {
    const first = run();
    expect(first.out).toMatchObject({ fromSnapshot: false, saved: true });
    const second = run();
    expect(second.out).toMatchObject({ fromSnapshot: true });
    expect(second.out!.tags).toBe(first.out!.tags);
    expect(second.out!.tags).toContain('长沙海关/nt');
  }, 120_000);

  it('drops a copy that does not verify, and the worker that read it fails (to be replaced)', () => {
    const meta = join(dir, 'snapshot.json');
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    writeFileSync(meta, JSON.stringify({ ...m, check: 'not what jieba says' }));
    const bad = run();
    expect(bad.status).not.toBe(0);
    expect(bad.err).toContain('did not verify');
    expect(existsSync(meta)).toBe(false);
    // …and the next one builds afresh.
    expect(run().out).toMatchObject({ fromSnapshot: false, saved: true });
  }, 120_000);
});

describe('snapshot parts', () => {
  const exportsOf = (pages: number, table: number) => ({
    memory: new WebAssembly.Memory({ initial: pages }),
    __table: new WebAssembly.Table({ initial: table, element: 'externref' }),
  });

  it('grows the memory and the table to the copy, and writes the copy in', async () => {
    const from = exportsOf(3, 10);
    new Uint8Array(from.memory.buffer).set([1, 2, 3], 65_536 * 2);
    const copy = takeSnapshot(from, 'k', 'c');
    const to = exportsOf(1, 4);
    expect(await restoreSnapshot(to, savedFrom(copy))).toBe(true);
    expect(to.memory.buffer.byteLength).toBe(3 * 65_536);
    expect(to.__table.length).toBe(10);
    expect([...new Uint8Array(to.memory.buffer, 65_536 * 2, 3)]).toEqual([1, 2, 3]);
  });

  it('leaves an instance alone that is larger than the copy', async () => {
    const to = exportsOf(4, 4);
    expect(await restoreSnapshot(to, savedFrom(takeSnapshot(exportsOf(2, 4), 'k', 'c')))).toBe(false);
    expect(to.memory.buffer.byteLength).toBe(4 * 65_536);
  });

  it('fails loudly when the copy cannot be read in whole (the memory is then no jieba)', async () => {
    const saved = { ...savedFrom(takeSnapshot(exportsOf(2, 4), 'k', 'c')), copyInto: async () => false };
    await expect(restoreSnapshot(exportsOf(1, 4), saved)).rejects.toThrow('could not be read');
  });

  it('keys a copy by the wasm and the dictionary', () => {
    const wasm = new Uint8Array(5000).map((_, i) => i % 251);
    const key = snapshotKey(wasm, [['长沙海关', 1000, 'nt']]);
    expect(snapshotKey(wasm, [['长沙海关', 1000, 'nt']])).toBe(key);
    expect(snapshotKey(wasm, [['长沙海关', 1000, 'ns']])).not.toBe(key);
    const other = wasm.slice();
    other[509] = 200;
    expect(snapshotKey(other, [['长沙海关', 1000, 'nt']])).not.toBe(key);
  });
});
