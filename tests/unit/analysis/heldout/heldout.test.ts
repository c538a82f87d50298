import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '@/src/analysis/analyze';
import { formatScores, parseGold, scoreDocument, type Scores } from '@/src/analysis/eval';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import type { AnalysisDocument } from '@/src/analysis/types';

/**
 * The held-out set (tests/fixtures/heldout): six articles the extractors were not developed on.
 * It is read two ways: each article as a pasted article (title lines, blank line, body; the gold
 * entry's seed_file), and all six as one page of raw PDF text (page.txt, headlines after bodies).
 * FLOOR holds the scores last measured, less about 0.05: the test guards against regressions;
 * the floors are not targets. Since the second session's fixes (villages, rivers, parks, 该校 units,
 * counted crops, sizes, cuts, scene leads) were made after seeing this set's failures, it is no
 * longer fully held out: tests/fixtures/heldout2 is the fresh one.
 */
const dir = 'tests/fixtures/heldout';
const gold = parseGold(readFileSync(join(dir, 'gold.json'), 'utf8'));
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const seedFileOf = (a: object) => (a as { seed_file: string }).seed_file;

const FLOOR = {
  figuresP: 0.95,
  figuresR: 0.95,
  kind: 0.95,
  subject: 0.93,
  officials: 0.95,
  officialTitles: 0.95,
  journalists: 0.95,
  people: 0.95,
  places: 0.95,
  orgs: 0.85,
  rouge1: 0.82,
  rouge2: 0.8,
};

const seg = nodeSegmenter();
const score = (doc: AnalysisDocument) => scoreDocument(gold, doc, { words: (t) => seg.cut(t) });

function floors(get: () => Scores) {
  it('keeps figures, kinds and subjects above their floors', () => {
    const s = get();
    expect(s.figures.precision).toBeGreaterThanOrEqual(FLOOR.figuresP);
    expect(s.figures.recall).toBeGreaterThanOrEqual(FLOOR.figuresR);
    expect(s.figures.kindAccuracy).toBeGreaterThanOrEqual(FLOOR.kind);
    expect(s.figures.subjectAccuracy).toBeGreaterThanOrEqual(FLOOR.subject);
  });

  it('keeps officials and their titles above their floors', () => {
    const s = get();
    expect(s.officials.f1).toBeGreaterThanOrEqual(FLOOR.officials);
    expect(s.officials.titleAccuracy).toBeGreaterThanOrEqual(FLOOR.officialTitles);
  });

  it('keeps journalists, people, places and organisations above their floors', () => {
    const s = get();
    expect(s.journalists.f1).toBeGreaterThanOrEqual(FLOOR.journalists);
    expect(s.people.f1).toBeGreaterThanOrEqual(FLOOR.people);
    expect(s.places.f1).toBeGreaterThanOrEqual(FLOOR.places);
    expect(s.orgs.f1).toBeGreaterThanOrEqual(FLOOR.orgs);
  });

  it('keeps summaries above their floors', () => {
    const s = get();
    expect(s.summary.articles).toBe(gold.articles.length);
    expect(s.summary.rouge1.f1).toBeGreaterThanOrEqual(FLOOR.rouge1);
    expect(s.summary.rouge2.f1).toBeGreaterThanOrEqual(FLOOR.rouge2);
  });
}

describe('held-out set, each article pasted on its own', () => {
  let s: Scores;
  let docs: AnalysisDocument[];
  beforeAll(async () => {
    docs = [];
    for (const g of gold.articles) docs.push(await analyzeText(read(seedFileOf(g)), seg, { path: seedFileOf(g) }));
    // Scored together, as one document: the scorer pairs articles by their text.
    s = await score({ ...docs[0]!, articles: docs.flatMap((d) => d.articles) });
    console.log(`held-out set, pasted articles (${gold.articles.length})\n${formatScores(s)}`);
  }, 60_000);

  it('reads each pasted article as one article with its headline and roles', () => {
    expect(docs.map((d) => d.articles.length)).toEqual(gold.articles.map(() => 1));
    expect(s.articles).toMatchObject({ gold: 6, predicted: 6, found: 6, titlesMatched: 6, rolesMatched: 6 });
  });

  floors(() => s);
});

describe('held-out set as one page of raw PDF text', () => {
  let s: Scores;
  beforeAll(async () => {
    s = await score(await analyzeText(read('page.txt'), seg, { path: 'page.txt' }));
    console.log(`held-out set, page.txt\n${formatScores(s)}`);
  }, 60_000);

  it('splits the page into the six articles and gives each its headline back', () => {
    expect(s.articles).toMatchObject({ gold: 6, predicted: 6, found: 6, titlesMatched: 6, rolesMatched: 6 });
  });

  floors(() => s);
});
