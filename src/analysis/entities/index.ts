/**
 * Officials (with titles as printed), other named people, places and organisations of a cleaned
 * article text. `exclude` lists names already known to be journalists (from bylines and credits).
 *
 * Names come from their surroundings, not from jieba's tags (unknown names come out `x` and are
 * often split): a title before or after the name, a verb of speech, a 、-list of names. Every
 * later occurrence of a found name is one more mention of the same person.
 */
import type { Official, Person, Span } from '../types';
import type { TaggedToken } from '../segmenter/types';
import { isCompany, lastOrgBefore, shortMentions } from './company-names';
import { orgSuffixOf } from './lexicon';
import { findOrgs, LOCALITY_OPENING, type Found } from './orgs';
import { OUTLETS } from '../byline/grammar';
import { findPlaces } from './places';
import { findPlainNames } from './plain-names';
import { Claimed, distinct } from './spans';
import { findTitledNames, SESSION } from './titled-names';
import { TokenIndex } from './token-index';

export interface Entities {
  officials: Official[];
  people: Person[];
  places: string[];
  orgs: string[];
}

interface Someone {
  name: string;
  titles: string[];
  office: boolean;
  first: number;
  /** Where the first title printed for them starts (for a bare role's employer, below). */
  titleAt?: number;
  /** Titles given by a group label after the names (X、Y 等省领导), not printed as the person's own. */
  collective?: Set<string>;
}

/** Roles that name their employer only earlier in the sentence (…公司是…企业，总经理苏海涛说). */
const HEAD_ROLES = new Set([
  '董事长', '副董事长', '总经理', '副总经理', '经理', '总裁', '副总裁', '厂长', '负责人', '创始人', '校长', '副校长',
  '院长', '副院长', '所长', '站长', '馆长', '行长', '理事长', '会长', '社长', '总工程师',
]);


/** The kinds of site that bear a person's name (故居, 纪念馆, 铜像广场). */
const PERSON_SITE = /(?:纪念馆|纪念堂|纪念碑|故居|旧居|旧址|陵园|铜像|铜像广场|墓)$/u;

/** Every occurrence of each name, longest names first so that 王伟阳 is not also a mention of 王伟. */
function mentionsOf(text: string, names: readonly string[], taken: Claimed): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const spans: Span[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (taken.overlaps(at, at + name.length)) continue;
      spans.push({ start: at, end: at + name.length });
    }
    spans.forEach((s) => taken.add(s.start, s.end));
    out.set(name, spans);
  }
  return out;
}

/** The words opening a list of those attending (出席会议的还有：…) or seated on the rostrum (在主席台就座的还有…). */
const ATTENDEES = /(?:出席(?:会议|活动|大会|座谈会)?|主席台(?:前排|上)?就座)的([^，。；：:\n]{0,10}?)(?:还)?有[：:]?/gu;
/** 出席会议的省领导和老同志还有: the group named before the list says its members hold office. */
const LEADERS = /领导|老同志|负责同志/u;

