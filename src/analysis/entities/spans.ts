/** A set of claimed UTF-16 ranges, so that a word inside an organisation or a title is not listed again. */
export class Claimed {
  private readonly ranges: [number, number][] = [];

  add(start: number, end: number): void {
    this.ranges.push([start, end]);
  }

  overlaps(start: number, end: number): boolean {
    return this.ranges.some(([s, e]) => start < e && s < end);
  }
}

/** Distinct strings in order of first appearance. */
export function distinct(items: Iterable<string>): string[] {
  return [...new Set(items)];
}
