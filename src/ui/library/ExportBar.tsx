import type { LibraryStore } from '@/src/library';
import { articleFiles, digestMarkdown, exportJson, figuresCsv, importLibraryJson, officialsCsv, zipStore } from '@/src/library';
import { downloadFile, today } from './download';
import { ls } from './strings';

export interface ExportBarProps {
  store: LibraryStore;
  /** A sentence for the status line (results and errors). */
  onStatus(message: string): void;
  onImported(): void;
}

const CSV = 'text/csv;charset=utf-8';
const MD = 'text/markdown;charset=utf-8';

/** Export buttons (download through a Blob URL) and the JSON import (a file input). */
export function ExportBar({ store, onStatus, onImported }: ExportBarProps) {
  const run = (make: (all: Awaited<ReturnType<LibraryStore['all']>>) => void) => async () => {
    const all = await store.all();
    make(all);
    onStatus(ls('exported', { n: all.length }));
  };
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = await importLibraryJson(store, await file.text());
    onStatus(r.ok ? ls('imported', r.value) : r.message);
    if (r.ok) onImported();
  };
  const stamp = today();
  return (
    <details class="lib-export">
      <summary>{ls('exportTitle')}</summary>
      <div class="lib-export-buttons">
        <button type="button" onClick={run((a) => downloadFile(`xiangbao-library-${stamp}.json`, exportJson(a), 'application/json'))}>
          {ls('exportJson')}
        </button>
        <button type="button" onClick={run((a) => downloadFile(`xiangbao-articles-${stamp}.zip`, zipStore(articleFiles(a)), 'application/zip'))}>
          {ls('exportMarkdown')}
        </button>
        <button type="button" onClick={run((a) => downloadFile(`xiangbao-digest-${stamp}.md`, digestMarkdown(a), MD))}>{ls('exportDigest')}</button>
        <button type="button" onClick={run((a) => downloadFile(`xiangbao-figures-${stamp}.csv`, figuresCsv(a), CSV))}>{ls('exportFigures')}</button>
        <button type="button" onClick={run((a) => downloadFile(`xiangbao-officials-${stamp}.csv`, officialsCsv(a), CSV))}>{ls('exportOfficials')}</button>
        <label class="lib-import">
          <span>{ls('importJson')}</span>
          <input type="file" accept="application/json,.json" aria-label={ls('importJson')} onChange={onFile} />
        </label>
      </div>
    </details>
  );
}
