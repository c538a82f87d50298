import { useEffect, useState } from 'preact/hooks';
import type { FigureRow, LibraryStore } from '@/src/library';
import { formatNormalized, kindLabel } from '@/src/ui/format';
import { ls } from './strings';

export interface FiguresTabProps {
  store: LibraryStore;
  revision: number;
  onOpen(key: string): void;
}

const SHOWN = 300;

/** Every saved figure, filterable by subject. */
export function FiguresTab({ store, revision, onOpen }: FiguresTabProps) {
  const [subject, setSubject] = useState('');
  const [rows, setRows] = useState<FigureRow[] | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => void store.figures({ subject }).then((r) => live && setRows(r)), subject ? 150 : 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [store, subject, revision]);
  return (
    <div class="lib-figures">
      <input type="search" class="lib-search" value={subject} aria-label={ls('figuresFilter')} placeholder={ls('figuresFilterPlaceholder')} onInput={(e) => setSubject((e.currentTarget as HTMLInputElement).value)} />
      {!rows ? (
        <p class="lib-muted">{ls('loading')}</p>
      ) : (
        <>
          <p class="lib-muted lib-count">
            {rows.length} {ls('results')}
          </p>
          <table class="lib-table">
            <thead>
              <tr>
                <th scope="col">{ls('figure')}</th>
                <th scope="col">{ls('subject')}</th>
                <th scope="col">{ls('kind')}</th>
                <th scope="col">{ls('article')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN).map((r) => (
                <tr>
                  <td>
                    <mark class="lib-mark lib-mark-figure" title={formatNormalized(r.figure)}>
                      {(r.figure.qualifier ?? '') + r.figure.text}
                    </mark>
                  </td>
                  <td>{r.figure.subject}</td>
                  <td>{kindLabel(r.figure.kind)}</td>
                  <td>
                    <button type="button" class="lib-link" onClick={() => onOpen(r.key)}>
                      {r.issueDate} {r.articleTitle}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > SHOWN ? <p class="lib-muted">{ls('more', { n: rows.length - SHOWN })}</p> : null}
        </>
      )}
    </div>
  );
}
