import { describe, expect, it } from 'vitest';
import { lowerBound } from '@/src/analysis/sorted';

describe('lowerBound', () => {
  it('finds the first value not below x', () => {
    expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
    expect(lowerBound([1, 3, 3, 7], 4)).toBe(3);
    expect(lowerBound([1, 3, 3, 7], 8)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });
});
