/** A word with its UTF-16 offsets in the text it was cut from. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

/** A token with jieba's part-of-speech tag (unknown names come out as `x`, not `nr`). */
export interface TaggedToken extends Token {
  tag: string;
}

/** Which context runs the WebAssembly: the content script, or the extension's own (CSP fallback). */
export type SegmenterPath = 'content' | 'background' | 'node';

export interface SegmenterInfo {
  path: SegmenterPath;
  /** Time to fetch and compile the wasm, build the dictionary and warm up, in ms. */
  startupMs: number;
  /** The dictionary was copied back from a saved snapshot instead of built. */
  fromSnapshot?: boolean;
  /** Where the start-up went: wasm (fetch, compile), read (waiting for the snapshot), restore or build. */
  phasesMs?: Record<string, number>;
}

/** Async so that the same interface serves a local wasm and a remote one over messaging. */
export interface Segmenter {
  ready(): Promise<SegmenterInfo>;
  cut(text: string): Promise<string[]>;
  tokenize(text: string): Promise<Token[]>;
  tag(text: string): Promise<TaggedToken[]>;
}
