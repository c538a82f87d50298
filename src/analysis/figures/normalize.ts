import { scale } from '../numbers';
import type { Figure } from '../types';
import type { Candidate } from './scan';

/** The value in a base unit: 5121.9亿元 → 512190000000 元, 1.2万人 → 12000 人; null without one. */
export function normalize(c: Candidate): Figure['normalized'] {
  if (c.value === null) return null;
  if (c.category === 'rank') return { value: c.value, unit: '位' };
  if (c.category === 'percent' && !c.def) return { value: c.value, unit: '%' };
  if (!c.def) return null;
  // A price per unit (8元/公斤) keeps its "per" part; a unit that is a ratio itself (公里/小时) has it already.
  const per = c.unit.includes('/') && !c.def.base.includes('/') ? c.unit.slice(c.unit.indexOf('/')) : '';
  return { value: scale(c.value, c.factor * c.def.factor), unit: c.def.base + per };
}
