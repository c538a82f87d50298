import type { Series } from '../series';
import { csvDocument } from './csv';

export const SERIES_HEADER = ['指标', '刊期', '数值', '单位', '原文', '原文指标', '规范值', '规范单位', '标题', '文章'] as const;

/** One row per point, oldest first, series after series; values in each series' display unit. */
export function seriesCsv(series: readonly Series[]): string {
  const rows = series.flatMap((s) =>
    s.points.map((p) => [s.label, p.issueDate, p.value, s.unit, (p.figure.qualifier ?? '') + p.figure.text, p.figure.subject, p.base, s.baseUnit, p.articleTitle, p.key]),
  );
  return csvDocument(SERIES_HEADER, rows);
}
