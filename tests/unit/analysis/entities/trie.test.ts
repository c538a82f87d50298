import { describe, expect, it } from 'vitest';
import { codeSet } from '@/src/analysis/clean/chars';
import { Trie } from '@/src/analysis/entities/trie';

describe('Trie', () => {
  const trie = new Trie(['湖南', '湖南省', '湖', '长沙市', '𠀀字']);

  it('lists every word starting at a position, longest first', () => {
    expect(trie.matchesAt('在湖南省长沙市', 1)).toEqual([3, 2, 1]);
    expect(trie.matchesAt('在湖南省长沙市', 4)).toEqual([3]);
    expect(trie.matchesAt('在湖南省长沙市', 0)).toEqual([]);
    expect(trie.matchesAt('湖南', 2)).toEqual([]);
  });

  it('stops at the end of the text', () => {
    expect(trie.matchesAt('长沙', 0)).toEqual([]);
    expect(trie.matchesAt('湖南', 0)).toEqual([2, 1]);
  });

  it('counts astral characters in UTF-16 units', () => {
    expect(trie.matchesAt('是𠀀字', 1)).toEqual([3]);
  });

  it('matches words ending at a position when built from reversed words', () => {
    const reversed = new Trie(['秘书长', '书长'].map((w) => w.split('').reverse().join('')));
    expect(reversed.matchesEndingAt('省委秘书长秦', 5)).toEqual([3, 2]);
    expect(reversed.matchesEndingAt('秘书长', 0)).toEqual([]);
  });

  it('tells which characters start a word', () => {
    expect(trie.starts('湖'.charCodeAt(0))).toBe(true);
    expect(trie.starts('南'.charCodeAt(0))).toBe(false);
  });

  it('handles an empty list', () => {
    expect(new Trie([]).matchesAt('湖南', 0)).toEqual([]);
  });
});

describe('codeSet', () => {
  it('is a table of the given characters', () => {
    const set = codeSet('王李');
    expect(set.has('王'.charCodeAt(0))).toBe(true);
    expect(set.has('张'.charCodeAt(0))).toBe(false);
    expect(set.has(NaN)).toBe(false); // charCodeAt past the end
  });
});

describe('Trie built from many words', () => {
  it('answers as a plain scan of the word list does', () => {
    // A small alphabet makes many shared prefixes, words inside words and repeats.
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const word = () => Array.from({ length: 1 + rand(5) }, () => '湖南长沙村镇'[rand(6)]).join('');
    const words = Array.from({ length: 3000 }, word);
    const trie = new Trie(words);
    const set = new Set(words);
    const text = Array.from({ length: 400 }, () => '湖南长沙村镇，'[rand(7)]).join('');
    for (let at = 0; at <= text.length; at++) {
      const expected: number[] = [];
      for (let len = 6; len >= 1; len--) if (at + len <= text.length && set.has(text.slice(at, at + len))) expected.push(len);
      expect(trie.matchesAt(text, at), `at ${at}`).toEqual(expected);
    }
  });
});
