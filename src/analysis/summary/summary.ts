import { bigrams, containmentIn } from '../split/similarity';
import { COMMENT_BYLINE, DATELINE, PHOTO_CREDIT } from '../byline/patterns';
import { isBylineLine } from '../byline/grammar';
import { sentencesOf, type Sentence } from './sentences';

export interface SummaryOptions {
  title?: string;
  keywords?: readonly string[];
  /** News leads with its main fact; a continuation or a feature part does not. */
  leadWeighted?: boolean;
  maxChars?: number;
}

/**
 * A lead of this many characters already carries the main fact (who, what, how much); a
 * shorter one gets the next best sentence added.
 */
const ENOUGH = 30;

/**
 * A byline standing as a sentence ((湖南日报全媒体记者 王亮)): the role, then names alone. Not a lead
 * that opens with the reporter (记者从攸县统计局获悉，…), one of the commonest leads there is.
 */
function isByline(sentence: string): boolean {
  const inner = sentence.trim().replace(/^[（(]|[）)]$/g, '');
  return isBylineLine(inner) || COMMENT_BYLINE.test(inner.replace(/\s+/g, ''));
}

/** Bylines, datelines, credits and subheads are never summary sentences. */
function usable(s: Sentence): boolean {
  const c = /\s/.test(s.text) ? s.text.replace(/\s/g, '') : s.text;
  if (c.length < 8) return false;
  if (DATELINE.test(c) || isByline(s.text)) return false;
  if (!/[。！？]/.test(s.text) && c.includes('摄') && PHOTO_CREDIT.test(s.text)) return false;
  return /[。！？!?…”’」』）)]$/.test(c); // a whole sentence, not a subhead or a fragment
}

/**
 * How features set a scene before their news: a season or time of day (盛夏时节, 清晨, 冬日的),
 * or the reporter arriving (走进, 记者来到, 驱车).
 */
const SCENE_OPENING =
  /^(?:(?:立春|雨水|惊蛰|春分|清明|谷雨|立夏|小满|芒种|夏至|小暑|大暑|立秋|处暑|白露|秋分|寒露|霜降|立冬|小雪|大雪|冬至|小寒|大寒)(?:刚过|前后|时节|过后|将至|已过)|(?:初|盛|深|仲|隆|暮|早)?[春夏秋冬](?:时节|季节|时分|日|天|夜)?(?:的|里|，)|(?:清晨|傍晚|黄昏|入夜|凌晨|午后|夜幕降临|金秋|寒冬|酷暑|隆冬|初春)|走进|走在|漫步|驱车|沿着|站在|记者来到|记者走进|来到)/u;

/** A number with its unit, roughly: enough to count a sentence's figures. */
const FIGURE = /\d+(?:\.\d+)?(?:万|亿)?(?:元|亩|吨|%|户|人|家|个|项|件|次|台|公里|平方米)/gu;

/** A date or time printed before a scene (7月20日清晨). */
const DATE_HEAD = /^(?:\d{1,2}月\d{1,2}日|今年\d{1,2}月|近日|日前)/u;

/**
 * 1–3 whole sentences of `text` that sum it up: the lead first (news puts its main fact
 * there), then sentences that repeat the headline's and the keywords' words; about 120
 * characters when the article allows. Returned in text order.
 */
export function summarize(text: string, opts: SummaryOptions = {}): string[] {
  const max = opts.maxChars ?? 120;
  let lead = opts.leadWeighted ?? true;
  const title = bigrams(opts.title ?? '');
  const keys = opts.keywords ?? [];
  const all = sentencesOf(text).filter(usable);
  if (all.length === 0) return [];
  // A feature may open on a scene (盛夏时节，…山坡上，黄桃挂满枝头): no summary sentence, and the
  // news lead is the sentence after it.
  if (lead && all.length > 1 && SCENE_OPENING.test(all[0]!.text)) {
    // …and the scene may go on for a sentence or two (a dated moment, a quote) before the news.
    all.shift();
    while (all.length > 1 && (SCENE_OPENING.test(all[0]!.text.replace(DATE_HEAD, '')) || all[0]!.text.includes('“'))) all.shift();
    lead = false; // a feature: its main fact may come anywhere; the headline's words find it
  }
  const scored = all.map((s, i) => {
    const len = s.text.length;
    const position = lead ? 1 / (1 + i) : 0.2 / (1 + i);
    const headline = title.size ? containmentIn(title, s.text) : 0;
    const keyHits = keys.filter((k) => s.text.includes(k)).length / Math.max(1, keys.length);
    const fit = len > max ? 0.5 : len < 15 ? 0.6 : 1;
    // A feature sums itself up where its figures gather (its "nut graf"), not where it starts.
    const facts = lead ? 0 : Math.min(3, (s.text.match(FIGURE) ?? []).length) * 0.15;
    return { s, i, score: (position * 1.5 + headline + keyHits + facts) * fit };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen: typeof scored = [ranked[0]!];
  let total = ranked[0]!.s.text.length;
  for (const c of ranked.slice(1)) {
    if (chosen.length >= 3 || total >= ENOUGH) break;
    if (total + c.s.text.length > max) continue;
    chosen.push(c);
    total += c.s.text.length;
  }
  return chosen.sort((a, b) => a.i - b.i).map((c) => c.s.text);
}
