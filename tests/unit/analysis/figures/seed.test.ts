import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/src/analysis/figures';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import type { Figure } from '@/src/analysis/types';
import { loadSeed } from './seed-gold';

/**
 * The development set: every gold article of the seed page, body = its span with whitespace
 * removed and the dateline stripped (an approximation of the cleaner's output).
 * Figures match by text in order; subjects match when their words overlap the gold's by half.
 */
const seg = nodeSegmenter();
const noWs = (s: string) => s.replace(/\s+/g, '');

async function words(s: string): Promise<Set<string>> {
  const cut = await seg.cut(s);
  return new Set(cut.filter((w) => /[\p{L}\p{N}]/u.test(w) && w !== '的'));
}

/** Dice overlap of the two subjects' words, and the share of the gold's words found. */
async function subjectOverlap(a: string, gold: string): Promise<number> {
  const [x, y] = [await words(a), await words(gold)];
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  goldRecall.push(both / y.size);
  return (2 * both) / (x.size + y.size);
}
const goldRecall: number[] = [];

describe('figures on the seed page (development set)', () => {
  it('reaches figures F1 ≥ 0.90, kind ≥ 0.90, subject ≥ 0.80', async () => {
    const { articles, bodyOf } = loadSeed();
    let tp = 0;
    let nPred = 0;
    let nGold = 0;
    let kindOk = 0;
    let subjectOk = 0;
    const rows: string[] = ['article  gold  pred  match     P     R'];
    const misses: string[] = [];
    for (const a of articles) {
      const body = bodyOf(a);
      const figures: Figure[] = extractFigures(body, await seg.tag(body));
      for (const f of figures) expect(body.slice(f.start, f.end)).toBe(f.text);
      let from = 0;
      let match = 0;
      const used = new Set<number>();
      for (const g of a.figures) {
        const i = figures.findIndex((f, k) => k >= from && noWs(f.text) === noWs(g.text));
        if (i < 0) {
          misses.push(`${a.id} missed   ${g.text} (${g.kind}, ${g.subject})`);
          continue;
        }
        from = i + 1;
        used.add(i);
        match++;
        const f = figures[i]!;
        if (f.kind === g.kind) kindOk++;
        else misses.push(`${a.id} kind     ${g.text}: ${f.kind} ≠ ${g.kind}`);
        const ov = await subjectOverlap(f.subject, g.subject);
        if (ov >= 0.5) subjectOk++;
        else misses.push(`${a.id} subject  ${g.text}: "${f.subject}" vs "${g.subject}" (${ov.toFixed(2)})`);
      }
      figures.forEach((f, k) => {
        if (!used.has(k)) misses.push(`${a.id} extra    ${f.text} (${f.kind}, ${f.subject})`);
      });
      tp += match;
      nPred += figures.length;
      nGold += a.figures.length;
      const p = figures.length ? match / figures.length : 1;
      const r = a.figures.length ? match / a.figures.length : 1;
      rows.push(
        `${a.id.padEnd(7)} ${String(a.figures.length).padStart(5)} ${String(figures.length).padStart(5)} ${String(match).padStart(6)} ${p.toFixed(2).padStart(5)} ${r.toFixed(2).padStart(5)}`,
      );
    }
    const precision = tp / nPred;
    const recall = tp / nGold;
    const f1 = (2 * precision * recall) / (precision + recall);
    const kindAcc = kindOk / tp;
    const subjectAcc = subjectOk / tp;
    rows.push(`overall  ${nGold} ${nPred} ${tp}  P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
    rows.push(`kind accuracy ${kindAcc.toFixed(3)}  subject accuracy ${subjectAcc.toFixed(3)} (Dice ≥ 0.5)`);
    const lenient = goldRecall.filter((r) => r >= 0.5).length / goldRecall.length;
    rows.push(`subject accuracy ${lenient.toFixed(3)} if half of the gold subject's words must be found`);
    console.log([...rows, '', ...misses].join('\n'));
    expect(f1).toBeGreaterThanOrEqual(0.9);
    expect(kindAcc).toBeGreaterThanOrEqual(0.9);
    expect(subjectAcc).toBeGreaterThanOrEqual(0.8);
  });
});