export function extractEntities(
  text: string,
  tags: readonly TaggedToken[],
  exclude: ReadonlySet<string> = new Set(),
): Entities {
  const idx = new TokenIndex(text, tags);
  const titles = new Claimed();
  // Offices only: a place inside a person's role (益阳市大通湖区千山红镇种福村村民) is still a
  // mention of it, while one fused into an office (岳阳市委书记) is not.
  const offices = new Claimed();
  const people = new Map<string, Someone>();
  for (const t of findTitledNames(idx, exclude)) {
    const p = people.get(t.name) ?? { name: t.name, titles: [], office: false, first: t.start };
    p.titleAt ??= t.titles[0]?.start;
    p.office ||= t.office === true;
    for (const title of t.titles) {
      titles.add(title.start, title.end);
      if (title.office) offices.add(title.start, title.end);
      if (!p.titles.includes(title.text)) p.titles.push(title.text);
      // (Only a label printed after the names, X、Y 等省领导; a label heading a list, 出席的省领导有：X、Y, stays.)
      if (title.collective && title.start > t.start) (p.collective ??= new Set()).add(title.text);
      p.office ||= title.office;
    }
    p.first = Math.min(p.first, t.start);
    people.set(t.name, p);
  }
  const allPlaces = findPlaces(idx);
  // A railway named by its ends' short names (张吉怀, 常益长高铁) is no untitled name.
  const lineSpans = new Claimed();
  for (const p of allPlaces) if (p.line) lineSpans.add(p.start, p.end);
  // …nor is a name the text prints elsewhere as a place (陈家坊、严塘等乡镇 … 深入严塘、陈家坊等重灾区).
  const placeNames = new Set(allPlaces.map((p) => p.text));
  for (const n of findPlainNames(idx, exclude)) {
    const name = text.slice(n.start, n.end);
    if (titles.overlaps(n.start, n.end) || lineSpans.overlaps(n.start, n.end) || placeNames.has(name)) continue;
    const p = people.get(name) ?? { name, titles: [], office: false, first: n.start };
    p.first = Math.min(p.first, n.start);
    people.set(name, p);
  }
  // In a session report, the names listed after 出席会议的还有 (or 在主席台就座的还有) are deputies,
  // members or leaders: officials, though no title is printed with them; so are those listed after
  // 出席会议的省领导和老同志还有 in the report of any meeting.
  const session = SESSION.test(text);
  for (const m of text.matchAll(ATTENDEES)) {
    if (!session && !LEADERS.test(m[1]!)) continue;
    const from = m.index + m[0].length;
    const to = from + (/[。；\n]/u.exec(text.slice(from))?.index ?? text.length - from);
    for (const p of people.values()) if (p.first >= from && p.first < to && p.titles.length === 0) p.office = true;
  }
  // A short title repeating a fuller one of the same person (周强书记 after 省委书记周强) adds none.
  for (const p of people.values()) p.titles = p.titles.filter((t) => !p.titles.some((u) => u.length > t.length && u.endsWith(t)));
  // A group label after the names (省长许达哲等省领导) adds nothing to a person printed with a post of their own.
  for (const p of people.values()) {
    const own = p.collective ? p.titles.filter((t) => !p.collective!.has(t)) : p.titles;
    if (own.length > 0 && own.length < p.titles.length) p.titles = own;
  }
  // 湖南日报·华声在线记者: a name that opens an outlet's (华声) where the outlet is printed is none.
  // …nor is a name the paper withheld (刘某, 赵某龙, 熊某某): no one a reader can look up.
  const everyone = [...people.values()].filter((p) => !exclude.has(p.name) && !opensOutlet(text, p.name) && !p.name.includes('某'));
  // A shorter name inside a longer one found too (王伟 in 王伟阳) is the same string, not a person.
  const named = new Claimed();
  const mentions = mentionsOf(text, everyone.map((p) => p.name), named);
  const found = everyone.filter((p) => (mentions.get(p.name)?.length ?? 0) > 0).sort((a, b) => a.first - b.first);

  // Names of laws, books and works (《湖南省优化营商环境条例》) are titles, not mentions of places or bodies.
  for (const m of text.matchAll(/《[^《》]*》/gu)) {
    titles.add(m.index, m.index + m[0].length);
    offices.add(m.index, m.index + m[0].length);
  }
  const blocked = (s: number, e: number) => titles.overlaps(s, e) || named.overlaps(s, e);
  const everyOrg = findOrgs(idx).map((o) => afterPlaceChain(o, allPlaces, text, idx)).map((o) => afterOwnLocality(o, idx, allPlaces));
  allPlaces.sort((a, b) => a.start - b.start);
  const inFull = everyOrg.filter((o) => !blocked(o.start, o.end));
  const orgs = [...inFull, ...shortMentions(text, inFull, (a, b) => idx.isStart(a) && idx.isEnd(b)).filter((o) => !blocked(o.start, o.end))].sort((a, b) => a.start - b.start);
  // A place inside a body's name is no mention, even when the body is part of someone's title.
  const orgSpans = new Claimed();
  [...everyOrg, ...orgs].forEach((o) => orgSpans.add(o.start, o.end));
  // (A site named after someone, 彭德怀纪念馆 or 毛泽东同志故居, stays a place though it holds their name.)
  const places = allPlaces.filter((p) => !offices.overlaps(p.start, p.end) && (PERSON_SITE.test(p.text) || !named.overlaps(p.start, p.end)) && !orgSpans.overlaps(p.start, p.end) && !inHonourTitle(text, p));

  return {
    officials: found.filter((p) => p.office).map((p) => ({ name: p.name, titles: p.titles, mentions: mentions.get(p.name)! })),
    people: found
      .filter((p) => !p.office)
      .map((p) => withEmployer(withHome(p, places), text, orgs))
      .map((p) => ({ name: p.name, role: p.titles.length ? p.titles.join('、') : null, mentions: mentions.get(p.name)! })),
    places: distinct(standingPlaces(places, idx).map((p) => p.text)),
    orgs: distinct(orgs.map((o) => o.text)),
  };
}

