import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '@/src/analysis/analyze';
import { matchInOrder, parseGold, prf, rougeN, scoreDocument, subjectMatches, subjectWordsMatch, type Scores } from '@/src/analysis/eval';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

const seed = readFileSync('tests/fixtures/seed/hnrb-2024-12-12-page02.txt', 'utf8');
const gold = parseGold(readFileSync('tests/fixtures/seed/gold.json', 'utf8'));

describe('scorer measures', () => {
  it('computes P/R/F1, order-preserving matches, lenient subjects and character ROUGE', () => {
    expect(prf(8, 2, 0)).toMatchObject({ precision: 0.8, recall: 1 });
    expect(matchInOrder(['a', 'b', 'c'], ['b', 'x', 'c'], (x) => x)).toEqual([[1, 0], [2, 2]]);
    expect(subjectMatches('前11个月湖南省进出口总值', '进出口总值')).toBe(true);
    expect(subjectMatches('对俄罗斯进出口', '出口')).toBe(false);
    expect(subjectWordsMatch(['前', '11', '个', '月', '出口'], ['出口'])).toBe(true);
    expect(subjectWordsMatch(['对', '俄罗斯', '进出口'], ['出口'])).toBe(false);
    expect(rougeN('进出口总值', '进出口总值', 2).f1).toBe(1);
    expect(rougeN('进出口总值', '出口', 1)).toMatchObject({ precision: 1, recall: 0.4 });
  });
});

describe('the whole pipeline on the seed page', () => {
  const seg = nodeSegmenter();
  let s: Scores;
  beforeAll(async () => {
    const doc = await analyzeText(seed, seg);
    s = await scoreDocument(gold, doc, { words: (t) => seg.cut(t) });
  }, 60_000);

  it('splits the page into the 13 gold articles with their titles', () => {
    expect(s.articles).toMatchObject({ gold: 13, predicted: 13, found: 13, titlesMatched: 13 });
  });

  it('finds every journalist with the printed role', () => {
    expect(s.journalists.f1).toBe(1);
  });

  it('picks summaries that overlap the reference sentences', () => {
    expect(s.summary.rouge1.recall).toBeGreaterThan(0.8);
    expect(s.summary.rouge1.f1).toBeGreaterThan(0.7);
  });

  describe('targets', () => {
    it('officials F1 ≥ 0.95 with every title right', () => {
      expect(s.officials.f1).toBeGreaterThanOrEqual(0.95);
      expect(s.officials.titleAccuracy).toBe(1);
    });

    it('figures F1 ≥ 0.90, kind accuracy ≥ 0.90, subject accuracy ≥ 0.80', () => {
      expect(s.figures.f1).toBeGreaterThanOrEqual(0.9);
      expect(s.figures.kindAccuracy).toBeGreaterThanOrEqual(0.9);
      expect(s.figures.subjectAccuracy).toBeGreaterThanOrEqual(0.8);
    });
  });
});
