import { listKeys, type StorageArea } from '../area';
import { toFacts } from '../facts';
import { encodeFacts } from '../facts-codec';
import { ARTICLE_PREFIX, FACTS_PREFIX, factsKey } from '../schema';
import type { SavedArticle } from '../types';

/**
 * v3 → v4: every article gets its facts item (figures, officials, people: no text). In batches;
 * an article whose facts item exists is skipped, so a step cut short runs again (the version is
 * written after it) and does only what is left. On a failure (a full quota) the items this run
 * wrote are taken back: v3 stays complete and the next start tries again.
 */
export async function migrateV3toV4(area: StorageArea): Promise<void> {
  const done = new Set(await listKeys(area, FACTS_PREFIX));
  const todo = (await listKeys(area, ARTICLE_PREFIX)).filter((k) => !done.has(factsKey(k.slice(ARTICLE_PREFIX.length))));
  const written: string[] = [];
  try {
    // 100 articles (about 1.2 MB of text) a read: the whole library never sits in memory at once.
    for (let i = 0; i < todo.length; i += 100) {
      const got = await area.get(todo.slice(i, i + 100));
      const items: Record<string, unknown> = {};
      for (const a of Object.values(got) as SavedArticle[]) {
        if (a && typeof a === 'object' && typeof a.key === 'string' && a.article) items[factsKey(a.key)] = encodeFacts(toFacts(a));
      }
      if (!Object.keys(items).length) continue;
      await area.set(items);
      written.push(...Object.keys(items));
    }
  } catch (err) {
    if (written.length) await area.remove(written).catch(() => {});
    throw err;
  }
}
