import { useEffect, useState } from 'preact/hooks';
import { NO_CHOICES, seriesCsv, withMerge, withRemoved, withSplit, type LibraryStore, type Series, type SeriesChoices, type SeriesPoint } from '@/src/library';
import { kindLabel } from '@/src/ui/format';
import { downloadFile, today } from './download';
import { SeriesDetail } from './SeriesDetail';
import { ls } from './strings';
import './series.css';

export interface SeriesTabProps {
  store: LibraryStore;
  revision: number;
  /** Opens a saved article at a text offset (the point's figure). */
  onOpen(key: string, at: number): void;
  onStatus(message: string): void;
  /** The series shown as a chart (kept by the view, so that Back from an article returns to it). */
  openId: string | null;
  onOpenSeries(id: string | null): void;
}

const SHOWN = 200;

/** 走势: the series of figures over time, filterable; one opens as a chart. */
export function SeriesTab({ store, revision, onOpen, onStatus, openId, onOpenSeries: setOpenId }: SeriesTabProps) {
  const [all, setAll] = useState<Series[] | null>(null);
  const [choices, setChoices] = useState<SeriesChoices>(NO_CHOICES);
  const [filter, setFilter] = useState('');
  const [builtMs, setBuiltMs] = useState<number | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    const t0 = performance.now();
    void Promise.all([store.series(), store.seriesChoices()]).then(([s, c]) => {
      if (!live) return;
      setAll(s);
      setChoices(c);
      setBuiltMs(performance.now() - t0);
    });
    return () => {
      live = false;
    };
  }, [store, revision, tick]);

  const change = async (next: SeriesChoices, reopen: string | null) => {
    const r = await store.setSeriesChoices(next);
    if (!r.ok) return onStatus(r.message);
    setOpenId(reopen);
    setTick((t) => t + 1);
  };

  if (!all) return <p class="lib-muted">{ls('loading')}</p>;
  const open = openId ? all.find((s) => s.id === openId) : undefined;
  if (open) {
    return (
      <SeriesDetail
        series={open}
        all={all}
        onBack={() => setOpenId(null)}
        onOpen={(p: SeriesPoint) => onOpen(p.key, p.figure.start)}
        onMerge={(into) => void change(withMerge(choices, open.id, into.id), into.id)}
        onSplit={(subject) => void change(withSplit(choices, open, subject), open.id)}
        onRemove={(p) => void change(withRemoved(choices, p), open.id)}
      />
    );
  }

  const needle = filter.trim();
  const shown = needle ? all.filter((s) => s.subjects.some((x) => x.includes(needle))) : all;
  const changed = Object.keys(choices.merges).length + choices.splits.length + choices.removed.length > 0;
  return (
    <div class="lib-series" data-built-ms={builtMs === null ? undefined : builtMs.toFixed(1)}>
      <input type="search" class="lib-search" value={filter} aria-label={ls('seriesFilter')} placeholder={ls('figuresFilterPlaceholder')} onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
      {all.length === 0 ? (
        <p class="lib-empty">{ls('seriesEmpty')}</p>
      ) : (
        <>
          <p class="lib-muted lib-count">
            {shown.length} {ls('results')}
          </p>
          <ul class="lib-list">
            {shown.slice(0, SHOWN).map((s) => (
              <li class="lib-item">
                <button type="button" class="lib-item-open lib-series-open" onClick={() => setOpenId(s.id)}>
                  <span class="lib-title">{s.label}</span>
                  <span class="lib-meta">
                    {s.unit} · {kindLabel(s.kind)} · {ls('seriesPoints', { n: s.points.length })} · {s.points[0]!.issueDate} – {s.points[s.points.length - 1]!.issueDate}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {shown.length > SHOWN ? <p class="lib-muted">{ls('more', { n: shown.length - SHOWN })}</p> : null}
        </>
      )}
      <div class="lib-export-buttons">
        {all.length ? (
          <button type="button" onClick={() => downloadFile(`xiangbao-trends-${today()}.csv`, seriesCsv(shown), 'text/csv;charset=utf-8')}>
            {ls('seriesExportAll')}
          </button>
        ) : null}
        {changed ? (
          <button type="button" onClick={() => void change(NO_CHOICES, null)}>
            {ls('seriesReset')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
