import { browser } from 'wxt/browser';
import type { StorageArea } from './area';
import { createLibraryStore, type LibraryStore } from './store';

/** browser.storage.local as the library's area (getKeys only where the browser has it). */
export function browserLocalArea(): StorageArea {
  const local = browser.storage.local as unknown as StorageArea & { getKeys?: () => Promise<string[]> };
  return {
    get: (keys) => local.get(keys),
    set: (items) => local.set(items),
    remove: (keys) => local.remove(keys),
    ...(typeof local.getKeys === 'function' ? { getKeys: () => local.getKeys!() } : {}),
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
        if (areaName === 'local') cb(changes);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

let shared: LibraryStore | null = null;

/** The library over storage.local, one per JS context. */
export function libraryStore(): LibraryStore {
  return (shared ??= createLibraryStore({ area: browserLocalArea() }));
}
