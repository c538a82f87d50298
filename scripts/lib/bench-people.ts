/**
 * The people index (names, titles, 履历 with its links and change marks) over a library of 5,000
 * saved articles, in Node: buildPeopleIndex as store.people() calls it, and (benchPeopleCold) a
 * freshly opened store over the in-memory area, the articles saved with their texts, → people().
 * The articles are the library bench's (about 10 officials and 10 people each, names recurring
 * across some 20 articles), plus six provincial leaders printed in every article with posts that
 * change over the years, the worst case for linking (one name, thousands of sightings).
 */
import { memoryArea } from '../../src/library/area';
import { localLock } from '../../src/library/lock';
import { buildPeopleIndex } from '../../src/library/people';
import { mergeSave } from '../../src/library/merge';
import { createLibraryStore } from '../../src/library/store';
import type { SavedArticle } from '../../src/library/types';
import { makeArticle } from '../../tests/unit/library/generate';
import { spread, type Spread } from './stats';

const LEADERS: Array<[string, (year: number) => string[]]> = [
  ['沈晓明', (y) => (y < 2023 ? ['省委副书记', '省长'] : ['省委书记', '省人大常委会主任'])],
  ['毛伟明', (y) => (y < 2023 ? ['省委副书记', '代省长'] : ['省委副书记', '省长'])],
  ['杨浩东', (y) => (y < 2023 ? ['省委常委', '省委宣传部部长'] : ['省人大常委会副主任'])],
  ['王勇', (y) => (y % 2 ? ['岳阳市委书记'] : ['省科技厅厅长'])],
  ['张迎春', () => ['副省长']],
  ['毛省长', () => []],
];

/** `withText`: as saved (about 2,000 characters each), for the store; else without, for buildPeopleIndex alone. */
export function peopleLibrary(n: number, withText = false): SavedArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const base = makeArticle(i);
    const year = 2019 + (i % 7);
    const issueDate = `${year}${base.issueDate.slice(4)}`;
    const officials = [...base.article.officials, ...LEADERS.map(([name, titles]) => ({ name, titles: titles(year), mentions: [] }))];
    return mergeSave(null, { ...base, issueDate, article: { ...base.article, text: withText ? base.article.text : '', officials } }, '2025-01-01T00:00:00.000Z');
  });
}

export interface PeopleBench {
  articles: number;
  names: number;
  careers: number;
  /** Wall time. */
  ms: Spread;
  /** This process's CPU time (the machine may be shared: the fairer figure). */
  cpuMs: Spread;
}

export function benchPeople(n = 5000, runs = 7): PeopleBench {
  const articles = peopleLibrary(n);
  buildPeopleIndex(articles); // warm-up: V8 compiles, the collator is built
  const times: number[] = [];
  const cpu: number[] = [];
  let index = buildPeopleIndex(articles);
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    index = buildPeopleIndex(articles);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const careers = index.reduce((k, p) => k + p.careers.length, 0);
  return { articles: n, names: index.length, careers, ms: spread(times), cpuMs: spread(cpu) };
}

export interface PeopleColdBench {
  articles: number;
  /** A new store (the panel just opened) → people(): what it reads, then the index built. */
  ms: Spread;
  cpuMs: Spread;
}

export async function benchPeopleCold(n = 5000, runs = 7): Promise<PeopleColdBench> {
  const area = memoryArea();
  const store = createLibraryStore({ area, lock: localLock });
  const r = await store.putMany(peopleLibrary(n, true));
  if (!r.ok) throw new Error(r.message);
  store.close();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fresh = createLibraryStore({ area, lock: localLock });
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fresh.people();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    fresh.close();
  }
  return { articles: n, ms: spread(times), cpuMs: spread(cpu) };
}
