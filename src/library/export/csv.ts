import type { SavedArticle } from '../types';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CRLF rows and a UTF-8 BOM, so Excel opens the Chinese correctly. */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const pageLabel = (a: SavedArticle): string => [a.page.number, a.page.name].filter(Boolean).join(' ');

const byIssue = (articles: readonly SavedArticle[]): SavedArticle[] =>
  [...articles].sort((a, b) => a.issueDate.localeCompare(b.issueDate) || (a.page.number ?? '').localeCompare(b.page.number ?? '') || a.key.localeCompare(b.key));

export const FIGURES_HEADER = ['刊期', '版面', '标题', '指标', '原文', '数值', '单位', '限定', '规范值', '规范单位', '类型', '链接'] as const;

/** One row per saved figure: issue date, page, title, subject, value, unit, normalised value, kind. */
export function figuresCsv(articles: readonly SavedArticle[]): string {
  const rows = byIssue(articles).flatMap((a) =>
    a.article.figures.map((f) => [
      a.issueDate,
      pageLabel(a),
      a.title,
      f.subject,
      f.text,
      f.value,
      f.unit,
      f.qualifier,
      f.normalized?.value ?? null,
      f.normalized?.unit ?? null,
      f.kind,
      a.url,
    ]),
  );
  return csvDocument(FIGURES_HEADER, rows);
}

export const OFFICIALS_HEADER = ['刊期', '版面', '标题', '姓名', '职务', '单位', '提及次数', '链接'] as const;

/** One row per official per article; several titles joined with a Chinese semicolon. */
export function officialsCsv(articles: readonly SavedArticle[]): string {
  const rows = byIssue(articles).flatMap((a) =>
    a.article.officials.map((o) => [a.issueDate, pageLabel(a), a.title, o.name, o.titles.join('；'), o.org ?? null, o.mentions.length, a.url]),
  );
  return csvDocument(OFFICIALS_HEADER, rows);
}
