import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/src/analysis/figures';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import { loadSeed } from './seed-gold';

describe('speed', () => {
  it('extracts the figures of the seed page in a fraction of the segmenter time', { timeout: 60_000 }, async () => {
    const seg = nodeSegmenter();
    const { articles, bodyOf } = loadSeed();
    const bodies = articles.map(bodyOf);
    const tagged = await Promise.all(bodies.map((b) => seg.tag(b)));
    for (let i = 0; i < 5; i++) bodies.forEach((b, k) => extractFigures(b, tagged[k]!)); // warm up
    // Interleaved, so that a busy machine slows both alike.
    let segmentMs = 0;
    let figuresMs = 0;
    const runs = 4;
    for (let r = 0; r < runs; r++) {
      let t = performance.now();
      for (const b of bodies) await seg.tag(b);
      segmentMs += performance.now() - t;
      t = performance.now();
      bodies.forEach((b, k) => extractFigures(b, tagged[k]!));
      figuresMs += performance.now() - t;
    }
    console.log(`per page: segmenter ${(segmentMs / runs).toFixed(2)} ms, figures ${(figuresMs / runs).toFixed(2)} ms`);
    expect(figuresMs).toBeLessThan(segmentMs * 0.5);
  });
});
