/** A set of claimed UTF-16 ranges, so that a word inside an organisation or a title is not listed again. */
export class Claimed {
  private readonly ranges: [number, number][] = [];

  add(start: number, end: number): void {
    this.ranges.push([start, end]);
  }

  overlaps(start: number, end: number): boolean {
    // A plain loop: asked for every place and name found, against every range claimed so far.
    const ranges = this.ranges;
    for (let k = 0; k < ranges.length; k++) if (start < ranges[k]![1] && ranges[k]![0] < end) return true;
    return false;
  }
}

/** Distinct strings in order of first appearance. */
export function distinct(items: Iterable<string>): string[] {
  return [...new Set(items)];
}
