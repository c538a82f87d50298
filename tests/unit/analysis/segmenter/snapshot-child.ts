/**
 * One process's jieba with a snapshot store in a directory (argv[2]): prints whether it was
 * copied back, its start-up time and how it tags a sentence, after waiting for the save.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { createJiebaSegmenter } from '@/src/analysis/segmenter/jieba';
import { wasmPathInNodeModules } from '@/src/analysis/segmenter/node';
import { USER_DICTIONARY } from '@/src/analysis/dict';
import { savedFrom, type JiebaSnapshot, type SnapshotStore } from '@/src/analysis/segmenter/snapshot';

const dir = process.argv[2]!;
mkdirSync(dir, { recursive: true });
const file = join(dir, 'snapshot.bin');
const meta = join(dir, 'snapshot.json');
let saved = false;
const store: SnapshotStore = {
  read: async () => {
    if (!existsSync(meta)) return undefined;
    const m = JSON.parse(readFileSync(meta, 'utf8')) as Omit<JiebaSnapshot, 'memory'>;
    return savedFrom({ ...m, memory: new Uint8Array(readFileSync(file)) });
  },
  write: async ({ memory, ...m }) => {
    writeFileSync(file, memory);
    writeFileSync(meta, JSON.stringify(m));
    saved = true;
  },
  clear: async () => rmSync(dir, { recursive: true, force: true }),
  saveAfterMs: 0,
};
const seg = createJiebaSegmenter(() => readFile(wasmPathInNodeModules()), 'node', USER_DICTIONARY, store);
const info = await seg.ready();
const tags = (await seg.tag('湖南日报全媒体记者报道，长沙海关发布数据。省委书记沈晓明在株洲调研。')).map((t) => `${t.word}/${t.tag}`).join(' ');
for (let i = 0; i < 50 && !info.fromSnapshot && !saved; i++) await new Promise((r) => setTimeout(r, 20));
process.stdout.write(JSON.stringify({ fromSnapshot: info.fromSnapshot, startupMs: info.startupMs, saved, tags }));
