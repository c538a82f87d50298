import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryStore, SavedArticle } from '@/src/library';
import { kindLabel } from '@/src/ui/format';
import { focusSegments, sentenceAround } from './focus';
import { segmentText } from './highlight';
import { ls } from './strings';

export interface SavedArticleViewProps {
  store: LibraryStore;
  articleKey: string;
  onBack(): void;
  onDelete(article: SavedArticle): void;
  onEdited(): void;
  /** A text offset to show: its sentence is highlighted and scrolled to (a point opened from 走势). */
  focusAt?: number | null;
}

const splitTags = (s: string): string[] => s.split(/[,，、\s]+/).filter(Boolean);

/** A saved article read offline from storage: its text as text nodes, facts highlighted by offset. */
export function SavedArticleView({ store, articleKey, onBack, onDelete, onEdited, focusAt = null }: SavedArticleViewProps) {
  const [article, setArticle] = useState<SavedArticle | null | undefined>(undefined);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    void store.get(articleKey).then((a) => {
      if (!live) return;
      setArticle(a);
      setTags(a?.tags.join('，') ?? '');
      setNote(a?.note ?? '');
    });
    return () => {
      live = false;
    };
  }, [store, articleKey]);

  const segments = useMemo(
    () => (article ? focusSegments(segmentText(article.article), focusAt === null ? null : sentenceAround(article.article.text, focusAt)) : []),
    [article, focusAt],
  );
  const focusRef = useRef<HTMLElement>(null);
  useEffect(() => focusRef.current?.scrollIntoView({ block: 'center' }), [segments]);

  if (article === undefined) return <p class="lib-muted">{ls('loading')}</p>;
  const back = (
    <button type="button" class="lib-link" onClick={onBack}>
      ← {ls('back')}
    </button>
  );
  if (article === null) return <div>{back}</div>;

  const saveEdits = async (e: Event) => {
    e.preventDefault();
    const r = await store.update(article.key, { tags: splitTags(tags), note });
    setStatus(r.ok ? ls('edited') : r.message);
    if (r.ok) {
      setArticle(r.value);
      onEdited();
    }
  };

  const { figures, officials, people } = article.article;
  return (
    <article class="lib-reader" aria-labelledby="lib-reader-title">
      <div class="lib-reader-bar">
        {back}
        <button type="button" class="lib-delete" onClick={() => onDelete(article)}>
          {ls('delete')}
        </button>
      </div>
      {article.introTitle ? <p class="lib-intro">{article.introTitle}</p> : null}
      <h2 id="lib-reader-title">{article.title}</h2>
      {article.subTitle ? <p class="lib-subtitle">{article.subTitle}</p> : null}
      {article.source ? (
        <p class="lib-meta">
          {ls('pasted')} · {ls('savedAt')} {article.savedAt.slice(0, 16).replace('T', ' ')}
          {article.source.label ? (
            <>
              {' · '}
              <span class="lib-source">
                {ls('source')}
                {article.source.label}
              </span>
            </>
          ) : null}
        </p>
      ) : (
        <p class="lib-meta">
          {article.issueDate} · {[article.page.number && `${article.page.number}版`, article.page.name].filter(Boolean).join(' ')} ·{' '}
          {ls('savedAt')} {article.savedAt.slice(0, 16).replace('T', ' ')} ·{' '}
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            {ls('original')}
          </a>
        </p>
      )}
      <form class="lib-edit" onSubmit={saveEdits}>
        <label>
          <span>{ls('tags')}</span>
          <input value={tags} placeholder={ls('tagsHint')} aria-label={`${ls('tags')}（${ls('tagsHint')}）`} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          <span>{ls('note')}</span>
          <textarea value={note} rows={2} aria-label={ls('note')} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
        <button type="submit">{ls('saveEdits')}</button>
        <span role="status" class="lib-muted">
          {status}
        </span>
      </form>
      <div class="lib-text">
        {segments.map((s, i) => {
          const inner = s.kind ? <mark class={`lib-mark lib-mark-${s.kind}`}>{s.text}</mark> : s.text;
          if (!s.focus) return inner;
          // The first focused run carries the ref (the sentence is scrolled into view from it).
          const first = !segments[i - 1]?.focus;
          return (
            <span class="lib-focus" ref={first ? focusRef : undefined} data-focus={first ? 'start' : undefined}>
              {inner}
            </span>
          );
        })}
      </div>
      {figures.length ? (
        <section aria-label={ls('figures')}>
          <h3>{ls('figures')}</h3>
          <ul class="lib-facts">
            {figures.map((f) => (
              <li>
                <mark class="lib-mark lib-mark-figure">{(f.qualifier ?? '') + f.text}</mark> {f.subject} · {kindLabel(f.kind)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {officials.length ? (
        <section aria-label={ls('officials')}>
          <h3>{ls('officials')}</h3>
          <ul class="lib-facts">
            {officials.map((o) => (
              <li>
                <mark class="lib-mark lib-mark-official">{o.name}</mark> {o.titles.join('、')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {people.length ? (
        <section aria-label={ls('people')}>
          <h3>{ls('people')}</h3>
          <ul class="lib-facts">
            {people.map((p) => (
              <li>
                {p.name}
                {p.role ? `（${p.role}）` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
