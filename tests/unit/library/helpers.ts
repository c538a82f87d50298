import { browserLocalArea } from '@/src/library/browser-store';
import type { StorageArea } from '@/src/library/area';
import { localLock, type Lock } from '@/src/library/lock';
import { createLibraryStore, type LibraryStore } from '@/src/library/store';

/** A clock that ticks one second per call, so savedAt/updatedAt orders are exact. */
export function ticking(start = Date.UTC(2025, 0, 1)): () => string {
  let t = start;
  return () => new Date((t += 1000)).toISOString();
}

/** A store over the fake browser's storage.local (one per "tab"). */
export function fakeStore(opts: { lock?: Lock; now?: () => string; area?: StorageArea } = {}): LibraryStore {
  return createLibraryStore({ area: opts.area ?? browserLocalArea(), lock: opts.lock ?? localLock, now: opts.now ?? ticking() });
}

/** The fake area with a random delay before every call, so concurrent operations interleave. */
export function jitteryArea(seed = 7): StorageArea {
  const base = browserLocalArea();
  let s = seed;
  const pause = (): Promise<void> => new Promise((r) => setTimeout(r, (s = (s * 9301 + 49297) % 233280) % 5));
  return {
    get: async (k) => (await pause(), base.get(k)),
    set: async (i) => (await pause(), base.set(i)),
    remove: async (k) => (await pause(), base.remove(k)),
  };
}

/** No lock at all: what two tabs without Web Locks would do. */
export const noLock: Lock = (_name, fn) => fn();
