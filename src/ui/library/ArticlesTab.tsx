import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LibraryEntry, LibraryStore, ListOrder, SearchFilters, SearchHit } from '@/src/library';
import { ls } from './strings';

export interface ArticlesTabProps {
  store: LibraryStore;
  /** Bumped by the parent after a delete, undo, import or edit, to reload. */
  revision: number;
  onOpen(key: string): void;
  onDelete(entry: LibraryEntry): void;
}

/** Most frequent first, for the filter menus. */
function optionsOf(entries: LibraryEntry[], pick: (e: LibraryEntry) => string[]): string[] {
  const n = new Map<string, number>();
  for (const e of entries) for (const v of new Set(pick(e))) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || zh.compare(a[0], b[0])).map(([v]) => v);
}

const SHOWN = 200;
const zh = new Intl.Collator('zh');

export function ArticlesTab({ store, revision, onOpen, onDelete }: ArticlesTabProps) {
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<ListOrder>('saved');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [all, setAll] = useState<LibraryEntry[] | null>(null);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [ms, setMs] = useState<number | null>(null);

  // Index the texts while the reader looks at the list, so the first query is quick.
  useEffect(() => {
    void store.prepare();
  }, [store]);

  useEffect(() => {
    let live = true;
    void store.list({ order }).then((e) => live && setAll(e));
    return () => {
      live = false;
    };
  }, [store, order, revision]);

  useEffect(() => {
    let live = true;
    // A short pause so that typing does not search on every key.
    const timer = setTimeout(() => {
      void store.search(query, filters, order).then((r) => {
        if (!live) return;
        setHits(r.hits);
        setMs(query.trim() ? r.ms : null);
      });
    }, query ? 150 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [store, query, filters, order, revision]);

  const people = useMemo(() => optionsOf(all ?? [], (e) => e.people).slice(0, 300), [all]);
  const tags = useMemo(() => optionsOf(all ?? [], (e) => e.tags), [all]);
  const pages = useMemo(() => optionsOf(all ?? [], (e) => [e.page.number, e.page.name].filter((x): x is string => !!x)), [all]);
  const setFilter = (k: keyof SearchFilters, v: string) => setFilters((f) => ({ ...f, [k]: v || undefined }));

  const select = (k: keyof SearchFilters, label: string, options: string[]) => (
    <label class="lib-filter">
      <span>{label}</span>
      <select value={filters[k] ?? ''} onChange={(e) => setFilter(k, (e.currentTarget as HTMLSelectElement).value)} aria-label={label}>
        <option value="">{ls('all')}</option>
        {options.map((o) => (
          <option value={o}>{o}</option>
        ))}
      </select>
    </label>
  );

  if (all === null) return <p class="lib-muted">{ls('loading')}</p>;
  if (!all.length) return <p class="lib-empty">{ls('empty')}</p>;
  const shown = hits ?? [];
  const anyFilter = !!(filters.person || filters.tag || filters.page);
  return (
    <div class="lib-articles">
      <div class="lib-toolbar" role="search">
        <input
          type="search"
          class="lib-search"
          value={query}
          placeholder={ls('searchPlaceholder')}
          aria-label={ls('search')}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <label class="lib-filter">
          <span>{ls('order')}</span>
          <select value={order} aria-label={ls('order')} onChange={(e) => setOrder((e.currentTarget as HTMLSelectElement).value as ListOrder)}>
            <option value="saved">{ls('orderSaved')}</option>
            <option value="issue">{ls('orderIssue')}</option>
          </select>
        </label>
        {select('person', ls('filterPerson'), people)}
        {tags.length ? select('tag', ls('filterTag'), tags) : null}
        {select('page', ls('filterPage'), pages)}
        {anyFilter ? (
          <button type="button" class="lib-link" onClick={() => setFilters({})}>
            {ls('clearFilters')}
          </button>
        ) : null}
      </div>
      <p class="lib-muted lib-count" aria-live="polite">
        {query.trim() || anyFilter ? `${shown.length} ${ls('results')}` : `${all.length} ${ls('count')}`}
        {ms !== null ? ` · ${ls('searchTime', { ms: Math.max(1, Math.round(ms)) })}` : ''}
      </p>
      {hits && !shown.length ? <p class="lib-empty">{ls('noResults')}</p> : null}
      <ul class="lib-list">
        {shown.slice(0, SHOWN).map(({ entry }) => (
          <li class="lib-item" key={entry.key}>
            <button type="button" class="lib-item-open" onClick={() => onOpen(entry.key)} aria-label={`${ls('open')}：${entry.title}`}>
              {entry.introTitle ? <span class="lib-intro">{entry.introTitle}</span> : null}
              <span class="lib-title">{entry.title}</span>
              <span class="lib-meta">
                {entry.source
                  ? [ls('pasted'), entry.source.label && `${ls('source')}${entry.source.label}`].filter(Boolean).join(' · ')
                  : `${entry.issueDate} · ${[entry.page.number && `${entry.page.number}版`, entry.page.name].filter(Boolean).join(' ')}`}
                {entry.tags.length ? ` · ${entry.tags.join('、')}` : ''}
              </span>
            </button>
            <button type="button" class="lib-delete" onClick={() => onDelete(entry)} aria-label={`${ls('delete')}：${entry.title}`}>
              {ls('delete')}
            </button>
          </li>
        ))}
      </ul>
      {shown.length > SHOWN ? <p class="lib-muted">{ls('more', { n: shown.length - SHOWN })}</p> : null}
    </div>
  );
}
