/**
 * The library with 5,000 saved articles of realistic size: save, list and search times and the
 * storage.local bytes they take (Chrome's accounting: key + JSON value, UTF-8).
 *   npx tsx scripts/bench-library.ts [count]
 */
import { memoryArea } from '../src/library/area';
import { createLibraryStore } from '../src/library/store';
import { localLock } from '../src/library/lock';
import { makeArticle } from '../tests/unit/library/generate';

const N = Number(process.argv[2] ?? 5000);
const CHROME_QUOTA = 10 * 1024 * 1024;
/** Wall time, and this process's CPU time (the machine may be shared: the CPU figure is the fair one). */
let cpu0 = process.cpuUsage();
const ms = (t0: number): string => {
  const c = process.cpuUsage(cpu0);
  return `${(performance.now() - t0).toFixed(1)} ms (cpu ${((c.user + c.system) / 1000).toFixed(0)} ms)`;
};
const start = (): number => {
  cpu0 = process.cpuUsage();
  return performance.now();
};

async function main(): Promise<void> {
  const area = memoryArea();
  const store = createLibraryStore({ area, lock: localLock });
  const inputs = Array.from({ length: N }, (_, i) => makeArticle(i));

  let t0 = start();
  const res = await store.saveMany(inputs);
  if (res.failure) throw new Error(res.failure.message);
  const saveAllText = ms(t0);
  const saveAll = performance.now() - t0;
  t0 = start();
  await store.save({ ...makeArticle(N + 1) });
  const saveOne = ms(t0);

  t0 = start();
  const list = await store.list({ order: 'saved' });
  const listMs = ms(t0);
  t0 = start();
  await store.list({ order: 'issue' });
  const listIssueMs = ms(t0);

  // Another tab (or the panel reopened): a new store over the same storage, nothing cached.
  const cold = createLibraryStore({ area, lock: localLock });
  t0 = start();
  await cold.list({ order: 'saved' });
  const coldListMs = ms(t0);
  t0 = start();
  await cold.get(list[2500]!.key);
  const getMs = ms(t0);

  t0 = start();
  await store.prepare();
  const prepareMs = ms(t0);
  t0 = start();
  const first = await store.search('进出口总值');
  const firstMs = ms(t0);
  t0 = start();
  const warm: number[] = [];
  for (const q of ['进出口', '民营企业', '增长', '长沙海关', '5121.9', '怀化株洲']) warm.push((await store.search(q)).ms);
  const warmTotal = ms(t0);
  t0 = start();
  const filtered = await store.search('出口', { page: '02' });
  const filteredMs = ms(t0);

  t0 = start();
  const people = await store.people();
  const peopleMs = ms(t0);
  t0 = start();
  const figures = await store.figures({ subject: '进出口' });
  const figuresMs = ms(t0);

  const bytes = area.bytesInUse();
  const perArticle = bytes / list.length;
  const entryBytes = [...area.data].filter(([k]) => k.startsWith('lib.i:')).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
  console.log(`articles                 ${list.length}`);
  console.log(`save ${N} (one by one)    ${saveAllText}  (${(saveAll / N).toFixed(2)} ms each)`);
  console.log(`save one more             ${saveOne}`);
  console.log(`list by date saved        ${listMs}`);
  console.log(`list by issue date        ${listIssueMs}`);
  console.log(`list, cold (new tab)      ${coldListMs}`);
  console.log(`open one article          ${getMs}`);
  console.log(`index all texts (prepare) ${prepareMs}  (load every article once, on opening the library)`);
  console.log(`search, first query       ${firstMs}  → ${first.hits.length} hits`);
  console.log(`search, warm (6 queries)  ${warm.map((w) => w.toFixed(1)).join(' / ')} ms; all six: ${warmTotal}`);
  console.log(`search 出口 on page 02     ${filteredMs} → ${filtered.hits.length} hits`);
  console.log(`people index              ${peopleMs} → ${people.length} names`);
  console.log(`figures 进出口             ${figuresMs} → ${figures.length} rows`);
  t0 = start();
  await store.people();
  console.log(`people index, again       ${ms(t0)}`);
  console.log(`storage bytes             ${bytes} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${(perArticle / 1024).toFixed(1)} KB per article; list entries ${(entryBytes / 1024 / 1024).toFixed(2)} MB)`);
  console.log(`fits in 10 MB without unlimitedStorage: ${bytes <= CHROME_QUOTA ? 'yes' : `no — about ${Math.floor(CHROME_QUOTA / perArticle)} articles fit`}`);
  console.log(`load average              ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs`);
  console.log(`heap used                 ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
