import type { Figure, FigureKind, Official } from '@/src/analysis/types';

/** Card words stay Chinese: the e-paper page is Chinese whatever the browser's language. */
export const KIND_ZH: Record<FigureKind, string> = {
  amount: '金额',
  growth: '增速',
  share: '占比',
  count: '数量',
  rank: '排名',
  'date-range': '时段',
};

const num = (v: number, digits = 4) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits }).format(v);
const plain = (v: number) => num(v, 4).replace(/,/g, '');

/** The value in the units a reader thinks in (5121.9亿元), and in full when that differs. */
export function figureValue(f: Figure): { value: string; exact: string | null } {
  const n = f.normalized;
  if (f.kind === 'date-range') {
    return { value: f.text, exact: f.startDate && f.endDate ? `${f.startDate} 至 ${f.endDate}` : null };
  }
  if (!n) return { value: f.text, exact: null };
  if (n.unit === '%') return { value: `${plain(n.value)}%`, exact: null };
  if (f.kind === 'rank') return { value: `第${plain(n.value)}${n.unit}`, exact: null };
  const abs = Math.abs(n.value);
  if (abs >= 1e12) return { value: `${plain(n.value / 1e12)}万亿${n.unit}`, exact: `${num(n.value)} ${n.unit}` };
  if (abs >= 1e8) return { value: `${plain(n.value / 1e8)}亿${n.unit}`, exact: `${num(n.value)} ${n.unit}` };
  if (abs >= 1e4) return { value: `${plain(n.value / 1e4)}万${n.unit}`, exact: `${num(n.value)} ${n.unit}` };
  return { value: `${plain(n.value)}${n.unit}`, exact: null };
}

export interface CardText {
  heading: string;
  rows: Array<[label: string, value: string]>;
}

export function figureCard(f: Figure): CardText {
  const { value, exact } = figureValue(f);
  const rows: CardText['rows'] = [];
  if (exact) rows.push(['折合', exact]);
  rows.push(['类型', KIND_ZH[f.kind] ?? f.kind]);
  if (f.subject) rows.push(['指标', f.subject]);
  if (f.text !== value) rows.push(['原文', f.text]);
  return { heading: value, rows };
}

export function officialCard(o: Official): CardText {
  const rows: CardText['rows'] = o.titles.map((t) => ['职务', t]);
  if (o.org) rows.push(['单位', o.org]);
  if (!rows.length) rows.push(['职务', '未注明']);
  return { heading: o.name, rows };
}
