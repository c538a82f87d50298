/** Gold articles of the seed page as bodies for the entity extractor, and a scorer by name. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/seed');

export interface GoldArticle {
  id: string;
  body: string;
  officials: { name: string; titles: string[] }[];
  people: string[];
  places: string[];
  orgs: string[];
  journalists: string[];
}

/** Body = seed slice of body_span, whitespace removed, leading dateline 湖南日报…讯（…） stripped. */
export function goldArticles(): GoldArticle[] {
  const gold = JSON.parse(readFileSync(join(SEED, 'gold.json'), 'utf8'));
  const seed = [...readFileSync(join(SEED, 'hnrb-2024-12-12-page02.txt'), 'utf8')];
  return gold.articles.map((a: any) => {
    const raw = seed.slice(a.body_span.raw_start, a.body_span.raw_end).join('');
    const body = raw.replace(/\s/gu, '').replace(/^湖南日报[^（]{0,20}讯（[^）]*）/u, '');
    return {
      id: a.id,
      body,
      officials: a.officials.map((o: any) => ({ name: o.name, titles: o.titles })),
      people: a.other_people.map((p: any) => p.name),
      places: a.places,
      orgs: a.orgs,
      journalists: (a.journalists ?? []).map((j: any) => j.name),
    };
  });
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export const score = (got: readonly string[], want: readonly string[]): Score => {
  const g = new Set(got);
  const w = new Set(want);
  const tp = [...g].filter((x) => w.has(x)).length;
  return { tp, fp: g.size - tp, fn: w.size - tp };
};

export const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export function prf({ tp, fp, fn }: Score): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
