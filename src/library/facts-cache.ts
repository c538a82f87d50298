import type { StorageArea } from './area';
import { toFacts, type ArticleFacts } from './facts';
import { articleKey, factsKey } from './schema';
import type { LibraryEntry, SavedArticle } from './types';

/**
 * The facts items in memory, kept in step with the stored entries by updatedAt: a sync reads
 * only the facts of articles saved, edited or removed since the last one (here or in another
 * tab), never an article's text. `version` changes whenever the facts do, so the views built
 * from them (people index, series list) are rebuilt only then.
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
    // Facts items are ~2 KB: one read of a few MB brings a whole library in.
    for (let i = 0; i < stale.length; i += 2000) {
      const keys = stale.slice(i, i + 2000);
      const got = await this.area.get(keys.map(factsKey));
      const missing: string[] = [];
      for (const k of keys) {
        const f = got[factsKey(k)] as ArticleFacts | undefined;
        if (f) this.facts.set(k, f);
        else missing.push(k);
      }
      // An article without its facts item (written around the store): its facts from the article itself.
      for (let j = 0; j < missing.length; j += 200) {
        const articles = Object.values(await this.area.get(missing.slice(j, j + 200).map(articleKey))) as SavedArticle[];
        for (const a of articles) this.facts.set(a.key, toFacts(a));
      }
    }
    if (stale.length) this.version++;
  }
}
