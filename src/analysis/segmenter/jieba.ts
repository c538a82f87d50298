import initJieba, * as jieba from 'jieba-wasm/web';
import { USER_DICTIONARY, type DictEntry } from '../dict';
import { codePointToUtf16Map } from './offsets';
import type { Segmenter, SegmenterInfo, SegmenterPath, TaggedToken, Token } from './types';

/** Where the wasm bytes come from: a fetch of the extension URL, or a file read in Node. */
export type WasmSource = () => Promise<Response | BufferSource | WebAssembly.Module>;

const WARMUP_TEXT = '湖南日报全媒体记者报道，长沙海关发布前11个月进出口数据。';

/**
 * jieba-wasm keeps one global instance per JS realm, so every segmenter in a realm shares it.
 * The dictionary is built lazily on the first cut; warming up here moves that cost to start-up.
 */
let loading: Promise<number> | null = null;

function load(source: WasmSource, dictionary: readonly DictEntry[]): Promise<number> {
  loading ??= (async () => {
    const t0 = performance.now();
    await initJieba({ module_or_path: await source() });
    for (const [word, freq, tag] of dictionary) jieba.add_word(word, freq ?? null, tag ?? null);
    jieba.cut(WARMUP_TEXT, true);
    return performance.now() - t0;
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
): Segmenter {
  let info: Promise<SegmenterInfo> | null = null;
  const ready = () => {
    info ??= load(source, dictionary).then((startupMs) => ({ path, startupMs }));
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
