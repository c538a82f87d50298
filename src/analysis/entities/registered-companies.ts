/**
 * A company's registered name, which the law makes of fixed parts: [place] brand [trade]
 * 有限公司 / 有限责任公司 / 股份有限公司 (湖南省蒸水源生态农业发展有限公司, 龙牌食品股份有限公司). The
 * brand is often a word jieba does not know and cuts into odd pieces (中|栊, 蒸|水源), so the name is
 * read back from its legal form to the first word that cannot be inside it, not word by word.
 */
import { localityNamesAt, PLACE_TRIE } from './lexicon';
import { localityStart, localityStems, ORDINAL, type Found } from './orgs';
import { breakAt, isHan, type TokenIndex } from './token-index';

const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|专业合作社|(?<!专业|供销|信用)合作社|家庭农场)/gu;
/** Words that never stand inside a registered name: particles, prepositions, conjunctions, pronouns, adverbs. */
const OUTSIDE_TAGS = /^(?:u\w*|p|c|r|d|q|m|t|vd|ad)$/;
/** Verbs of two or more characters stand before a name (来到, 走进, 参观), not in it, but those a trade is named by. */
const TRADE_VERBS = new Set(['发展', '投资', '建设', '开发', '管理', '服务', '控股', '生产', '经营', '制造', '运营', '贸易', '销售', '设计', '检测', '科技', '咨询', '租赁', '养殖', '种植', '加工', '印刷', '物流', '实业', '置业', '传媒', '旅游', '研发', '规划', '勘察', '勘探', '监理', '施工',
  '组织', '培训', '推广', '营销', '装饰', '运输', '维修', '安装', '孵化', '传播', '配送', '发行']);
const LONGEST = 24;
/** The province that opens most registered names of the paper's companies. */
const PROVINCE_OPENING = /^(?:湖南|[\u4e00-\u9fff]{2,3}省)$/u;
/** A province or city that may open a registered name (湖南, 长沙, 湖南省, 绵阳市). */
const OPENING_PLACE = /^(?:[\u4e00-\u9fff]{2}[省市]?)$/u;
/** Nothing but a break, a list mark or a linking word before the opener (由湖南…, 、湖南…). */
function breakOrLinkBefore(idx: TokenIndex, at: number): boolean {
  if (breakAt(idx.text, at - 1)) return true;
  const b = idx.before(at);
  return b !== undefined && (/^(?:p|c|v|u\w*|nt)$/.test(b.tag) || LINK_CHARS.has(b.word));
}

/** Where a village's name starts, one or two characters before the word jieba made of it (月|形湾村). */
function villageStart(idx: TokenIndex, t: { start: number; end: number }): number {
  for (let s = Math.max(0, t.start - 2); s < t.start; s++) {
    if (!breakAt(idx.text, s) && localityNamesAt.matchesAt(idx.text, s).includes(t.end - s)) return s;
  }
  return t.start;
}

/** A brand or a place among the words of [from, to) (广锦/x, 潞水/ns, 春晨/nr). */
function hasBrand(idx: TokenIndex, from: number, to: number): boolean {
  for (let at = from; at < to; ) {
    const t = idx.at(at);
    if (!t) {
      at++;
      continue;
    }
    if (t.word.length >= 2 && /^(?:x|nz|nr\w*|ns|nt|j)$/.test(t.tag)) return true;
    at = t.end;
  }
  return false;
}

/** One-character words that join or introduce, never part of a name: 兼, 如, 和, 与 … */
const LINK_CHARS: ReadonlySet<string> = new Set([...'兼如和与及在由向对从将把被为是等']);

/** Where a place starts that stands right before one or two one-character words ending at `at`, or -1. */
function placeBeforeShortWords(idx: TokenIndex, at: number): number {
  // (The brand then starts at `at`, with no place of its own: 天元区 的 株洲恒驰… is a sentence.)
  const first = idx.at(at);
  if (first && PLACE_TRIE.matchesAt(idx.text, at).includes(first.word.length)) return -1;
  let o = at;
  for (let n = 0; n < 2; n++) {
    const t = idx.before(o);
    if (!t || t.word.length !== 1 || breakAt(idx.text, t.start) || /^(?:u\w*|p|r)$/.test(t.tag)) return -1;
    o = t.start;
    const place = idx.before(o);
    if (place && place.word.length >= 2 && PLACE_TRIE.matchesAt(idx.text, place.start).includes(place.word.length)) return place.start;
  }
  return -1;
}

