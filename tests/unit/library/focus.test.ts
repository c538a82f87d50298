import { describe, expect, it } from 'vitest';
import { focusSegments, sentenceAround } from '@/src/ui/library/focus';
import type { Segment } from '@/src/ui/library/highlight';

const TEXT = '长沙海关今天发布。前11个月，湖南省进出口总值5121.9亿元；其中出口3003.4亿元。\n第二段。';

describe('the sentence opened from a point of 走势', () => {
  it('runs from after the previous 。；or line break to the next one, inclusive', () => {
    const at = TEXT.indexOf('5121.9');
    const r = sentenceAround(TEXT, at);
    expect(TEXT.slice(r.start, r.end)).toBe('前11个月，湖南省进出口总值5121.9亿元；');
    const last = sentenceAround(TEXT, TEXT.indexOf('第二段'));
    expect(TEXT.slice(last.start, last.end)).toBe('第二段。');
    const first = sentenceAround(TEXT, 0);
    expect(TEXT.slice(first.start, first.end)).toBe('长沙海关今天发布。');
  });

  it('cuts plain runs at the sentence’s edges, flags what is inside, never cuts a mark', () => {
    const segs: Segment[] = [
      { text: '长沙海关今天发布。前11个月，湖南省进出口总值', kind: null },
      { text: '5121.9亿元', kind: 'figure' },
      { text: '；其中出口', kind: null },
    ];
    const r = sentenceAround(TEXT, TEXT.indexOf('5121.9'));
    const out = focusSegments(segs, r);
    expect(out.map((s) => s.text).join('')).toBe(segs.map((s) => s.text).join(''));
    expect(out.filter((s) => s.focus).map((s) => s.text).join('')).toBe('前11个月，湖南省进出口总值5121.9亿元；');
    expect(out.find((s) => s.kind === 'figure')).toMatchObject({ text: '5121.9亿元', focus: true });
    expect(focusSegments(segs, null).every((s) => !s.focus)).toBe(true);
  });
});
