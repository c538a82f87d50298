import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed page and its gold figures, as the figure tests read them. */
export interface GoldFigure {
  text: string;
  value: number | null;
  unit: string | null;
  subject: string;
  kind: string;
  qualifier?: string;
}

export interface GoldArticle {
  id: string;
  body_span: { raw_start: number; raw_end: number };
  figures: GoldFigure[];
}

const SEED = join(process.cwd(), 'tests/fixtures/seed');

export function loadSeed(): { articles: GoldArticle[]; bodyOf: (a: GoldArticle) => string } {
  const gold = JSON.parse(readFileSync(join(SEED, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
  // gold offsets are Python string indices: code points, not UTF-16 units.
  const raw = Array.from(readFileSync(join(SEED, 'hnrb-2024-12-12-page02.txt'), 'utf8'));
  const bodyOf = (a: GoldArticle) =>
    raw
      .slice(a.body_span.raw_start, a.body_span.raw_end)
      .join('')
      .replace(/\s+/g, '')
      .replace(/^湖南日报\d{1,2}月\d{1,2}日讯（[^）]*）/, '');
  return { articles: gold.articles, bodyOf };
}
