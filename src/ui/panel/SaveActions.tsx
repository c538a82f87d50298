import { useEffect, useState } from 'preact/hooks';
import { libraryStore } from '@/src/library/browser-store';
import { libraryKey } from '@/src/library/key';
import type { ArticleView, PageState } from '@/src/messaging/page-state';
import { sendMessage } from '@/src/messaging/protocol';
import { saveInputOf } from '@/src/save/save-input';
import { t } from '../i18n';

type Ready = Extract<PageState, { status: 'ready' }>;

/** Saves go through the background (the library's one writer): null when saved, else why not. */
export async function sendSave(input: Parameters<typeof sendMessage<'librarySave'>>[1]): Promise<string | null> {
  const result = await sendMessage('librarySave', input).catch((e: unknown) => ({
    ok: false as const,
    message: e instanceof Error ? e.message : String(e),
  }));
  return result.ok ? null : result.message;
}

async function save(view: ArticleView, state: Ready): Promise<string | null> {
  const input = saveInputOf(view, state);
  return input ? sendSave(input) : t('pending');
}

/** ☆ 收藏 / ★ 已收藏 for one article: `storedKey` is its library key, to show whether it is saved. */
export function SaveOneButton({ storedKey, disabled = false, saveOne }: { storedKey: string; disabled?: boolean; saveOne: () => Promise<string | null> }) {
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void libraryStore()
      .get(storedKey)
      .then((a) => live && setSaved(a !== null))
      .catch(() => {});
    return () => void (live = false);
  }, [storedKey]);
  return (
    <div class="save-row">
      <button
        type="button"
        class="action"
        aria-pressed={saved}
        disabled={disabled}
        onClick={async () => {
          const failure = await saveOne();
          setError(failure);
          if (!failure) setSaved(true);
        }}
      >
        {saved ? `★ ${t('saved')}` : `☆ ${t('save')}`}
      </button>
      {error ? (
        <p class="notice" role="alert">
          {t('saveFailed')}：{error}
        </p>
      ) : null}
    </div>
  );
}

export function SaveArticleButton({ article, state }: { article: ArticleView; state: Ready }) {
  const key = libraryKey(article.url, /content_(\d+)/.exec(article.url)?.[1]);
  return <SaveOneButton storedKey={key} disabled={!article.analysis} saveOne={() => save(article, state)} />;
}

/**
 * One button that saves a list in turn, with its count as it goes and the first failure's reason;
 * `saveOne` returns null when saved, or why not.
 */
export function SaveAllRow<T>({ items, label, saveOne }: { items: readonly T[]; label: string; saveOne: (item: T) => Promise<string | null> }) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <div class="save-row">
      <button
        type="button"
        class="action"
        disabled={items.length === 0}
        onClick={async () => {
          let done = 0;
          for (const item of items) {
            const failure = await saveOne(item);
            // Those saved before a failure (a full quota) stay saved: say how many.
            if (failure) return setStatus(`${done}/${items.length} · ${t('saveFailed')}：${failure}`);
            setStatus(`${++done}/${items.length}`);
          }
          setStatus(`★ ${t('saved')} ${done}`);
        }}
      >
        {label}
      </button>
      {status ? (
        <span class="save-status" role="status">
          {status}
        </span>
      ) : null}
    </div>
  );
}

export function SaveAllButton({ state }: { state: Ready }) {
  return <SaveAllRow items={state.articles.filter((a) => a.analysis)} label={t('saveAll')} saveOne={(article) => save(article, state)} />;
}
