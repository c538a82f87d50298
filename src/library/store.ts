import { listKeys, type StorageArea } from './area';
import { toEntry, sortEntries } from './entry';
import { failureFrom, MESSAGES } from './errors';
import { toFacts } from './facts';
import { encodeFacts } from './facts-codec';
import { FactsCache } from './facts-cache';
import { buildFiguresView, type FigureFilter, type FigureRow } from './figures';
import { webLock, type Lock } from './lock';
import { cleanTags, mergeSave } from './merge';
import { migrateLibrary } from './migrations';
import { buildPeopleIndex, type PersonIndexEntry } from './people';
import { ARTICLE_PREFIX, ENTRY_PREFIX, SERIES_CHOICES_KEY, articleKey, entryKey, factsKey } from './schema';
import { LibrarySearch, type SearchFilters, type SearchHit } from './search';
import { buildSeries, cleanChoices, type Series, type SeriesChoices } from './series';
import type { Failure, LibraryEntry, ListOrder, Result, SaveInput, SavedArticle } from './types';

export interface LibraryStoreOptions {
  area: StorageArea;
  /** Serialises writes to one article; Web Locks by default. */
  lock?: Lock;
  /** ISO time; injectable for tests. */
  now?: () => string;
}

export interface SaveManyResult {
  saved: SavedArticle[];
  /** The first failure stops the batch (a full quota would fail every later one too). */
  failure: Failure | null;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Time spent, index catch-up included. */
  ms: number;
}

export interface LibraryStore {
  /** Runs pending migrations once; every other method waits for it. */
  ready(): Promise<Result<{ from: number | null; to: number }>>;
  save(input: SaveInput): Promise<Result<SavedArticle>>;
  saveMany(inputs: readonly SaveInput[]): Promise<SaveManyResult>;
  get(key: string): Promise<SavedArticle | null>;
  list(opts?: { order?: ListOrder }): Promise<LibraryEntry[]>;
  /** Every saved article in full, texts included (export). */
  all(): Promise<SavedArticle[]>;
  remove(key: string): Promise<Result<SavedArticle>>;
  /** Puts back what remove() returned (undo); merges if the article was saved again meanwhile. */
  restore(article: SavedArticle): Promise<Result<SavedArticle>>;
  update(key: string, patch: { tags?: string[]; note?: string }): Promise<Result<SavedArticle>>;
  search(query: string, filters?: SearchFilters, order?: ListOrder): Promise<SearchResult>;
  /** Loads what changed into the search index ahead of the first query (the view calls it on open). */
  prepare(): Promise<void>;
  people(): Promise<PersonIndexEntry[]>;
  figures(filter?: FigureFilter): Promise<FigureRow[]>;
  /** The figures grouped into series over time (走势), the reader's choices applied. */
  series(): Promise<Series[]>;
  seriesChoices(): Promise<SeriesChoices>;
  setSeriesChoices(choices: SeriesChoices): Promise<Result<SeriesChoices>>;
  /**
   * Merges articles in (import): all or nothing — on a failure every article already written
   * is put back as it was.
   */
  putMany(articles: readonly SavedArticle[]): Promise<Result<{ added: number; merged: number }>>;
  /** Stops watching storage (the list cache). */
  close(): void;
}

const asInput = (a: SavedArticle): SaveInput => ({ ...a });

