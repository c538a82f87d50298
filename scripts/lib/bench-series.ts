/**
 * 走势 at library scale: the series list built from N saved articles (half generated, half the
 * real fixture's articles again), in plain Node over the in-memory area.
 *   cold:  a new store (the panel just opened): entries and facts items read, then grouped
 *   changed: the same store after one more save (facts cached but one, grouping redone)
 *   same:  the same store, nothing changed (the list is reused)
 *   build: buildSeries() alone
 */
import { memoryArea } from '../../src/library/area';
import { localLock } from '../../src/library/lock';
import { buildSeries } from '../../src/library/series';
import { createLibraryStore } from '../../src/library/store';
import { seriesBenchArticle, seriesBenchLibrary } from '../../tests/unit/library/series-library';
import { spread, type Spread } from './stats';

/** Wall time and this process's CPU time of one call (the machine may be shared: CPU is the fair figure). */
async function timed(fn: () => unknown): Promise<[number, number]> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return [performance.now() - t0, (c.user + c.system) / 1000];
}

export interface SeriesBench {
  articles: number;
  figures: number;
  series: number;
  largestSeries: number;
  coldMs: Spread;
  changedMs: Spread;
  sameMs: Spread;
  buildMs: Spread;
  /** CPU time of the same calls. */
  cpu: { coldMs: Spread; changedMs: Spread; buildMs: Spread };
  /** Bytes as Chrome counts them (key + JSON, UTF-8), by kind of item, in MB. */
  storageMB: { articles: number; entries: number; facts: number };
}

function storageMB(data: Map<string, string>): SeriesBench['storageMB'] {
  const enc = new TextEncoder();
  const mb = { articles: 0, entries: 0, facts: 0 };
  for (const [k, v] of data) {
    const n = (enc.encode(k).length + enc.encode(v).length) / 1e6;
    if (k.startsWith('lib.a:')) mb.articles += n;
    else if (k.startsWith('lib.i:')) mb.entries += n;
    else if (k.startsWith('lib.f:')) mb.facts += n;
  }
  return mb;
}

export async function benchSeries(n = 5000, runs = 7): Promise<SeriesBench> {
  const area = memoryArea();
  const store = createLibraryStore({ area, lock: localLock });
  const saved = await store.saveMany(seriesBenchLibrary(n));
  if (saved.failure) throw new Error(saved.failure.message);
  const articles = await store.all();
  const storage = storageMB(area.data);
  const cold: number[] = [];
  const coldCpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fresh = createLibraryStore({ area, lock: localLock });
    const [ms, cpu] = await timed(() => fresh.series());
    cold.push(ms);
    coldCpu.push(cpu);
    fresh.close();
  }
  const changed: number[] = [];
  const changedCpu: number[] = [];
  const same: number[] = [];
  await store.series();
  for (let i = 0; i < runs; i++) {
    await store.save(seriesBenchArticle(n + 2 * i + 1)); // a real article again: its series change
    const [ms, cpu] = await timed(() => store.series());
    changed.push(ms);
    changedCpu.push(cpu);
    same.push((await timed(() => store.series()))[0]);
  }
  const build: number[] = [];
  const buildCpu: number[] = [];
  let series = buildSeries(articles);
  for (let i = 0; i < runs; i++) {
    const [ms, cpu] = await timed(() => (series = buildSeries(articles)));
    build.push(ms);
    buildCpu.push(cpu);
  }
  store.close();
  return {
    articles: n,
    figures: articles.reduce((k, a) => k + a.article.figures.length, 0),
    series: series.length,
    largestSeries: Math.max(...series.map((s) => s.points.length)),
    coldMs: spread(cold),
    changedMs: spread(changed),
    sameMs: spread(same),
    buildMs: spread(build),
    cpu: { coldMs: spread(coldCpu), changedMs: spread(changedCpu), buildMs: spread(buildCpu) },
    storageMB: storage,
  };
}
