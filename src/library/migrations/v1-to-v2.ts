import type { StorageArea } from '../area';
import { toEntry } from '../entry';
import { mergeSave } from '../merge';
import { articleKey, entryKey } from '../schema';
import type { SavedArticle } from '../types';
import { V1_KEY, type V1Article, type V1Library } from './v1';

/** One v1 record in the v2 shape (keyed by content id or canonical URL, times as ISO, tags/note empty). */
export function v1ArticleToV2(old: V1Article, existing: SavedArticle | null): SavedArticle {
  const iso = new Date(old.savedAt).toISOString();
  return mergeSave(
    existing,
    {
      contentId: /content_(\d+)/.exec(old.url)?.[0] ?? null,
      url: old.url,
      paper: old.paper,
      issueDate: old.issueDate,
      page: { number: old.pageNumber, name: old.pageName },
      title: old.title,
      introTitle: old.introTitle,
      subTitle: old.subTitle,
      article: old.article,
      savedAt: iso,
      updatedAt: iso,
    },
    iso,
  );
}

/** v1 → v2: split the single `library` item into one item (and one list entry) per article. */
export async function migrateV1toV2(area: StorageArea): Promise<void> {
  const raw = (await area.get(V1_KEY))[V1_KEY] as V1Library | undefined;
  if (!raw?.articles) return;
  const byKey = new Map<string, SavedArticle>();
  // The alias host and http/https made duplicates under v1's URL keys: they merge here.
  for (const old of Object.values(raw.articles)) {
    const probe = v1ArticleToV2(old, null);
    byKey.set(probe.key, v1ArticleToV2(old, byKey.get(probe.key) ?? null));
  }
  const written: string[] = [];
  try {
    // Small batches: a quota error stops early and what was written is taken back below.
    const all = [...byKey.values()];
    for (let i = 0; i < all.length; i += 100) {
      const items: Record<string, unknown> = {};
      for (const a of all.slice(i, i + 100)) {
        items[articleKey(a.key)] = a;
        items[entryKey(a.key)] = toEntry(a);
      }
      await area.set(items);
      written.push(...Object.keys(items));
    }
  } catch (err) {
    // v1 stays the source of truth until the split is complete.
    if (written.length) await area.remove(written);
    throw err;
  }
  await area.remove(V1_KEY);
}
