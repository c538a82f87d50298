/**
 * jieba's state once its dictionary is built, copied back instead of built again.
 *
 * jieba-wasm builds its 350k-word dictionary inside the WebAssembly memory at start-up (about
 * 0.5 s, more in a busy browser). All of jieba's state lives in that linear memory, so a copy of
 * it taken between two calls, written into a fresh instance of the same module, gives the same
 * jieba: the engine saves one after its first build and starts from it afterwards (about 60 ms).
 * The copy is tied to the exact wasm and dictionary by its key, and checked after it is restored.
 */
import type { DictEntry } from '../dict';

export interface JiebaSnapshot {
  /** The wasm's size and sampled bytes, and the dictionary's words: a copy of another build never matches. */
  key: string;
  /** The whole linear memory, as it was between two calls. */
  memory: Uint8Array;
  /** The externref table's length then (its free list lives in the memory and points into it). */
  tableLength: number;
  /** The restored jieba must tag the check sentence exactly so. */
  check: string;
}

/** A saved copy as read back: its description, and its memory copied on demand into the wasm's own. */
export interface SavedSnapshot extends Omit<JiebaSnapshot, 'memory'> {
  /** The memory's length in bytes. */
  length: number;
  /** Writes the memory into `target` (exactly `length` bytes); false when it cannot be read whole. */
  copyInto(target: Uint8Array): Promise<boolean>;
}

/** Where the engine keeps its one snapshot. Failures are the caller's to ignore: the copy is an optimisation. */
export interface SnapshotStore {
  read(): Promise<SavedSnapshot | undefined>;
  write(snapshot: JiebaSnapshot): Promise<void>;
  clear(): Promise<void>;
  /** How long after a build the copy is written (default: a second or two, after the first page's analysis). */
  saveAfterMs?: number;
}

/** A copy held in memory as a saved one (for stores that read the whole copy at once). */
export function savedFrom({ memory, ...meta }: JiebaSnapshot): SavedSnapshot {
  return { ...meta, length: memory.length, copyInto: async (target) => (target.set(memory), true) };
}

/** What a wasm-bindgen instance exports that a snapshot needs. */
export interface JiebaExports {
  memory: WebAssembly.Memory;
  [name: string]: unknown;
}

const PAGE = 65_536;

/** FNV-1a over the wasm's length, every 509th byte, and the dictionary: cheap and sensitive to any rebuild. */
export function snapshotKey(wasm: Uint8Array, dictionary: readonly DictEntry[]): string {
  let h = 0x811c9dc5;
  const mix = (n: number) => {
    h ^= n & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (let i = 0; i < wasm.length; i += 509) mix(wasm[i]!);
  const words = dictionary.map(([w, f, t]) => `${w}/${f ?? ''}/${t ?? ''}`).join('|');
  for (let i = 0; i < words.length; i++) mix(words.charCodeAt(i)), mix(words.charCodeAt(i) >> 8);
  return `jieba-snapshot-1:${wasm.length}:${dictionary.length}:${h.toString(16)}`;
}

function tableOf(exports: JiebaExports): WebAssembly.Table | undefined {
  return Object.values(exports).find((v): v is WebAssembly.Table => v instanceof WebAssembly.Table);
}

/**
 * A copy of the instance's state. Take it between two calls into the wasm, and before the first
 * call that returns JS objects (tag, tokenize): those cache their field names' JS strings in the
 * externref table, and a copy holding such an index would point a fresh instance at nothing.
 */
export function takeSnapshot(exports: JiebaExports, key: string, check: string): JiebaSnapshot {
  return { key, memory: new Uint8Array(exports.memory.buffer).slice(), tableLength: tableOf(exports)?.length ?? 0, check };
}

/**
 * Writes a saved copy into a fresh instance (right after its init, before any other call): the
 * memory grown to the copy's size and the copy read straight into it, with no second buffer.
 * False, with the instance untouched, when it cannot hold it (the caller then builds as usual);
 * a copy that fails half-way throws, as the memory is then neither the old nor the new jieba.
 */
export async function restoreSnapshot(exports: JiebaExports, saved: SavedSnapshot): Promise<boolean> {
  const table = tableOf(exports);
  const have = exports.memory.buffer.byteLength;
  if (saved.length % PAGE !== 0 || saved.length < have || !table) return false;
  if (saved.length > have) exports.memory.grow((saved.length - have) / PAGE);
  if (table.length < saved.tableLength) table.grow(saved.tableLength - table.length);
  if (!(await saved.copyInto(new Uint8Array(exports.memory.buffer, 0, saved.length)))) throw new WebAssembly.RuntimeError('the saved jieba could not be read');
  return true;
}
