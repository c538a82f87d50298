/**
 * Calendar spans. A span to the day (12月10日至11日) is a figure of kind date-range;
 * dates, years and reporting periods (前11个月, 1至10月, 今年以来) are not figures, but their
 * positions are kept so that subjects leave them out.
 */

import { DIGITS, Scanner } from './scanner';

export interface DateSpan {
  start: number;
  end: number;
  startDate: string;
  endDate: string;
}

const SEP = '(?:至|到|—|－|-|～|~)';
// The month may go unprinted in a forecast or a report of this month's days (23日至25日), and the
// low end's 日 too (25-26日, 27至28日); a span
// to the hour (19日20时至20日20时) is a warning's period of validity, not a figure, and is not matched.
const DAY_RANGE = new RegExp(
  `(?:(?:(\\d{4})年)?(\\d{1,2})月|(?<![\\d月]))(\\d{1,2})(?:日${SEP}|${SEP}(?=\\d{1,2}日))(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?![\\d时点])`,
  'g',
);

/**
 * A span from a day's clock time to another's (8月13日23:00至14日10:00): a service cut's or an
 * event's window, printed with a colon (a warning's 19日20时至20日20时 is not matched, above).
 */
const CLOCK_RANGE = new RegExp(
  `(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日\\d{1,2}[:：]\\d{2}${SEP}(?:(\\d{4})年)?(?:(\\d{1,2})月)?(?:(\\d{1,2})日)?\\d{1,2}[:：]\\d{2}(?![\\d:：])`,
  'g',
);

/** From today to a day (即日起至6月30日): a campaign's or an offer's period. */
const UNTIL = /即日起至(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/g;

const pad = (n: string) => n.padStart(2, '0');
/** --MM-DD with no year; '' with no month either (23日至25日: no date can be written). */
const isoDay = (year: string | undefined, month: string, day: string) =>
  month ? `${year ?? '-'}-${pad(month)}-${pad(day)}` : '';

/** 12月10日至11日, 2024年12月30日—2025年1月2日 … with ISO dates (--MM-DD when no year is printed or given). */
export function dayRanges(text: string, year?: number): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of text.matchAll(DAY_RANGE)) {
    const [, y1, m1, d1, y2, m2, d2] = m;
    const yearA = y1 ?? (year !== undefined ? String(year) : undefined);
    const yearB = y2 ?? yearA;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      startDate: isoDay(yearA, m1 ?? '', d1!),
      endDate: isoDay(yearB, m2 ?? m1 ?? '', d2!),
    });
  }
  // (Only a text printing a clock time, 23:00, can hold a clock range; most print none.)
  if (text.includes(':') || text.includes('：')) for (const m of text.matchAll(CLOCK_RANGE)) {
    const [, y1, m1, d1, y2, m2, d2] = m;
    const yearA = y1 ?? (year !== undefined ? String(year) : undefined);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      startDate: isoDay(yearA, m1 ?? '', d1!),
      endDate: isoDay(y2 ?? yearA, m2 ?? m1 ?? '', d2 ?? d1!),
    });
  }
  if (text.includes('即日起至')) for (const m of text.matchAll(UNTIL)) {
    const [, y, mo, d] = m;
    out.push({ start: m.index, end: m.index + m[0].length, startDate: '', endDate: isoDay(y ?? (year !== undefined ? String(year) : undefined), mo!, d!) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Dates, years and reporting periods, for subjects to skip:
 * 2025年, 2024年12月, 12月11日, 1至10月, 1—11月份, 前11个月, 前三季度, 上半年, 今年以来 …
 */
const PERIOD = new RegExp(
  [
    '(?:\\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?(?:\\d{1,2}月(?:份)?)?(?:\\d{1,2}日)?',
    '(?:今年|去年|明年|当年|同年|全年)?(?:前|近|头)?\\d{1,2}(?:至|到|—|－|-|～)\\d{1,2}月(?:份)?',
    '(?:今年|去年|当年|同期)?(?:前|近|头|后)(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})个?(?:月|季度|年)',
    '(?:前|第)[一二三四1-4]季度',
    '[上下]半年',
    '\\d{1,2}月(?:\\d{1,2}日)?(?:份)?',
    '\\d{1,2}日',
    '(?:今年|去年|明年|当年|同期|全年|年初|年底|年末)(?:以来)?',
  ].join('|'),
  'g',
);

/** What a period can open with: a digit, a Chinese digit (二〇二四年), 今年 … 年初, 前 近 头 后 第, 上 下. */
const PERIOD_SCAN = new Scanner(PERIOD, DIGITS + '〇零一二三四五六七八九' + '今去明当同全年' + '前近头后第' + '上下');

export function periodSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of PERIOD_SCAN.all(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