/**
 * The paper's home province and the country are the names it most often prints as the first word
 * of another name (湖南人, 湖南代表团, 湖南电网, 中国赛艇队) rather than as a place. Such a name counts
 * as a place only when some mention of it stands on its own: not right before a noun.
 */
const HOME_REGIONS: ReadonlySet<string> = new Set(['湖南', '湖南省', '中国']);
const NOUN_AFTER = /^(?:n|nz|nt|ng|nr|j|x)$/;
/** Nouns of people, teams and bodies after the province (湖南人, 湖南代表团, 湖南交警, 湖南电网). */
const PEOPLE_OR_BODY = /(?:人|员|队|团|军|警|者|家|户|籍|网|界|系统|队伍|方面|代表|专家|好人|企业|公司|品牌|制造|样板|名片)$/u;
const NOT_A_NOUN = /^(?:的|和|与|及|乃至|等)/u;
const CLAUSE_PUNCT = /^[，。、；：！？,.;:!?\s]/u;

function standingPlaces(places: readonly Found[], idx: TokenIndex): Found[] {
  const standing = new Set<string>();
  for (const p of places) {
    if (!HOME_REGIONS.has(p.text)) {
      standing.add(p.text);
      continue;
    }
    const next = idx.at(p.end);
    // (jieba tags punctuation x too: 在湖南，and 湖南、湖北 stand on their own; 中国（湖南）自贸区 and
    // “美丽中国” do not.)
    // (…but 湖南居民消费价格, 湖南早稻, 湖南外贸: the province of a common noun of the economy or the land, not of
    // a team, a body or a name, is the place the fact is about.)
    const ofTheProvince = p.text === '湖南' && idx.text[p.start - 1] !== '新' && next !== undefined && /^(?:n|vn)$/.test(next.tag) && !/^[省市县]/u.test(next.word) && !PEOPLE_OR_BODY.test(next.word) && orgSuffixOf(next.word) === undefined;
    const modifier = next !== undefined && next.start === p.end && NOUN_AFTER.test(next.tag) && !NOT_A_NOUN.test(next.word) && !CLAUSE_PUNCT.test(next.word) && !ofTheProvince;
    if (!modifier) standing.add(p.text);
  }
  return places.filter((p) => standing.has(p.text));
}

/**
 * 湖南省 隆回县 大水田乡 白函村教学点: a body printed after a chain of places down to a village or
 * town is named from the last of them; the places before it are mentions of their own.
 */
/**
 * 洪山街道 金鹰小学, 千山红镇 金雁子稻虾合作社: a body with a name of its own printed after its town
 * or village is named from its own name; the town is a place of its own (added to `places`). A
 * body the town names (张坊镇 退役军人服务站) keeps it.
 */
function afterOwnLocality(o: Found, idx: TokenIndex, places: Found[]): Found {
  const m = LOCALITY_OPENING.exec(o.text);
  if (!m) return o;
  const at = o.start + m[0].length;
  const own = idx.at(at);
  if (!own || own.start !== at || !idx.isEnd(at) || !/^(?:x|nz|nr)$/.test(own.tag) || own.word.length < 2 || own.end >= o.end) return o;
  if (!places.some((p) => p.start === o.start && p.end === at)) places.push({ text: m[0], start: o.start, end: at });
  return { text: idx.text.slice(at, o.end), start: at, end: o.end };
}

/** A level of administration, not an area named like one (自然保护区, 开发区, 景区). */
const ADMIN_LEVEL = /(?:省|市|县|州|(?<!保护|景|园|开发|新|示范|库|湖|山|城|风景|度假)区)$/u;

