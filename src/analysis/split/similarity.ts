const cache = new Map<string, Set<string>>();

/** Distinct ideograph bigrams of a text (punctuation, digits and spaces dropped); cached. */
export function bigrams(text: string): Set<string> {
  const hit = cache.get(text);
  if (hit) return hit;
  const set = bigramsOf(text);
  if (cache.size > 256) cache.clear();
  cache.set(text, set);
  return set;
}

function bigramsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\u4e00-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

/** Share of `part`'s bigrams found in `whole` (0 when part has none). */
export function containment(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let hit = 0;
  for (const b of part) if (whole.has(b)) hit++;
  return hit / part.size;
}