export function createLibraryStore(opts: LibraryStoreOptions): LibraryStore {
  const { area } = opts;
  const lock = opts.lock ?? webLock;
  const now = opts.now ?? (() => new Date().toISOString());
  const index = new LibrarySearch();
  /**
   * The facts items (people index, figures view, 走势), read apart from the articles: those
   * views never wait for the texts the search index needs. The people index (履历 linking is
   * not free) and the series list are rebuilt only when facts.version changes.
   */
  const facts = new FactsCache(area);
  let peopleCache: { version: number; value: PersonIndexEntry[] } | null = null;
  let syncing: Promise<void> = Promise.resolve();
  let seriesCache: { version: number; choices: string; value: Series[] } | null = null;
  /** The list entries, kept in step through area.watch; without a watch every list reads storage. */
  let cache: Map<string, LibraryEntry> | null = null;
  /** Changes seen while the first list read is under way, applied on top of what it read. */
  let loading: Map<string, LibraryEntry | null> | null = null;
  const unwatch = area.watch?.((changes) => {
    for (const [k, change] of Object.entries(changes)) {
      if (!k.startsWith(ENTRY_PREFIX)) continue;
      const key = k.slice(ENTRY_PREFIX.length);
      const v = (change.newValue as LibraryEntry | null | undefined) ?? null;
      loading?.set(key, v);
      if (v) cache?.set(key, v);
      else cache?.delete(key);
    }
  });
  let migrated: Promise<Result<{ from: number | null; to: number }>> | null = null;

  const ready: LibraryStore['ready'] = () =>
    (migrated ??= lock('migrate', () => migrateLibrary(area)).then(
      (value) => ({ ok: true as const, value }),
      (err: unknown) => {
        migrated = null; // let a later call try again (e.g. after the reader frees space)
        return failureFrom(err);
      },
    ));

  async function readArticle(key: string): Promise<SavedArticle | null> {
    const k = articleKey(key);
    return ((await area.get(k))[k] as SavedArticle | undefined) ?? null;
  }

  async function write(a: SavedArticle): Promise<void> {
    // One set() call: the article, its list entry and its facts are written together or not at all.
    const entry = toEntry(a);
    await area.set({ [articleKey(a.key)]: a, [entryKey(a.key)]: entry, [factsKey(a.key)]: encodeFacts(toFacts(a)) });
    cache?.set(a.key, entry);
    facts.put(a);
  }

  async function erase(key: string): Promise<void> {
    await area.remove([articleKey(key), entryKey(key), factsKey(key)]);
    cache?.delete(key);
    index.drop(key);
    facts.drop(key);
  }

  /**
   * Brings the search index up to date with the stored entries, loading only the articles
   * saved, edited or removed since the last call (here or in another tab).
   */
  function syncIndex(list: readonly LibraryEntry[]): Promise<void> {
    // One at a time: a search typed while prepare() runs would otherwise load every article twice.
    const run = syncing.then(() => syncOnce(list));
    syncing = run.catch(() => {});
    return run;
  }

  async function syncOnce(list: readonly LibraryEntry[]): Promise<void> {
    const { stale, gone } = index.diff(list);
    for (const k of gone) index.drop(k);
    // 100 articles (~1.2 MB) a read, each after any facts read asked for meanwhile: the texts for
    // search load in the background of the articles tab, and 走势 or 人物 opened then waits for one
    // batch at most, not for 62 MB (storage answers one call after another).
    for (let i = 0; i < stale.length; i += 100) {
      await facts.settled();
      const got = await area.get(stale.slice(i, i + 100).map(articleKey));
      for (const a of Object.values(got) as SavedArticle[]) index.put(a);
    }
  }

  async function factsNow() {
    await facts.sync(await entries());
    return facts.values();
  }

  /** Read-merge-write of one article under its lock. */
  async function upsert(input: SaveInput): Promise<Result<SavedArticle>> {
    const r = await ready();
    if (!r.ok) return r;
    const probe = mergeSave(null, input, now());
    try {
      return await lock(probe.key, async () => {
        const merged = mergeSave(await readArticle(probe.key), input, now());
        await write(merged);
        return { ok: true as const, value: merged };
      });
    } catch (err) {
      return failureFrom(err);
    }
  }

  async function entries(): Promise<LibraryEntry[]> {
    if (!(await ready()).ok) return [];
    if (cache) return [...cache.values()];
    const seen = unwatch ? (loading ??= new Map()) : null;
    const keys = await listKeys(area, ENTRY_PREFIX);
    const got = keys.length ? (Object.values(await area.get(keys)) as LibraryEntry[]) : [];
    if (!seen) return got;
    const map = new Map(got.map((e) => [e.key, e]));
    for (const [k, v] of seen) {
      if (v) map.set(k, v);
      else map.delete(k);
    }
    if (loading === seen) loading = null;
    cache ??= map;
    return [...cache.values()];
  }

  async function readChoices(): Promise<SeriesChoices> {
    if (!(await ready()).ok) return cleanChoices(null);
    return cleanChoices((await area.get(SERIES_CHOICES_KEY))[SERIES_CHOICES_KEY]);
  }

  async function all(): Promise<SavedArticle[]> {
    if (!(await ready()).ok) return [];
    const keys = await listKeys(area, ARTICLE_PREFIX);
    if (!keys.length) return [];
    return Object.values(await area.get(keys)) as SavedArticle[];
  }

  return {
    ready,
    close: () => unwatch?.(),
    save: upsert,

    async saveMany(inputs) {
      const saved: SavedArticle[] = [];
      for (const input of inputs) {
        const r = await upsert(input);
        if (!r.ok) return { saved, failure: r };
        saved.push(r.value);
      }
      return { saved, failure: null };
    },

    async get(key) {
      if (!(await ready()).ok) return null;
      return readArticle(key);
    },

    async list(o = {}) {
      return sortEntries(await entries(), o.order ?? 'saved');
    },

    all,

    async remove(key) {
      const r = await ready();
      if (!r.ok) return r;
      try {
        return await lock(key, async () => {
          const old = await readArticle(key);
          if (!old) return { ok: false as const, reason: 'not-found' as const, message: MESSAGES.notFound };
          await erase(key);
          return { ok: true as const, value: old };
        });
      } catch (err) {
        return failureFrom(err);
      }
    },

    restore(article) {
      return upsert(asInput(article));
    },

    async update(key, patch) {
      const r = await ready();
      if (!r.ok) return r;
      try {
        return await lock(key, async () => {
          const old = await readArticle(key);
          if (!old) return { ok: false as const, reason: 'not-found' as const, message: MESSAGES.notFound };
          const next: SavedArticle = {
            ...old,
            tags: patch.tags ? cleanTags(patch.tags) : old.tags,
            note: patch.note ?? old.note,
            updatedAt: now(),
          };
          await write(next);
          return { ok: true as const, value: next };
        });
      } catch (err) {
        return failureFrom(err);
      }
    },

    async search(query, filters = {}, order = 'saved') {
      const t0 = performance.now();
      // Ranked results ignore the order, so only a filter-only search pays for sorting.
      const list = query.trim() ? await entries() : sortEntries(await entries(), order);
      // Catch up with saves and deletions made since the last search (this tab or another).
      if (query.trim()) await syncIndex(list);
      const hits = index.search(query, filters, list);
      return { hits, ms: performance.now() - t0 };
    },

    async prepare() {
      await syncIndex(await entries());
    },

    async people() {
      const articles = await factsNow();
      if (peopleCache?.version !== facts.version) peopleCache = { version: facts.version, value: buildPeopleIndex(articles) };
      return peopleCache.value;
    },

    async figures(filter) {
      return buildFiguresView(await factsNow(), filter);
    },

    async series() {
      const [articles, choices] = await Promise.all([factsNow(), readChoices()]);
      const key = JSON.stringify(choices);
      // Grouping 100,000 figures takes ~0.1 s: a tab revisited with nothing changed reuses it.
      if (seriesCache?.version === facts.version && seriesCache.choices === key) return seriesCache.value;
      const value = buildSeries(articles, choices);
      seriesCache = { version: facts.version, choices: key, value };
      return value;
    },

    seriesChoices: readChoices,

    async setSeriesChoices(choices) {
      const r = await ready();
      if (!r.ok) return r;
      try {
        const clean = cleanChoices(choices);
        await area.set({ [SERIES_CHOICES_KEY]: clean });
        return { ok: true, value: clean };
      } catch (err) {
        return failureFrom(err);
      }
    },

    async putMany(articles) {
      const r = await ready();
      if (!r.ok) return r;
      const before = new Map<string, SavedArticle | null>();
      let added = 0;
      let merged = 0;
      try {
        for (const a of articles) {
          const key = mergeSave(null, asInput(a), now()).key;
          await lock(key, async () => {
            const old = await readArticle(key);
            if (!before.has(key)) before.set(key, old);
            if (old) merged++;
            else added++;
            await write(mergeSave(old, asInput(a), now()));
          });
        }
        return { ok: true, value: { added, merged } };
      } catch (err) {
        // Put back what was there: an import that fails changes nothing.
        for (const [key, old] of before) {
          try {
            if (old) await write(old);
            else await erase(key);
          } catch {
            /* the rollback of a removal cannot hit the quota; a rewrite of the old value is no larger */
          }
        }
        return failureFrom(err);
      }
    },
  };
}