export function registeredCompanies(idx: TokenIndex): Found[] {
  const text = idx.text;
  const out: Found[] = [];
  if (!text.includes('有限') && !text.includes('合作社') && !text.includes('家庭农场')) return out; // most texts name none: one cheap look
  let stems: Map<string, number[]> | undefined; // the text's village names, read once if needed
  for (const m of text.matchAll(LEGAL_FORM)) {
    const end = m.index + m[0].length;
    let start = m.index;
    const coop = !m[0].includes('公司');
    while (start > 0 && end - start < LONGEST) {
      // A bracketed part of the name (长江和记实业（集团）有限公司, 中声海洋科技（浙江）有限公司).
      const inner = text[start - 1] === '）' ? /（[\u4e00-\u9fff]{2,4}）$/u.exec(text.slice(Math.max(0, start - 7), start)) : null;
      if (inner && start - inner[0].length > 0 && !breakAt(text, start - inner[0].length - 1)) {
        start -= inner[0].length;
        continue;
      }
      if (breakAt(text, start - 1)) break;
      const t = idx.before(start) ?? idx.at(start - 1);
      if (!t) break;
      const ordinal = t.tag === 'm' && ORDINAL.test(t.word); // 第五工程局
      if (LINK_CHARS.has(t.word)) {
        // 主任 兼 中国…公司; but 湖南 极|和 智慧…公司 (see below).
        const place = placeBeforeShortWords(idx, start);
        if (place >= 0) start = place;
        break;
      }
      if ((OUTSIDE_TAGS.test(t.tag) && !ordinal) || (t.tag.startsWith('v') && t.tag !== 'vn' && t.word.length >= 2 && !TRADE_VERBS.has(t.word))) {
        // 湖南 极|和 智慧农业科技有限公司: one-character words jieba made of a brand, right after the
        // place that opens the name, are the brand's.
        const place = placeBeforeShortWords(idx, start);
        if (place >= 0) start = place;
        // …as is a word of two jieba took for a verb or an adverb (湖南 贯通/v 沃开…, 湖南 高速/d 物流…)
        // right after the province or city that opens the name.
        else if (t.word.length === 2 && isHan(t.word)) {
          const opener = idx.before(t.start);
          if (opener && opener.end === t.start && OPENING_PLACE.test(opener.word) && PLACE_TRIE.matchesAt(text, opener.start).includes(opener.word.length) && breakOrLinkBefore(idx, opener.start)) start = opener.start;
        }
        break;
      }
      // A village, a park or a jurisdiction before the brand (新城西门村, 经济开发区, 辖区) is where the
      // company is, not part of its name; a co-operative with no brand of its own is named by its
      // village (月形湾村 笋竹合作社, but 广坪村 | 广锦 棉花种植合作社).
      if (t.word.length >= 2 && /(?:村|社区|街道|开发区|园区|工业园|辖区)$/u.test(t.word)) {
        if (coop && /村$/u.test(t.word) && !hasBrand(idx, start, m.index)) start = villageStart(idx, t);
        break;
      }
      // A co-operative's town before it is a place of its own (伍市镇 | 寿光农机农民专业合作社); its county opens its name.
      if (coop && t.word.length >= 2 && /[镇乡]$/u.test(t.word) && (t.tag === 'ns' || PLACE_TRIE.matchesAt(text, t.start).includes(t.word.length))) break;
      start = Math.max(t.start, end - LONGEST);
      // The province a registered name opens with (湖南 宏园美湘莲食品有限公司) is its first word: what
      // stands before it (团队成员 实地考察) is the sentence's. (A city may sit inside the brand:
      // 湖南华电 常德 发电有限公司, 南车 株洲 电机有限公司.)
      if (PROVINCE_OPENING.test(t.word)) {
        const prev = idx.before(t.start);
        if (!prev || !PLACE_TRIE.matchesAt(text, prev.start).includes(prev.word.length)) break;
      }
    }
    // jieba may glue a word of the sentence to the brand (如大有/x): a name never opens with one.
    if (LINK_CHARS.has(text[start]!) && m.index - start > 4 && idx.at(start)?.tag === 'x') start++;
    // A legal form with no name before it (该有限公司, （集团）有限公司) names none, nor does a name
    // left with one character after 和 or a verb (长江和|记 实业…: the brand was longer than that).
    const first = idx.at(start);
    const lone = first?.start === start && first.end === start + 1;
    if (text[start] === '（' || (lone && (first.tag.startsWith('v') || LINK_CHARS.has(text[start - 1] ?? '')))) continue;
    // A co-operative named after its village, read from a verb jieba glued to the village's name
    // (成|立雾溪 坪 黄金茶专业合作社): the name starts with the village.
    if (coop && !PLACE_TRIE.matchesAt(text, start).length) {
      stems ??= localityStems(text);
      const at = localityStart(stems, text, start, m.index);
      if (at > start) start = at;
    }
    // (…and the chain of places down to the village's town, however jieba cut it: 龙山县石牌|镇桃兴|村…)
    if (coop) {
      const town = /^.*?[镇乡](?=[\u4e00-\u9fff]{1,3}村)/u.exec(text.slice(start, m.index));
      if (town) start += town[0].length;
    }
    // A kind of co-operative (种植养殖合作社, 农民专业合作社, 竹笋专业合作社) names none: a
    // co-operative's name has a brand or a place in it.
    if (coop && !hasBrand(idx, start, m.index) && !/村/u.test(text.slice(start, m.index))) continue;
    if (m.index - start >= 2) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
