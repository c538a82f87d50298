import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SavedArticle, SaveInput } from '@/src/library/types';
import { makeArticle } from './generate';

/** The real articles of tests/fixtures/library-series (an export file). */
export const SERIES_FIXTURE = fileURLToPath(new URL('../../fixtures/library-series/library.json', import.meta.url));

export function seriesFixtureArticles(): SavedArticle[] {
  return (JSON.parse(readFileSync(SERIES_FIXTURE, 'utf8')) as { articles: SavedArticle[] }).articles;
}

/**
 * A library of `n` articles for the 走势 bench: every other one generated (makeArticle: ~2,000
 * characters, 20 figures over 7 subjects), the others the real articles of the fixture again
 * under new ids, a day apart, so their subjects (进出口总值, 地区生产总值 …) recur across dates.
 */
export function seriesBenchLibrary(n: number): SaveInput[] {
  const real = seriesFixtureArticles();
  return Array.from({ length: n }, (_, i) => seriesBenchArticle(i, real));
}

const DAY0 = Date.UTC(2012, 0, 1);

/** Article i of seriesBenchLibrary(). */
export function seriesBenchArticle(i: number, real: readonly SavedArticle[] = seriesFixtureArticles()): SaveInput {
  if (i % 2 === 0) return makeArticle(i);
  const a = real[(i >> 1) % real.length]!;
  const id = String(2_000_000 + i);
  const issueDate = new Date(DAY0 + i * 86_400_000).toISOString().slice(0, 10);
  const { key: _k, savedAt: _s, updatedAt: _u, ...rest } = a;
  return { ...rest, contentId: `content_${id}`, url: `http://epaper.voc.com.cn/hnrb/html/${issueDate.slice(0, 7)}/${issueDate.slice(8)}/content_${id}.htm`, issueDate };
}
