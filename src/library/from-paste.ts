import type { AnalyzedArticle } from '@/src/analysis/types';
import { MAX_SOURCE_LABEL, type SaveInput } from './types';

/** The URL (and key) prefix of a pasted article: it has no page of its own. */
export const PASTE_PREFIX = 'paste:';

/** 64 bits of FNV-1a, as 16 hex digits: a stable name for a text, not a secret. */
function fnv64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 + 2) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * The key of a pasted article: its headline and cleaned text named by a hash, so that saving the
 * same paste again updates the entry instead of adding a second one, and two articles pasted
 * from one source (a page's PDF text) never share one.
 */
export function pasteKey(article: Pick<AnalyzedArticle, 'introTitle' | 'title' | 'subTitle' | 'text'>): string {
  return PASTE_PREFIX + fnv64([article.introTitle ?? '', article.title, article.subTitle ?? '', article.text].join('\n'));
}

export const isPasteUrl = (url: string): boolean => /^paste:[0-9a-f]{16}$/.test(url);

/** The label as kept: one line, trimmed, at most MAX_SOURCE_LABEL characters. */
export const cleanSourceLabel = (label: string): string => label.replace(/\s+/g, ' ').trim().slice(0, MAX_SOURCE_LABEL);

/** The paper a dateline names (湖南日报… → hnrb), else '' (a pasted text may come from anywhere). */
const paperOf = (article: AnalyzedArticle): string => (article.dateline?.startsWith('湖南日报') ? 'hnrb' : '');

/**
 * The save() input for an article analysed from pasted text: keyed by its text (pasteKey), with
 * no issue or page (a pasted text says neither for sure), and the source the reader gave.
 */
export function savedFromPaste(article: AnalyzedArticle, label: string, fallbackTitle = ''): SaveInput {
  const key = pasteKey(article);
  return {
    contentId: null,
    url: key,
    paper: paperOf(article),
    issueDate: '',
    page: { number: null, name: null },
    title: article.title || fallbackTitle,
    introTitle: article.introTitle,
    subTitle: article.subTitle,
    article,
    source: { kind: 'paste', label: cleanSourceLabel(label) },
  };
}
