import type { Failure } from './types';

/** Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError; disk full in IndexedDB-backed areas. */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  const message = err instanceof Error ? err.message : String(err);
  return name === 'QuotaExceededError' || /quota|QUOTA_BYTES|exceeded the storage|disk is full/i.test(message);
}

export const MESSAGES = {
  quota: '本地存储已满，这篇文章没有收藏。已收藏的文章都还在。请导出后删除一些不再需要的文章，再试一次。',
  storage: '读写本地存储时出错，这次操作没有完成。已收藏的文章都还在。',
  notFound: '收藏夹里没有这篇文章。',
  badFile: '这个文件不是湘报助读导出的收藏（JSON）。收藏夹没有改动。',
  newerFile: '这个文件来自更新版本的湘报助读，请先升级扩展再导入。收藏夹没有改动。',
} as const;

export function failureFrom(err: unknown): Failure {
  if (isQuotaError(err)) return { ok: false, reason: 'quota', message: MESSAGES.quota };
  const detail = err instanceof Error ? err.message : String(err);
  return { ok: false, reason: 'storage', message: `${MESSAGES.storage}（${detail}）` };
}
