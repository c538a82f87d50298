import type { Figure, FigureKind } from '@/src/analysis/types';
import type { ArticleFacts } from './facts';

/**
 * 指标走势: the saved figures grouped into series by what they measure, across issues.
 * A figure joins a series when its kind, its base unit (normalised: 亿元 and 万元 are both 元) and
 * its subject, normalised by subjectKey(), are the same. The reader's merges, splits and removed
 * points (SeriesChoices, stored beside the library) are applied on top.
 */

export interface SeriesPoint {
  /** The saved article's key. */
  key: string;
  issueDate: string;
  articleTitle: string;
  /** In the series' display unit. */
  value: number;
  /** In the base unit (元, %, 人 …). */
  base: number;
  figure: Figure;
}

export interface Series {
  /** Stable: kind|base unit|subject key (or split:|… for a subject split off by the reader). */
  id: string;
  /** The subject printed most often (ties: the newest). */
  label: string;
  kind: FigureKind;
  /** The base unit, e.g. 元. */
  baseUnit: string;
  /** The unit printed most often, e.g. 亿元; values are shown in it. */
  unit: string;
  /** The subjects as printed, in the order first seen (splitting works on these). */
  subjects: string[];
  /** Oldest issue first; at most one point per article. */
  points: SeriesPoint[];
}

/** What the reader changed; stored as one item (SERIES_CHOICES_KEY) and applied by buildSeries. */
export interface SeriesChoices {
  /** Series id → the id it was merged into. */
  merges: Record<string, string>;
  /** Printed subjects the reader split off, each as `${kind}|${baseUnit}|${subject}`. */
  splits: string[];
  /** Points the reader removed, each pointId(). */
  removed: string[];
}

export const NO_CHOICES: SeriesChoices = { merges: {}, splits: [], removed: [] };

/** A point's id: the article and the figure's offset in its text. */
export const pointId = (key: string, figure: Pick<Figure, 'start'>): string => `${key}#${figure.start}`;

/** The province named in any of its ways folds to 全省 (other places stay as printed). */
const PROVINCE = /^(?:湖南省|湖南|我省|全省)/;
/** Verbs and adverbs around the measure that do not change what is measured. */
const FILLER = /实现|完成|累计|达到|共计|同比|比上年|较上年/g;
/** 总值 / 总额 / 额 / 值 at the end name the same measure (进出口总值 = 进出口总额 = 进出口额). */
const TOTAL = /(?:总值|总额|额|值)$/;
/** A growth or share subject ends in the word that says so; the kind already says it. */
const RATE_WORD = /(?:同比)?(?:增长|增速|增幅|下降|提高)$/;

/**
 * What a subject measures, as a key: quotes, brackets and spaces dropped, the province folded,
 * filler verbs and a closing 增长/总值 removed. 湖南省进出口总值, 湖南实现进出口总额 and
 * 全省进出口额 are all 全省进出口; 长沙市进出口 and 湖南省对非洲进出口 stay apart.
 */
