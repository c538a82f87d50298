import { MESSAGES } from '../errors';
import { v1ArticleToV2 } from '../migrations/v1-to-v2';
import type { V1Article } from '../migrations/v1';
import { ARTICLE_VERSION } from '../schema';
import { MAX_SOURCE_LABEL, type Result, type SavedArticle } from '../types';
import { isPasteUrl } from '../from-paste';
import { EXPORT_FORMAT } from './json';

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a v2 article must have; returns the first problem, or null. */
function problemOf(a: unknown): string | null {
  if (!isObj(a)) return '不是对象';
  for (const f of ['key', 'url', 'paper', 'issueDate', 'title', 'savedAt', 'updatedAt', 'note'] as const) {
    if (!isStr(a[f])) return `缺少 ${f}`;
  }
  for (const f of ['contentId', 'introTitle', 'subTitle'] as const) if (!isStrOrNull(a[f])) return `${f} 类型不对`;
  if (!isObj(a.page) || !isStrOrNull(a.page.number) || !isStrOrNull(a.page.name)) return 'page 类型不对';
  if (!Array.isArray(a.tags) || !a.tags.every(isStr)) return 'tags 类型不对';
  const art = a.article;
  if (!isObj(art) || !isStr(art.text) || !isStr(art.title)) return 'article 缺少正文';
  for (const f of ['figures', 'officials', 'people', 'journalists', 'places', 'orgs', 'keywords', 'summary'] as const) {
    if (!Array.isArray(art[f])) return `article.${f} 不是数组`;
  }
  return sourceProblem(a);
}

/** v3: `source` is null (read on the e-paper page) or a pasted text's source, whose key says so. */
function sourceProblem(a: Record<string, unknown>): string | null {
  const s = a.source;
  if (s === null) return isPasteUrl(a.url as string) ? 'source 不应为空' : null;
  if (!isObj(s) || s.kind !== 'paste' || !isStr(s.label) || s.label.length > MAX_SOURCE_LABEL) return 'source 类型不对';
  return isPasteUrl(a.url as string) && a.key === a.url ? null : '粘贴文章的 key 不对';
}

/** A v2 article: everything then was read on the e-paper page. */
const upgradeV2 = (a: unknown): unknown => (isObj(a) && !('source' in a) ? { ...a, source: null } : a);

function fail(detail: string): Result<never> {
  return { ok: false, reason: 'invalid', message: `${MESSAGES.badFile}（${detail}）` };
}

/**
 * Reads an exported library file. Everything is checked before anything is written, so a bad
 * file changes nothing. Files of an older schema are brought up to date the way storage is.
 */
export function parseLibraryJson(text: string): Result<SavedArticle[]> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail(`JSON 无法解析：${err instanceof Error ? err.message : String(err)}`);
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT) return fail('缺少格式标记');
  const v = data.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return fail('缺少数据版本');
  if (v > ARTICLE_VERSION) return { ok: false, reason: 'invalid', message: MESSAGES.newerFile };
  if (!Array.isArray(data.articles)) return fail('缺少文章列表');
  const raw = data.articles as unknown[];
  const articles: SavedArticle[] = [];
  for (const [i, a] of raw.entries()) {
    const item = v === 1 ? upgradeV1(a) : v === 2 ? upgradeV2(a) : a;
    const problem = item ? problemOf(item) : '不是 v1 文章';
    if (problem) return fail(`第 ${i + 1} 篇：${problem}`);
    articles.push(item as SavedArticle);
  }
  return { ok: true, value: articles };
}

function upgradeV1(a: unknown): SavedArticle | null {
  if (!isObj(a) || !isStr(a.url) || typeof a.savedAt !== 'number' || !isObj(a.article)) return null;
  return v1ArticleToV2(a as unknown as V1Article, null);
}
