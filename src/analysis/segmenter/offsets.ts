/**
 * jieba counts offsets in Unicode code points; the DOM and JS strings count UTF-16 units.
 * An astral character (𠮷, emoji) is one code point but two units, so without this map a
 * highlight after it would shift.
 */
export function codePointToUtf16Map(text: string): ((cp: number) => number) | null {
  if (!/[\uD800-\uDBFF]/.test(text)) return null; // no astral characters: offsets agree
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[cp] ?? unit;
}