export function subjectKey(subject: string): string {
  let s = subject
    .replace(/[（(][^）)]*[）)]?/g, '') // （GDP）, and the unbalanced （GDP the extractor may cut
    .replace(/[\s“”"‘’'《》、，,]/g, '')
    .replace(FILLER, '');
  s = s.replace(RATE_WORD, '');
  s = s.replace(PROVINCE, '全省');
  s = s.replace(TOTAL, '');
  return s;
}

/** A figure's value in its base unit and that unit; null when it has no number. */
function baseOf(f: Figure): { value: number; unit: string } | null {
  if (f.normalized) return f.normalized;
  if (f.value === null) return null;
  return { value: f.value, unit: f.unit };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const dims = (kind: FigureKind, baseUnit: string): string => `${kind}|${baseUnit}`;

/** The series id a figure belongs to before merges. */
export function seriesIdOf(f: Figure, splits: ReadonlySet<string>): string | null {
  if (f.kind === 'date-range') return null;
  const base = baseOf(f);
  if (!base || !Number.isFinite(base.value)) return null;
  const d = dims(f.kind, base.unit);
  const subject = f.subject.trim();
  if (splits.has(`${d}|${subject}`)) return `split:${d}|${subject}`;
  const k = subjectKey(subject);
  return k ? `${d}|${k}` : null;
}

/** Follows merges to their end (a cycle stops where it would repeat). */
function resolve(id: string, merges: Record<string, string>): string {
  const seen = new Set<string>([id]);
  let at = id;
  for (let next = merges[at]; next !== undefined && !seen.has(next); next = merges[at]) {
    seen.add(next);
    at = next;
  }
  return at;
}

interface Builder {
  id: string;
  kind: FigureKind;
  baseUnit: string;
  points: SeriesPoint[];
  articles: Set<string>;
  subjects: Map<string, { n: number; last: string }>;
  units: Map<string, number>;
  /** unit → base per unit (亿元 → 1e8), from a printed value. */
  factors: Map<string, number>;
}

export interface SeriesOptions {
  /** Series with fewer points (or fewer distinct dates) are left out; 2 by default. */
  minPoints?: number;
}

/**
 * The series across the saved articles, the reader's choices applied. A series keeps one point
 * per article (the first figure of the article in it, in text order: the lead states the
 * headline figure first) and needs points from at least two dates. Largest series first.
 */
export function buildSeries(articles: readonly ArticleFacts[], choices: SeriesChoices = NO_CHOICES, opts: SeriesOptions = {}): Series[] {
  const minPoints = opts.minPoints ?? 2;
  const splits = new Set(choices.splits);
  const removed = new Set(choices.removed);
  const keyCache = new Map<string, Map<FigureKind, Map<string, string | null>>>();
  const merging = Object.keys(choices.merges).length > 0;
  const byId = new Map<string, Builder>();
  // Oldest first, so a series' points come out in date order without a sort per series.
  // Code-unit order (ISO dates, keys): localeCompare would cost more than the grouping at 5,000 articles.
  const sorted = [...articles].sort((a, b) => cmp(a.issueDate, b.issueDate) || cmp(a.key, b.key));
  for (const a of sorted) {
    const figs = a.article.figures;
    const figures = figs.every((f, i) => i === 0 || figs[i - 1]!.start <= f.start) ? figs : [...figs].sort((x, y) => x.start - y.start);
    for (const f of figures) {
      // A figure without a number (三大) never joins; checked before the cache, which is per subject and unit.
      const base = baseOf(f);
      if (!base || !Number.isFinite(base.value)) continue;
      // Subject first, then kind and unit: no string is built per figure (100,000 at 5,000 articles).
      let bySubject = keyCache.get(f.subject);
      if (!bySubject) keyCache.set(f.subject, (bySubject = new Map()));
      const unitKey = f.normalized ? f.normalized.unit : f.unit;
      let byUnit = bySubject.get(f.kind);
      if (!byUnit) bySubject.set(f.kind, (byUnit = new Map()));
      let raw = byUnit.get(unitKey);
      if (raw === undefined) byUnit.set(unitKey, (raw = seriesIdOf(f, splits)));
      if (raw === null) continue;
      if (removed.size && removed.has(pointId(a.key, f))) continue;
      let id = merging ? resolve(raw, choices.merges) : raw;
      // A merge across dimensions (an amount into a growth rate) is not applied.
      if (id !== raw && !id.replace(/^split:/, '').startsWith(dims(f.kind, base.unit) + '|')) id = raw;
      let b = byId.get(id);
      if (!b) {
        b = { id, kind: f.kind, baseUnit: base.unit, points: [], articles: new Set(), subjects: new Map(), units: new Map(), factors: new Map() };
        byId.set(id, b);
      }
      if (b.articles.has(a.key)) continue;
      b.articles.add(a.key);
      b.points.push({ key: a.key, issueDate: a.issueDate, articleTitle: a.title, value: base.value, base: base.value, figure: f });
      const subject = f.subject.trim();
      const s = b.subjects.get(subject);
      if (s) {
        s.n++;
        s.last = a.issueDate;
      } else b.subjects.set(subject, { n: 1, last: a.issueDate });
      b.units.set(f.unit, (b.units.get(f.unit) ?? 0) + 1);
      if (f.value && !b.factors.has(f.unit)) b.factors.set(f.unit, base.value / f.value);
    }
  }
  const out: Series[] = [];
  for (const b of byId.values()) {
    if (b.points.length < minPoints) continue;
    if (new Set(b.points.map((p) => p.issueDate)).size < Math.min(2, minPoints)) continue;
    // The unit printed most often; on a tie the larger (亿元 over 万元: shorter numbers).
    const unit = [...b.units].sort((x, y) => y[1] - x[1] || (b.factors.get(y[0]) ?? 1) - (b.factors.get(x[0]) ?? 1))[0]?.[0] ?? b.baseUnit;
    const factor = b.factors.get(unit) ?? 1;
    for (const p of b.points) p.value = roundTo(p.base / factor);
    const label = tidyLabel([...b.subjects].sort((x, y) => y[1].n - x[1].n || cmp(y[1].last, x[1].last))[0]![0]);
    out.push({ id: b.id, label, kind: b.kind, baseUnit: b.baseUnit, unit, subjects: [...b.subjects.keys()], points: b.points });
  }
  return out.sort((x, y) => y.points.length - x.points.length || x.label.localeCompare(y.label, 'zh'));
}

/**
 * A subject as a title: an abbreviation in a bracket the extractor left open is dropped
 * (全省地区生产总值（GDP → 全省地区生产总值, 全省地区生产总值（GDP增长 → 全省地区生产总值增长).
 */
const tidyLabel = (subject: string): string => subject.replace(/[（(][A-Za-z0-9]*(?![^（(]*[）)])/, '') || subject;

/** Float noise from the unit conversion (5121.9e8 / 1e8) trimmed to 10 significant digits. */
const roundTo = (v: number): number => Number(v.toPrecision(10));

/** Whether two series may be merged: the same kind and base unit. */
export const compatible = (a: Pick<Series, 'kind' | 'baseUnit'>, b: Pick<Series, 'kind' | 'baseUnit'>): boolean =>
  a.kind === b.kind && a.baseUnit === b.baseUnit;

/** The choices with `from` merged into `into` (a series merged back into itself is unmerged). */
export function withMerge(c: SeriesChoices, from: string, into: string): SeriesChoices {
  const merges = { ...c.merges };
  if (from === into) delete merges[from];
  else merges[from] = into;
  return { ...c, merges };
}

/** The choices with a printed subject of a series split off into a series of its own. */
export function withSplit(c: SeriesChoices, s: Pick<Series, 'kind' | 'baseUnit'>, subject: string): SeriesChoices {
  const id = `${dims(s.kind, s.baseUnit)}|${subject.trim()}`;
  return c.splits.includes(id) ? c : { ...c, splits: [...c.splits, id] };
}

/** The choices with one point left out of its series. */
export function withRemoved(c: SeriesChoices, p: Pick<SeriesPoint, 'key' | 'figure'>): SeriesChoices {
  const id = pointId(p.key, p.figure);
  return c.removed.includes(id) ? c : { ...c, removed: [...c.removed, id] };
}

/** Stored choices read back defensively: anything malformed counts as no choice. */
export function cleanChoices(v: unknown): SeriesChoices {
  const o = (v ?? {}) as Partial<SeriesChoices>;
  const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
  const merges: Record<string, string> = {};
  if (o.merges && typeof o.merges === 'object') {
    for (const [k, t] of Object.entries(o.merges)) if (typeof t === 'string') merges[k] = t;
  }
  return { merges, splits: strings(o.splits), removed: strings(o.removed) };
}
