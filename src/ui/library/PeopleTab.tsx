import { useEffect, useState } from 'preact/hooks';
import type { LibraryStore, PersonIndexEntry } from '@/src/library';
import { CareerTimeline } from './CareerTimeline';
import { ls } from './strings';

export interface PeopleTabProps {
  store: LibraryStore;
  revision: number;
  onOpen(key: string): void;
}

const SHOWN = 150;

/** The titles an official was last printed with (the newest dated article that prints any). */
const latestTitles = (p: PersonIndexEntry): string =>
  p.careers.length === 1 ? ([...p.careers[0]!.stops].reverse().find((s) => s.titles.length)?.titles.join('、') ?? '') : '';

/** Every official and person across the saved articles, titles over time, articles they appear in. */
export function PeopleTab({ store, revision, onOpen }: PeopleTabProps) {
  const [people, setPeople] = useState<PersonIndexEntry[] | null>(null);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    let live = true;
    void store.people().then((p) => live && setPeople(p));
    return () => {
      live = false;
    };
  }, [store, revision]);
  if (!people) return <p class="lib-muted">{ls('loading')}</p>;
  const needle = filter.trim();
  const shown = needle ? people.filter((p) => p.name.includes(needle) || p.titles.some((t) => t.title.includes(needle))) : people;
  return (
    <div class="lib-people">
      <input type="search" class="lib-search" value={filter} aria-label={ls('peopleFilter')} placeholder={ls('peopleFilter')} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
      <p class="lib-muted lib-count">{shown.length}</p>
      <ul class="lib-list">
        {shown.slice(0, SHOWN).map((p) => (
          <PersonItem key={p.name} person={p} onOpen={onOpen} />
        ))}
      </ul>
      {shown.length > SHOWN ? <p class="lib-muted">{ls('more', { n: shown.length - SHOWN })}</p> : null}
    </div>
  );
}

/** One name: a summary line, and when opened (only then: a leader may have thousands of articles) its 履历. */
function PersonItem({ person: p, onOpen }: { person: PersonIndexEntry; onOpen(key: string): void }) {
  const [open, setOpen] = useState(false);
  const latest = latestTitles(p);
  return (
    <li class="lib-person">
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span class={p.official ? 'lib-mark lib-mark-official' : 'lib-mark lib-mark-person'}>{p.name}</span>{' '}
          <span class="lib-muted">
            {p.official ? ls('official') : ls('person')} · {p.articles.length} {ls('count')}
            {p.careers.length > 1 ? ` · ${ls('namesakes', { n: p.careers.length })}` : ''}
          </span>
          {latest ? <span class="lib-person-latest">{latest}</span> : null}
        </summary>
        {open ? <PersonDetails person={p} onOpen={onOpen} /> : null}
      </details>
    </li>
  );
}

function PersonDetails({ person: p, onOpen }: { person: PersonIndexEntry; onOpen(key: string): void }) {
  const inTimeline = new Set(p.careers.flatMap((c) => c.stops.map((s) => s.key)));
  return (
    <>
      {p.careers.map((c) => (
        <CareerTimeline career={c} namesake={p.careers.length > 1} onOpen={onOpen} />
      ))}
      {p.titles.length && !p.careers.length ? (
        <ol class="lib-titles">
          {p.titles.map((t) => (
            <li>
              {t.title} <span class="lib-muted">{t.first === t.last ? t.first : `${t.first} — ${t.last}`}</span>
            </li>
          ))}
        </ol>
      ) : null}
      <ArticleLinks articles={p.articles.filter((a) => !inTimeline.has(a.key))} onOpen={onOpen} />
    </>
  );
}

/** The articles a timeline does not list already (an undated paste, a person with no office). */
function ArticleLinks({ articles, onOpen }: { articles: PersonIndexEntry['articles']; onOpen(key: string): void }) {
  if (!articles.length) return null;
  return (
    <>
      <p class="lib-muted">{ls('appearsIn')}</p>
      <ul class="lib-facts">
        {articles.map((a) => (
          <li>
            <button type="button" class="lib-link" onClick={() => onOpen(a.key)}>
              {a.issueDate} {a.title}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
