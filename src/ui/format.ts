import type { Figure, FigureKind } from '@/src/analysis/types';
import { t, type StringKey } from './i18n';

const KIND_KEYS: Record<FigureKind, StringKey> = {
  amount: 'kindAmount',
  growth: 'kindGrowth',
  share: 'kindShare',
  count: 'kindCount',
  rank: 'kindRank',
  'date-range': 'kindDateRange',
};

export const kindLabel = (kind: FigureKind): string => t(KIND_KEYS[kind]);

const grouped = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 });

/** 512190000000 元 → "5121.9亿元 (512,190,000,000 元)" style: the large units a reader thinks in. */
export function formatNormalized(figure: Figure): string {
  const n = figure.normalized;
  if (!n) return figure.text;
  return `${grouped.format(n.value)} ${n.unit}`;
}

/** One line a reader can paste: "5121.9亿元 · 进出口总值 · 金额". */
export function figureLine(figure: Figure): string {
  const q = figure.qualifier ? `${figure.qualifier}` : '';
  return [`${q}${figure.text}`, figure.subject, kindLabel(figure.kind)].filter(Boolean).join(' · ');
}
