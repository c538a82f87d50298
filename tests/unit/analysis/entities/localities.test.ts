import { describe, expect, it } from 'vitest';
import { isLocality, localityNames, LONGEST_LOCALITY_NAME } from '@/src/analysis/dict';
import { localityMayStartAt, localityNamesAt } from '@/src/analysis/entities/localities';
import { Trie } from '@/src/analysis/entities/trie';

describe('town and village names looked up at an offset', () => {
  const names = localityNames();

  it('accept exactly the names of localityNames, none longer than the bound', () => {
    for (const n of names) {
      expect(isLocality(n), n).toBe(true);
      expect(n.length).toBeLessThanOrEqual(LONGEST_LOCALITY_NAME);
    }
    for (const n of ['新村', '示范村', '中心村', '十八洞', '社区', '新农村', '长沙市', '']) expect(isLocality(n), n).toBe(false);
  });

  it('find what a trie over those names finds, at every offset', () => {
    const trie = new Trie(names);
    // Names run together, cut short, and standing alone, with other words around them.
    const text = `在${names.slice(0, 400).join('')}和十八洞村、双龙镇十八洞村委会及示范村${names.slice(-400).join('，')}长沙`;
    for (let at = 0; at <= text.length; at++) {
      const lens = trie.matchesAt(text, at);
      expect(localityNamesAt.matchesAt(text, at), `at ${at}`).toEqual(lens);
      if (lens.length) expect(localityMayStartAt(text, at)).toBe(true);
    }
  });
});