function afterPlaceChain(o: Found, places: readonly Found[], text: string, idx?: TokenIndex): Found {
  let at = o.start;
  let last = -1;
  let links = 0;
  let levels = 0; // links that are levels of administration (省, 市, 县, 区, 州)
  for (;;) {
    const p = places.find((q) => q.start === at && q.end < o.end);
    if (!p) break;
    last = p.start;
    at = p.end;
    links++;
    if (ADMIN_LEVEL.test(p.text)) levels++;
  }
  // Only down to a village, town or community (浏阳市农业农村局 keeps its city).
  const local = last >= 0 && /(?:村|镇|乡|社区|街道)$/u.test(text.slice(last, at));
  if (links >= 2 && local) return { text: text.slice(last, o.end), start: last, end: o.end };
  // …or a body with a name of its own after a county's chain (长沙市开福区 清水塘小学), which a
  // department of the county (浏阳市 农业农村局) has not: the body starts after the chain.
  const own = idx?.at(at);
  // (A company's registered name opens with its province and city: 四川绵阳迪澳药业有限公司 is whole.)
  const registered = /有限(?:责任)?公司$/u.test(o.text) && !local;
  if (links >= 2 && !registered && own && own.start === at && own.word.length >= 2 && /^(?:ns|nz|x|nr)$/.test(own.tag) && own.end < o.end - 1) {
    return { text: text.slice(at, o.end), start: at, end: o.end };
  }
  // …and a body the last level names (邵阳市 洞口县人民医院, 张家界市 武陵源区政府) starts at that
  // level: the levels above it are places of their own.
  if (links >= 2 && levels === links) return { text: text.slice(last, o.end), start: last, end: o.end };
  return o;
}

/** 总经理 alone → 湖南炎帝生物科技有限公司总经理 when the sentence has just named the company. */
function withEmployer(p: Someone, text: string, orgs: readonly Found[]): Someone {
  const at = p.titleAt;
  if (p.titles.length !== 1 || at === undefined) return p;
  // 公司董事长: "the company" is the one the text has named; 总经理 alone, the body of its sentence.
  const own = /^(?:该|本)?(?:公司|集团)(.+)$/u.exec(p.titles[0]!);
  const role = own ? own[1]! : p.titles[0]!;
  if (!HEAD_ROLES.has(role)) return p;
  const employer = own
    ? lastOrgBefore(orgs, at, isCompany)
    : lastOrgBefore(orgs, at, (o) => !/[。！？!?\n]/u.test(text.slice(o.end, at)));
  return employer ? { ...p, titles: [employer.text + role] } : p;
}

const OUTLET_HEADS = OUTLETS.filter((o) => o.length >= 3);
/** Whether every mention of `name` in `text` is the head of an outlet's name printed there. */
function opensOutlet(text: string, name: string): boolean {
  const outlets = OUTLET_HEADS.filter((o) => o.startsWith(name) && o.length > name.length);
  if (outlets.length === 0) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!outlets.some((o) => text.startsWith(o, at))) return false;
  }
  return true;
}

/** 西草坪村 种植大户 → 西草坪村种植大户: a place printed right before a person's role is part of it. */
function withHome(p: Someone, places: readonly Found[]): Someone {
  if (p.titles.length !== 1 || p.titleAt === undefined) return p;
  // (A role that opens with its own village already, 十八洞村村民, takes no county before it.)
  if (places.some((pl) => pl.start === p.titleAt)) return p;
  const home = places.find((pl) => pl.end === p.titleAt);
  return home ? { ...p, titles: [home.text + p.titles[0]!] } : p;
}

/**
 * 中国长寿之乡, 全国茶油之都: a title a county is awarded names the nation only as its grantor,
 * no place the story is about (the gold lists none of the seven in the corpus).
 */
const HONOUR_AFTER = /^[\u4e00-\u9fff]{1,6}之[乡都城]/u;
function inHonourTitle(text: string, p: { text: string; end: number }): boolean {
  return /^(?:中国|全国|世界)$/u.test(p.text) && HONOUR_AFTER.test(text.slice(p.end, p.end + 8));
}
