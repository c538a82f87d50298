import { listKeys, type StorageArea } from '../area';
import { ARTICLE_PREFIX, ENTRY_PREFIX } from '../schema';

/**
 * v2 → v3: every article and its list entry get `source`. Everything a v2 library holds was read
 * on the e-paper page (pasting came with v3), so its source is null. In batches, each item
 * rewritten whole; a step cut short runs again (the version is written after it) and skips
 * what it already did.
 */
export async function migrateV2toV3(area: StorageArea): Promise<void> {
  const keys = [...(await listKeys(area, ARTICLE_PREFIX)), ...(await listKeys(area, ENTRY_PREFIX))];
  for (let i = 0; i < keys.length; i += 200) {
    const got = await area.get(keys.slice(i, i + 200));
    const items: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(got)) {
      if (typeof v !== 'object' || v === null || 'source' in v) continue;
      items[k] = { ...v, source: null };
    }
    if (Object.keys(items).length) await area.set(items);
  }
}
