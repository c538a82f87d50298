import type { StorageArea } from '../area';
import { META_KEY, SCHEMA_VERSION, type LibraryMeta } from '../schema';
import { migrateV1toV2 } from './v1-to-v2';
import { migrateV2toV3 } from './v2-to-v3';
import { migrateV3toV4 } from './v3-to-v4';
import { V1_KEY } from './v1';

export interface Migration {
  from: number;
  to: number;
  run(area: StorageArea): Promise<void>;
}

/** In order; each lives in its own file with a fixture of the shape it reads. */
export const MIGRATIONS: Migration[] = [
  { from: 1, to: 2, run: migrateV1toV2 },
  { from: 2, to: 3, run: migrateV2toV3 },
  { from: 3, to: 4, run: migrateV3toV4 },
];

/** The stored schema version: the meta item, else v1 when its item exists, else none (new library). */
export async function storedVersion(area: StorageArea): Promise<number | null> {
  const got = await area.get([META_KEY, V1_KEY]);
  const meta = got[META_KEY] as LibraryMeta | undefined;
  if (meta && typeof meta.schemaVersion === 'number') return meta.schemaVersion;
  if (got[V1_KEY] !== undefined) return 1;
  return null;
}

/** Brings the library to SCHEMA_VERSION, one step at a time; the version is written after each step. */
export async function migrateLibrary(area: StorageArea): Promise<{ from: number | null; to: number }> {
  const from = await storedVersion(area);
  if (from !== null && from > SCHEMA_VERSION) {
    throw new Error(`收藏夹的数据版本（v${from}）比本扩展新，请升级扩展。`);
  }
  let v = from ?? SCHEMA_VERSION;
  while (v < SCHEMA_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === v);
    if (!step) throw new Error(`No library migration from v${v}`);
    await step.run(area);
    v = step.to;
    await area.set({ [META_KEY]: { schemaVersion: v } satisfies LibraryMeta });
  }
  if (from === null) await area.set({ [META_KEY]: { schemaVersion: SCHEMA_VERSION } satisfies LibraryMeta });
  return { from, to: v };
}

