import type { StorageArea } from './area';
import { toFacts, type ArticleFacts } from './facts';
import { decodeFacts } from './facts-codec';
import { articleKey, factsKey } from './schema';
import type { LibraryEntry, SavedArticle } from './types';

/**
 * The facts items in memory, kept in step with the stored entries by updatedAt: a sync reads
 * only the facts of articles saved, edited or removed since the last one (here or in another
 * tab), never an article's text (but for an article without a readable facts item). `version`
 * changes whenever the facts do, so the views built from them (people index, series list) are
 * rebuilt only then.
 */
export class FactsCache {
  private facts = new Map<string, ArticleFacts>();
  private syncing: Promise<void> = Promise.resolve();
  version = 0;

  constructor(private area: StorageArea) {}

  values(): ArticleFacts[] {
    return [...this.facts.values()];
  }

  /** After this tab wrote an article: no need to read back what it just wrote. */
  put(a: SavedArticle): void {
    this.facts.set(a.key, toFacts(a));
    this.version++;
  }

  drop(key: string): void {
    if (this.facts.delete(key)) this.version++;
  }

  /** Resolves when no sync is under way (the search index's loading waits for it, see store.ts). */
  settled(): Promise<void> {
    return this.syncing;
  }

  /** One at a time: two views asking at once would each find everything stale and read it twice. */
  sync(list: readonly LibraryEntry[]): Promise<void> {
    const run = this.syncing.then(() => this.syncOnce(list));
    this.syncing = run.catch(() => {});
    return run;
  }

  private async syncOnce(list: readonly LibraryEntry[]): Promise<void> {
    const live = new Set<string>();
    const stale: string[] = [];
    for (const e of list) {
      live.add(e.key);
      if (this.facts.get(e.key)?.updatedAt !== e.updatedAt) stale.push(e.key);
    }
    for (const k of this.facts.keys()) if (!live.has(k)) this.drop(k);
    // Facts items are ~2.5 KB as stored: a read of 2,000 is about 5 MB.
    for (let i = 0; i < stale.length; i += 2000) {
      const keys = stale.slice(i, i + 2000);
      const got = await this.area.get(keys.map(factsKey));
      const missing: string[] = [];
      for (const k of keys) {
        const f = decodeFacts(got[factsKey(k)]);
        if (f) this.facts.set(k, f);
        else missing.push(k);
      }
      // An article without a facts item this code can read (written around the store, or by a later
      // version): its facts from the article itself.
      for (let j = 0; j < missing.length; j += 200) {
        const articles = Object.values(await this.area.get(missing.slice(j, j + 200).map(articleKey))) as SavedArticle[];
        for (const a of articles) this.facts.set(a.key, toFacts(a));
      }
    }
    if (stale.length) this.version++;
  }
}
