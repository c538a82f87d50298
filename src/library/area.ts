/**
 * The slice of storage.local the library uses. The store takes one as a parameter so that the
 * extension passes browser.storage.local, the tests the fake browser's, and the bench an
 * in-memory one that runs in plain Node.
 */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome 130+, Firefox 143+: the keys without the values. Absent: get(null) is used. */
  getKeys?: () => Promise<string[]>;
  /** Changes made by any context (other tabs, the background); lets the store cache the list. */
  watch?: (cb: (changes: Record<string, { newValue?: unknown }>) => void) => () => void;
}

/** Keys only, without loading 60 MB of values when the browser can do it. */
export async function listKeys(area: StorageArea, prefix: string): Promise<string[]> {
  let keys: string[] | null = null;
  if (typeof area.getKeys === 'function') {
    try {
      keys = await area.getKeys();
    } catch {
      // Declared but not implemented (older builds, test fakes): read everything instead.
    }
  }
  keys ??= Object.keys(await area.get(null));
  return keys.filter((k) => k.startsWith(prefix));
}

/** A Map-backed area for Node (bench) with Chrome's byte accounting. */
export function memoryArea(): StorageArea & { bytesInUse(): number; data: Map<string, string> } {
  const data = new Map<string, string>();
  const watchers = new Set<(changes: Record<string, { newValue?: unknown }>) => void>();
  const emit = (changes: Record<string, { newValue?: unknown }>): void => watchers.forEach((w) => w(changes));
  const read = (k: string): unknown => {
    const raw = data.get(k);
    return raw === undefined ? undefined : JSON.parse(raw);
  };
  return {
    data,
    async get(keys) {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = read(k);
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v));
      emit(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }])));
    },
    async remove(keys) {
      const list = Array.isArray(keys) ? keys : [keys];
      for (const k of list) data.delete(k);
      emit(Object.fromEntries(list.map((k) => [k, {}])));
    },
    watch(cb) {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    async getKeys() {
      return [...data.keys()];
    },
    bytesInUse() {
      return storageBytes(Object.fromEntries([...data].map(([k, v]) => [k, JSON.parse(v)])));
    },
  };
}

/** Chrome counts each key plus the JSON of its value, in UTF-8 bytes (a Chinese character is 3). */
export function storageBytes(items: Record<string, unknown>): number {
  const enc = new TextEncoder();
  let n = 0;
  for (const [k, v] of Object.entries(items)) n += enc.encode(k).length + enc.encode(JSON.stringify(v)).length;
  return n;
}
