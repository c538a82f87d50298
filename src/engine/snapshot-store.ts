import { createStore, del, get, set } from 'idb-keyval';
import { savedFrom, type JiebaSnapshot, type SnapshotStore } from '@/src/analysis/segmenter/snapshot';

/**
 * The engine's one saved jieba (about 59 MiB): written after a build, read at the next cold start.
 * Only the engine's workers use it; nothing else is kept.
 *
 * In the origin-private file system where the worker has it (Chrome, Firefox): a sync access
 * handle reads the file straight into the wasm's memory, some 200 ms faster than IndexedDB, whose
 * read passes the 59 MiB through the browser process into a second buffer. IndexedDB otherwise.
 */
export function engineSnapshotStore(): SnapshotStore {
  return opfsAvailable() ? opfsSnapshotStore() : indexedDbSnapshotStore();
}

const META = 'jieba-snapshot.json';
const DATA = 'jieba-snapshot.bin';

type SyncHandle = {
  read(into: Uint8Array, at: { at: number }): number;
  write(from: Uint8Array, at: { at: number }): number;
  getSize(): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
};
type FileHandle = FileSystemFileHandle & { createSyncAccessHandle(): Promise<SyncHandle> };

function opfsAvailable(): boolean {
  const g = globalThis as { FileSystemFileHandle?: { prototype: object }; navigator?: Navigator };
  return typeof g.navigator?.storage?.getDirectory === 'function' && !!g.FileSystemFileHandle && 'createSyncAccessHandle' in g.FileSystemFileHandle.prototype;
}

async function withHandle<T>(name: string, create: boolean, use: (h: SyncHandle) => T): Promise<T> {
  const dir = await navigator.storage.getDirectory();
  const file = (await dir.getFileHandle(name, { create })) as FileHandle;
  const handle = await file.createSyncAccessHandle();
  try {
    return use(handle);
  } finally {
    handle.close();
  }
}

function opfsSnapshotStore(): SnapshotStore {
  const text = new TextDecoder();
  return {
    async read() {
      const meta = await withHandle(META, false, (h) => {
        const bytes = new Uint8Array(h.getSize());
        h.read(bytes, { at: 0 });
        return JSON.parse(text.decode(bytes)) as Omit<JiebaSnapshot, 'memory'> & { length: number };
      }).catch(() => undefined);
      if (!meta) return undefined;
      // Read straight into the wasm's memory: no second 59 MiB buffer.
      const copyInto = (target: Uint8Array) =>
        withHandle(DATA, false, (h) => h.getSize() === meta.length && target.length === meta.length && h.read(target, { at: 0 }) === meta.length).catch(() => false);
      return { key: meta.key, tableLength: meta.tableLength, check: meta.check, length: meta.length, copyInto };
    },
    async write({ memory, ...meta }) {
      // The description last: a copy half written is never described, so never read.
      const dir = await navigator.storage.getDirectory();
      await dir.removeEntry(META).catch(() => {});
      await withHandle(DATA, true, (h) => {
        h.truncate(0);
        h.write(memory, { at: 0 });
        h.flush();
      });
      const json = new TextEncoder().encode(JSON.stringify({ ...meta, length: memory.length }));
      await withHandle(META, true, (h) => {
        h.truncate(0);
        h.write(json, { at: 0 });
        h.flush();
      });
    },
    async clear() {
      const dir = await navigator.storage.getDirectory();
      await dir.removeEntry(META).catch(() => {});
      await dir.removeEntry(DATA).catch(() => {});
    },
  };
}

function indexedDbSnapshotStore(): SnapshotStore {
  const store = createStore('xbzd-engine', 'jieba');
  return {
    read: async () => {
      const snapshot = await get<JiebaSnapshot>('snapshot', store);
      return snapshot ? savedFrom(snapshot) : undefined;
    },
    write: (snapshot) => set('snapshot', snapshot, store),
    clear: () => del('snapshot', store),
  };
}
