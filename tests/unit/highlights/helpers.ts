import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { AnalyzedArticle, Figure, FigureKind, Official } from '@/src/analysis/types';

export const ISSUE_DIR = join(__dirname, '..', '..', 'fixtures/epaper/hnrb/html/2024-12/12');

export function pageOf(html: string): { document: Document; window: Window & typeof globalThis } {
  const { document, window } = parseHTML(html);
  return { document: document as unknown as Document, window: window as unknown as Window & typeof globalThis };
}

export const loadIssuePage = (file: string) => pageOf(readFileSync(join(ISSUE_DIR, file), 'utf8'));

/** A minimal page around a body snippet. */
export const pageWith = (body: string) => pageOf(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

/** [start, end) of the k-th occurrence of `surface` in `text` (throws when absent: a broken test). */
export function spanOf(text: string, surface: string, k = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= k; i++) {
    at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`no occurrence ${k} of ${surface}`);
  }
  return { start: at, end: at + surface.length };
}

export function figure(text: string, surface: string, k: number, kind: FigureKind, normalized: Figure['normalized'], subject = ''): Figure {
  return {
    ...spanOf(text, surface, k),
    text: surface,
    value: normalized?.value ?? null,
    unit: normalized?.unit ?? '',
    normalized,
    kind,
    subject,
    qualifier: null,
  };
}

export function official(text: string, name: string, titles: string[], occurrences: number[]): Official {
  return { name, titles, mentions: occurrences.map((k) => spanOf(text, name, k)) };
}

export function article(text: string, figures: Figure[] = [], officials: Official[] = []): AnalyzedArticle {
  return {
    id: 'a1',
    title: '',
    introTitle: null,
    subTitle: null,
    continuedFrom: null,
    dateline: null,
    journalists: [],
    text,
    figures,
    officials,
    people: [],
    places: [],
    orgs: [],
    keywords: [],
    summary: [],
  };
}

/** The tree with every text node's boundaries visible: equal strings mean equal structure and text. */
export function structure(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify((node as Text).data);
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ');
  const kids: string[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) kids.push(structure(c));
  return `<${el.tagName.toLowerCase()}${attrs ? ` ${attrs}` : ''}>[${kids.join(',')}]`;
}

export const marksOf = (root: ParentNode, id?: string): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>(id ? `mark[data-xbzd-fact="${id}"]` : 'mark.xbzd-mark')];

export const markedText = (root: ParentNode, id: string) => marksOf(root, id).map((m) => m.textContent).join('');
