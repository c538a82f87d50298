/**
 * A bigram of two ideographs as one small integer (a Smi for V8): sets of numbers hash and
 * compare much faster than sets of two-character strings, and these sets are compared often.
 */
export type Bigrams = Set<number>;

const cache = new Map<string, Bigrams>();
const HAN_FIRST = 0x4e00;
const HAN_SPAN = 0x9fff - HAN_FIRST + 1;

/** Distinct ideograph bigrams of a text (punctuation, digits and spaces dropped); cached. */
export function bigrams(text: string): Bigrams {
  const hit = cache.get(text);
  if (hit) return hit;
  const set = bigramsOf(text);
  if (cache.size > 256) cache.clear();
  cache.set(text, set);
  return set;
}

function bigramsOf(text: string): Bigrams {
  const out: Bigrams = new Set();
  let prev = -1; // the previous unit's offset from HAN_FIRST, or -1 after a non-ideograph
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - HAN_FIRST;
    const han = c >= 0 && c < HAN_SPAN;
    if (han && prev >= 0) out.add(prev * HAN_SPAN + c);
    prev = han ? c : -1;
  }
  return out;
}

/** Share of `part`'s bigrams found in `whole` (0 when part has none). */
export function containment(part: Bigrams, whole: Bigrams): number {
  if (part.size === 0) return 0;
  // The bigrams both hold, counted over the smaller set (a story's set is large, a line's small).
  let hit = 0;
  if (whole.size < part.size) {
    for (const b of whole) if (part.has(b)) hit++;
  } else {
    for (const b of part) if (whole.has(b)) hit++;
  }
  return hit / part.size;
}

/**
 * Share of `part`'s bigrams found in `text`: containment(part, bigrams(text)) without building
 * the text's set (the summariser asks this of every sentence against one small headline set).
 */
export function containmentIn(part: Bigrams, text: string): number {
  if (part.size === 0) return 0;
  const hits: number[] = [];
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - HAN_FIRST;
    const han = c >= 0 && c < HAN_SPAN;
    if (han && prev >= 0) {
      const b = prev * HAN_SPAN + c;
      if (part.has(b) && !hits.includes(b)) hits.push(b);
    }
    prev = han ? c : -1;
  }
  return hits.length / part.size;
}
