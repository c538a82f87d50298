import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryStore, SavedArticle } from '@/src/library';
import { ArticlesTab } from './ArticlesTab';
import { ExportBar } from './ExportBar';
import { FiguresTab } from './FiguresTab';
import { PeopleTab } from './PeopleTab';
import { SavedArticleView } from './SavedArticleView';
import { SeriesTab } from './SeriesTab';
import { ls } from './strings';
import './library.css';

export interface LibraryViewProps {
  store: LibraryStore;
  /** Told when the reader opens a saved article (the view shows it itself, from storage). */
  onOpenArticle?: (key: string) => void;
}

type Tab = 'articles' | 'people' | 'figures' | 'series';
const TABS: Tab[] = ['articles', 'people', 'figures', 'series'];
const TAB_LABEL = { articles: 'tabArticles', people: 'tabPeople', figures: 'tabFigures', series: 'tabSeries' } as const;
const UNDO_MS = 10_000;

export function LibraryView({ store, onOpenArticle }: LibraryViewProps) {
  const [tab, setTab] = useState<Tab>('articles');
  const [openKey, setOpenKey] = useState<string | null>(null);
  /** The text offset to show in the open article (a point of 走势), else null. */
  const [openAt, setOpenAt] = useState<number | null>(null);
  const [seriesId, setSeriesId] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [removed, setRemoved] = useState<SavedArticle | null>(null);
  const [status, setStatus] = useState('');
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const bump = () => setRevision((r) => r + 1);

  useEffect(() => () => clearTimeout(undoTimer.current), []);
  useEffect(() => {
    void store.ready().then((r) => !r.ok && setStatus(r.message));
  }, [store]);

  const open = (key: string, at: number | null = null) => {
    setOpenKey(key);
    setOpenAt(at);
    onOpenArticle?.(key);
  };

  const remove = async (key: string) => {
    const r = await store.remove(key);
    if (!r.ok) return setStatus(r.message);
    setRemoved(r.value);
    setOpenKey(null);
    bump();
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setRemoved(null), UNDO_MS);
  };

  const undo = async () => {
    if (!removed) return;
    clearTimeout(undoTimer.current);
    const r = await store.restore(removed);
    setRemoved(null);
    if (!r.ok) setStatus(r.message);
    bump();
  };

  const onTabKey = (e: KeyboardEvent) => {
    // Arrow keys move between tabs (WAI-ARIA tabs pattern).
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next);
    setOpenKey(null);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#lib-tab-${next}`)?.focus();
  };

  return (
    <section class="lib" aria-label={ls('region')}>
      <div class="lib-tabs" role="tablist" aria-label={ls('region')} onKeyDown={onTabKey}>
        {TABS.map((id) => (
          <button
            type="button"
            role="tab"
            id={`lib-tab-${id}`}
            aria-selected={tab === id}
            aria-controls="lib-tabpanel"
            tabIndex={tab === id ? 0 : -1}
            class={tab === id ? 'lib-tab lib-tab-active' : 'lib-tab'}
            onClick={() => {
              setTab(id);
              setOpenKey(null);
            }}
          >
            {ls(TAB_LABEL[id])}
          </button>
        ))}
      </div>
      <p class="lib-status" role="status" aria-live="polite">
        {status}
      </p>
      <div id="lib-tabpanel" role="tabpanel" aria-labelledby={`lib-tab-${tab}`}>
        {openKey ? (
          <SavedArticleView store={store} articleKey={openKey} focusAt={openAt} onBack={() => setOpenKey(null)} onDelete={(a) => void remove(a.key)} onEdited={bump} />
        ) : tab === 'articles' ? (
          <ArticlesTab store={store} revision={revision} onOpen={open} onDelete={(e) => void remove(e.key)} />
        ) : tab === 'people' ? (
          <PeopleTab store={store} revision={revision} onOpen={open} />
        ) : tab === 'figures' ? (
          <FiguresTab store={store} revision={revision} onOpen={open} />
        ) : (
          <SeriesTab store={store} revision={revision} onOpen={open} onStatus={setStatus} openId={seriesId} onOpenSeries={setSeriesId} />
        )}
      </div>
      {openKey ? null : <ExportBar store={store} onStatus={setStatus} onImported={bump} />}
      {removed ? (
        <div class="lib-undo" role="alert">
          <span>
            {ls('deleted')}《{removed.title}》
          </span>
          <button type="button" onClick={() => void undo()}>
            {ls('undo')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
