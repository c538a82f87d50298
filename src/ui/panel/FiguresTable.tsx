import { useMemo, useState } from 'preact/hooks';
import type { Figure } from '@/src/analysis/types';
import { t } from '../i18n';
import { figureLine, formatNormalized, kindLabel } from '../format';
import { CopyButton } from './CopyButton';

type SortKey = 'order' | 'value' | 'subject' | 'kind';

const compare: Record<SortKey, (a: [Figure, number], b: [Figure, number]) => number> = {
  order: (a, b) => a[1] - b[1],
  value: (a, b) => (b[0].normalized?.value ?? b[0].value ?? 0) - (a[0].normalized?.value ?? a[0].value ?? 0),
  subject: (a, b) => a[0].subject.localeCompare(b[0].subject, 'zh-CN'),
  kind: (a, b) => a[0].kind.localeCompare(b[0].kind) || a[1] - b[1],
};

/** The key figures, sortable; a click on a row scrolls the page to it. */
export function FiguresTable({ figures, onFocus }: { figures: Figure[]; onFocus: (index: number) => void }) {
  const [sort, setSort] = useState<SortKey>('order');
  const rows = useMemo(() => figures.map((f, i) => [f, i] as [Figure, number]).sort(compare[sort]), [figures, sort]);
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort === key ? 'descending' : 'none'}>
      <button type="button" class="sort" onClick={() => setSort(sort === key ? 'order' : key)}>
        {label}
        {sort === key ? ' ▾' : ''}
      </button>
    </th>
  );
  return (
    <table class="figures">
      <thead>
        <tr>
          {header('value', t('value'))}
          {header('subject', t('subject'))}
          {header('kind', t('kind'))}
          <th scope="col" class="visually-hidden">
            {t('copy')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([figure, index]) => (
          <tr key={index} data-fact={`figure:${index}`}>
            <td>
              <button
                type="button"
                class="fact-link"
                onClick={() => onFocus(index)}
                title={`${t('openInPage')} · ${formatNormalized(figure)}`}
              >
                {figure.qualifier ? <span class="qualifier">{figure.qualifier}</span> : null}
                {figure.text}
              </button>
            </td>
            <td>{figure.subject}</td>
            <td>
              <span class={`kind kind-${figure.kind}`}>{kindLabel(figure.kind)}</span>
            </td>
            <td>
              <CopyButton text={figureLine(figure)} label={figure.text} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
