import { extractFigures } from '@/src/analysis/figures';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import type { Figure } from '@/src/analysis/types';

const seg = nodeSegmenter();

/** The figures of one invented sentence, checked to slice back to their text. */
export async function figuresOf(text: string, year?: number): Promise<Figure[]> {
  const figures = extractFigures(text, await seg.tag(text), year === undefined ? {} : { year });
  for (const f of figures) {
    if (text.slice(f.start, f.end) !== f.text) throw new Error(`span ${f.start}-${f.end} is not "${f.text}"`);
  }
  return figures;
}

export async function textsOf(text: string): Promise<string[]> {
  return (await figuresOf(text)).map((f) => f.text);
}

/** The one figure whose text is `span`. */
export async function figureAt(text: string, span: string): Promise<Figure> {
  const f = (await figuresOf(text)).find((x) => x.text === span);
  if (!f) throw new Error(`no figure "${span}" in ${text}`);
  return f;
}
