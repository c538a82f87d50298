import { useState } from 'preact/hooks';
import { compatible, seriesCsv, type Series, type SeriesPoint } from '@/src/library';
import { kindLabel } from '@/src/ui/format';
import { downloadFile, today } from './download';
import { SeriesChart } from './SeriesChart';
import { ls } from './strings';

export interface SeriesDetailProps {
  series: Series;
  /** Every series, for the merge choice (only those of the same kind and unit are offered). */
  all: readonly Series[];
  onBack(): void;
  onOpen(point: SeriesPoint): void;
  onMerge(into: Series): void;
  onSplit(subject: string): void;
  onRemove(point: SeriesPoint): void;
}

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 });
/** Rows shown before 显示全部: thousands of rows would take longer to draw than the chart. */
const ROWS = 60;

/** One series: its chart, its points (each opens its article), and the reader's corrections. */
export function SeriesDetail({ series, all, onBack, onOpen, onMerge, onSplit, onRemove }: SeriesDetailProps) {
  const targets = all.filter((s) => s.id !== series.id && compatible(s, series));
  const [into, setInto] = useState('');
  const [allRows, setAllRows] = useState(false);
  const rows = allRows ? series.points : series.points.slice(-ROWS);
  const target = targets.find((s) => s.id === into);
  return (
    <section class="lib-series-detail" aria-labelledby="lib-series-title">
      <button type="button" class="lib-link" onClick={onBack}>
        ← {ls('seriesBack')}
      </button>
      <h2 id="lib-series-title" class="lib-series-title">
        {series.label} <span class="lib-muted">（{series.unit} · {kindLabel(series.kind)}）</span>
      </h2>
      <SeriesChart series={series} onPick={onOpen} />
      <p class="lib-muted">{ls('seriesHint')}</p>
      <table class="lib-table lib-series-points">
        <thead>
          <tr>
            <th scope="col">{ls('issue')}</th>
            <th scope="col">{ls('seriesValue')}</th>
            <th scope="col">{ls('article')}</th>
            <th scope="col">
              <span class="lib-sr">{ls('seriesRemove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr>
              <td>
                <button type="button" class="lib-link" onClick={() => onOpen(p)}>
                  {p.issueDate}
                </button>
              </td>
              <td>
                <span title={`${p.figure.subject}：${(p.figure.qualifier ?? '') + p.figure.text}`}>{number.format(p.value)}</span>
              </td>
              <td>{p.articleTitle}</td>
              <td>
                <button type="button" class="lib-delete" aria-label={ls('seriesRemoveLabel', { date: p.issueDate })} onClick={() => onRemove(p)}>
                  {ls('seriesRemove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < series.points.length ? (
        <button type="button" class="lib-link" onClick={() => setAllRows(true)}>
          {ls('seriesAllRows', { n: series.points.length })}
        </button>
      ) : null}
      <h3>{ls('seriesSubjects')}</h3>
      <ul class="lib-series-subjects">
        {series.subjects.map((subject) => (
          <li>
            <span>{subject}</span>
            {series.subjects.length > 1 ? (
              <button type="button" class="lib-delete" aria-label={ls('seriesSplitLabel', { subject })} onClick={() => onSplit(subject)}>
                {ls('seriesSplit')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {targets.length ? (
        <div class="lib-series-merge">
          <label>
            <span>{ls('seriesMergeInto')}</span>
            <select value={into} onChange={(e) => setInto((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{ls('seriesChoose')}</option>
              {targets.map((s) => (
                <option value={s.id}>
                  {s.label}（{ls('seriesPoints', { n: s.points.length })}）
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!target} onClick={() => target && onMerge(target)}>
            {ls('seriesMerge')}
          </button>
        </div>
      ) : null}
      <div class="lib-export-buttons">
        <button type="button" onClick={() => downloadFile(`xiangbao-trend-${today()}.csv`, seriesCsv([series]), 'text/csv;charset=utf-8')}>
          {ls('seriesExport')}
        </button>
      </div>
    </section>
  );
}
