import { describe, expect, it } from 'vitest';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

describe('segmenter', () => {
  const seg = nodeSegmenter();

  it('starts up in Node from the wasm in node_modules', async () => {
    const info = await seg.ready();
    expect(info.path).toBe('node');
    expect(info.startupMs).toBeGreaterThan(0);
  });

  it('cuts Chinese text into words', async () => {
    expect(await seg.cut('我们今天发布数据')).toEqual(['我们', '今天', '发布', '数据']);
  });

  it('gives UTF-16 offsets that slice back to each word', async () => {
    const text = '我省进出口5121.9亿元，增长10%。';
    for (const t of await seg.tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.word);
  });

  it('keeps offsets right after astral characters', async () => {
    const text = '𠮷野家在长沙开店😀，投资1.2亿元';
    const tokens = await seg.tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    const last = tokens.at(-1)!;
    expect(last.end).toBe(text.length);
    expect(text.length).toBeGreaterThan([...text].length);
  });

  it('tags words with offsets that cover the text', async () => {
    const text = '𠮷省委常委、省委秘书长出席会议。';
    const tags = await seg.tag(text);
    expect(tags.map((t) => t.word).join('')).toBe(text);
    for (const t of tags) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tags.find((t) => t.word === '省委常委')?.tag).toBe('j');
  });

  it('knows the user dictionary: titles, places and organisations stay whole', async () => {
    const words = (await seg.tag('怀化市委书记到长沙海关调研')).map((t) => `${t.word}/${t.tag}`);
    expect(words).toContain('市委书记/n');
    expect(words).toContain('长沙海关/nt');
  });
});
