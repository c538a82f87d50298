import { parseLibraryJson } from './export/import';
import type { LibraryStore } from './store';
import type { Result } from './types';

/** Import an exported JSON file: checked in full first, then merged in all-or-nothing. */
export async function importLibraryJson(store: LibraryStore, text: string): Promise<Result<{ added: number; merged: number }>> {
  const parsed = parseLibraryJson(text);
  if (!parsed.ok) return parsed;
  return store.putMany(parsed.value);
}
