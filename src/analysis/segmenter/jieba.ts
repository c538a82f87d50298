import initJieba, * as jieba from 'jieba-wasm/web';
import { USER_DICTIONARY, type DictEntry } from '../dict';
import { codePointToUtf16Map } from './offsets';
import { restoreSnapshot, snapshotKey, takeSnapshot, type JiebaExports, type SnapshotStore } from './snapshot';
import type { Segmenter, SegmenterInfo, SegmenterPath, TaggedToken, Token } from './types';

/** Where the wasm bytes come from: a fetch of the extension URL, or a file read in Node. */
export type WasmSource = () => Promise<Response | BufferSource | WebAssembly.Module>;

const WARMUP_TEXT = '湖南日报全媒体记者报道，长沙海关发布前11个月进出口数据。';

/**
 * jieba-wasm keeps one global instance per JS realm, so every segmenter in a realm shares it.
 * The dictionary is built lazily on the first cut; warming up here moves that cost to start-up.
 * With a snapshot store, a saved copy of the built jieba is written back instead (snapshot.ts);
 * after a build, a copy is taken at once and saved a second or two later.
 */
let loading: Promise<{ startupMs: number; fromSnapshot: boolean; phasesMs: Record<string, number> }> | null = null;

/** Long enough after a build that the first page's analysis is done before the copy is written. */
const SAVE_AFTER_MS = 1500;

/** The check sentence as jieba tags it: a restored jieba must tag it the same. */
const checkTags = () => jieba.tag(WARMUP_TEXT, true).map(({ word, tag }) => `${word}/${tag}`).join(' ');

/** Frees a copy's 59 MiB at once instead of at the next collection (ArrayBuffer.prototype.transfer, where the browser has it). */
function release(bytes: Uint8Array): void {
  (bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }).transfer?.(0);
}

async function bytesOf(source: Awaited<ReturnType<WasmSource>>): Promise<Uint8Array | null> {
  if (source instanceof Response) return new Uint8Array(await source.arrayBuffer());
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  return null; // a compiled module: no bytes to key a snapshot by
}

function load(source: WasmSource, dictionary: readonly DictEntry[], store?: SnapshotStore) {
  loading ??= (async () => {
    const t0 = performance.now();
    // The saved copy is read while the wasm is fetched and compiled.
    const reading = store ? store.read().catch(() => undefined) : Promise.resolve(undefined);
    const fetched = await source();
    // A response is compiled as it streams in; its clone's bytes key the snapshot.
    const keyed = store ? bytesOf(fetched instanceof Response ? fetched.clone() : fetched) : Promise.resolve(null);
    const exports = (await initJieba({ module_or_path: fetched })) as unknown as JiebaExports;
    const bytes = await keyed;
    const wasmMs = performance.now() - t0;
    const key = bytes ? snapshotKey(bytes, dictionary) : null;
    const saved = await reading;
    const readMs = performance.now() - t0 - wasmMs;
    if (key && saved?.key === key) {
      // A copy that cannot be read in whole, or does not verify, leaves a memory that is no
      // jieba: drop the copy and fail, so that the worker is replaced and the next one builds.
      const fail = async (error: unknown) => {
        await store!.clear().catch(() => {});
        throw error;
      };
      const restored = await restoreSnapshot(exports, saved).catch(fail);
      if (restored) {
        const phasesMs = { wasm: wasmMs, read: readMs, restore: performance.now() - t0 - wasmMs - readMs };
        if (checkTags() === saved.check) return { startupMs: performance.now() - t0, fromSnapshot: true, phasesMs };
        await fail(new WebAssembly.RuntimeError('the saved jieba did not verify'));
      }
    }
    for (const [word, freq, tag] of dictionary) jieba.add_word(word, freq ?? null, tag ?? null);
    jieba.cut(WARMUP_TEXT, true);
    // The copy is taken now, before the first tag: tagging caches the JS strings of its field
    // names in the externref table, which a fresh instance would not hold. It is written later.
    const snapshot = key ? takeSnapshot(exports, key, '') : null;
    const startupMs = performance.now() - t0;
    const phasesMs = { wasm: wasmMs, read: readMs, build: startupMs - wasmMs - readMs };
    if (snapshot) {
      snapshot.check = checkTags();
      setTimeout(() => {
        store!
          .write(snapshot)
          .catch((error: unknown) => console.warn('[湘报助读] jieba was not saved', error))
          .finally(() => release(snapshot.memory));
      }, store!.saveAfterMs ?? SAVE_AFTER_MS);
    }
    return { startupMs, fromSnapshot: false, phasesMs };
  })();
  // A failed load (e.g. the page's CSP forbids WebAssembly) must not stick: the caller falls back.
  loading.catch(() => (loading = null));
  return loading;
}

export function tokenizeNow(text: string): Token[] {
  const toUnits = codePointToUtf16Map(text);
  const tokens = jieba.tokenize(text, 'default', true);
  if (!toUnits) return tokens.map(({ word, start, end }) => ({ word, start, end }));
  return tokens.map(({ word, start, end }) => ({ word, start: toUnits(start), end: toUnits(end) }));
}

export function tagNow(text: string): TaggedToken[] {
  // jieba's tagger returns the words in order and covering the text, so offsets are cumulative.
  let at = 0;
  return jieba.tag(text, true).map(({ word, tag }) => {
    const start = at;
    at += word.length;
    return { word, tag, start, end: at };
  });
}

export function createJiebaSegmenter(
  source: WasmSource,
  path: SegmenterPath,
  dictionary: readonly DictEntry[] = USER_DICTIONARY,
  store?: SnapshotStore,
): Segmenter {
  let info: Promise<SegmenterInfo> | null = null;
  const ready = () => {
    info ??= load(source, dictionary, store).then(({ startupMs, fromSnapshot, phasesMs }) => ({ path, startupMs, fromSnapshot, phasesMs }));
    info.catch(() => (info = null));
    return info;
  };
  return {
    ready,
    cut: async (text) => (await ready(), jieba.cut(text, true)),
    tokenize: async (text) => (await ready(), tokenizeNow(text)),
    tag: async (text) => (await ready(), tagNow(text)),
  };
}
