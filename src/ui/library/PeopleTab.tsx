import { useEffect, useState } from 'preact/hooks';
import type { LibraryStore, PersonIndexEntry } from '@/src/library';
import { ls } from './strings';

export interface PeopleTabProps {
  store: LibraryStore;
  revision: number;
  onOpen(key: string): void;
}

const SHOWN = 150;

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
          <li class="lib-person" key={p.name}>
            <details>
              <summary>
                <span class={p.official ? 'lib-mark lib-mark-official' : 'lib-mark lib-mark-person'}>{p.name}</span>{' '}
                <span class="lib-muted">
                  {p.official ? ls('official') : ls('person')} · {p.articles.length} {ls('count')}
                </span>
              </summary>
              {p.titles.length ? (
                <ol class="lib-titles">
                  {p.titles.map((t) => (
                    <li>
                      {t.title} <span class="lib-muted">{t.first === t.last ? t.first : `${t.first} — ${t.last}`}</span>
                    </li>
                  ))}
                </ol>
              ) : null}
              <p class="lib-muted">{ls('appearsIn')}</p>
              <ul class="lib-facts">
                {p.articles.map((a) => (
                  <li>
                    <button type="button" class="lib-link" onClick={() => onOpen(a.key)}>
                      {a.issueDate} {a.title}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      {shown.length > SHOWN ? <p class="lib-muted">{ls('more', { n: shown.length - SHOWN })}</p> : null}
    </div>
  );
}
