import { extractEntities, type Entities } from '@/src/analysis/entities';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

/** Tag `text` with the project's jieba (user dictionary loaded) and extract its entities. */
export async function entities(text: string, exclude: readonly string[] = []): Promise<Entities> {
  const tags = await nodeSegmenter().tag(text);
  return extractEntities(text, tags, new Set(exclude));
}

/** name → titles, for compact assertions. */
export const officialTitles = (e: Entities): Record<string, string[]> =>
  Object.fromEntries(e.officials.map((o) => [o.name, o.titles]));

export const peopleNames = (e: Entities): string[] => e.people.map((p) => p.name);

/** Start jieba (wasm + user dictionary) once, before the tests of a file. */
export const warmUp = async (): Promise<void> => {
  await nodeSegmenter().ready();
};
