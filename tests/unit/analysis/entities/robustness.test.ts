import { beforeAll, describe, expect, it } from 'vitest';
import { extractEntities } from '@/src/analysis/entities';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import { warmUp } from './helpers';

// Loading the wasm and the user dictionary takes seconds on a busy machine: not part of any test.
beforeAll(warmUp, 60_000);

describe('entities: inputs at the edges', () => {
  it('returns nothing for an empty text', () => {
    expect(extractEntities('', [])).toEqual({ officials: [], people: [], places: [], orgs: [] });
  });

  it('still reads titles and names without any tags (the tags only help)', () => {
    const e = extractEntities('省委常委、省委秘书长秦国文出席。', []);
    expect(e.officials.map((o) => [o.name, o.titles])).toEqual([['秦国文', ['省委常委', '省委秘书长']]]);
  });

  it('gives UTF-16 mention offsets after astral characters', async () => {
    const text = '𠮷𠮷，副省长陈博彬在长沙出席。陈博彬强调，要抓好落实。';
    const e = extractEntities(text, await nodeSegmenter().tag(text));
    const [o] = e.officials;
    expect(o!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['陈博彬', '陈博彬']);
    expect(e.places).toEqual(['长沙']);
  });

  it('keeps one paragraph from running into the next (line breaks end titles and names)', async () => {
    const text = '会议强调，要抓好落实。\n省长毛伟明出席。\n市委书记\n吴桂英讲话。';
    const e = extractEntities(text, await nodeSegmenter().tag(text));
    expect(e.officials.map((o) => o.name)).toEqual(['毛伟明']);
  });
});
