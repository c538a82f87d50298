import { describe, expect, it } from 'vitest';
import { cleanText } from '@/src/analysis/clean';

describe('numbers spaced from their words', () => {
  it('joins a number to the ideographs around it in page text, with offsets kept', () => {
    const input = '全省有 121 个县，增长 5.2% 的企业。记者 张三';
    const c = cleanText(input, { raw: false });
    expect(c.text).toBe('全省有121个县，增长5.2%的企业。记者 张三');
    const at = c.text.indexOf('121个');
    expect(input.slice(c.map[at]!, c.map[at + 3]! + 1)).toBe('121 个');
  });
});
