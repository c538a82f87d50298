import type { ArticleFacts } from './facts';
import { bodyOf, isPost, kinBodies, normalizeTitle } from './career-titles';
import { lowerBound } from '@/src/analysis/sorted';

/** One printing of a name in one dated saved article. */
export interface Sighting {
  /** The full name the sighting is filed under (a short form's resolved later). */
  name: string;
  /** The name as printed: 毛伟明, or 毛省长. */
  printedAs: string;
  date: string;
  key: string;
  articleTitle: string;
  /** As printed (the saved article's own array: never changed). */
  titles: readonly string[];
  /** The titles that are posts, normalised (normalizeTitle). */
  posts: readonly string[];
  /** The bodies of those posts that name one. */
  bodies: readonly string[];
  /** Printed as an official (with an office) rather than as another person. */
  official: boolean;
}

/** The sightings filed as one person, oldest first. */
export type Cluster = Sighting[];

/**
 * How long an official must be out of print in his old bodies before he may be printed in an
 * unrelated one as the same person. Two men of one name printed in unrelated bodies within three
 * months (王勇 岳阳市委书记 in March, 王勇 省科技厅厅长 in May) are taken as two people: a real
 * move that quick is split in two, which a reader can see and forgive; merging two people is worse.
 */
export const MOVE_DAYS = 90;

/** 毛省长, 李书记: a surname and a post, the way the paper refers back to someone already named. */
const SHORT_FORM = /^([\u4e00-\u9fff])((?:常务)?副?(?:省长|市长|州长|县长|书记|主任|部长|厅长|局长|主席|院长))$/;

const DAY = 86_400_000;

/** Whether sorted times hold one within `range` of t (binary search). */
function nearOne(sorted: readonly number[], t: number, range: number): boolean {
  const lo = lowerBound(sorted, t);
  return (lo < sorted.length && sorted[lo]! - t <= range) || (lo > 0 && t - sorted[lo - 1]! <= range);
}
const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY;

/** What a title says for linking, worked out once per distinct title (a library repeats them). */
interface TitleFacts {
  post: string | null;
  body: string | null;
}

function sighting(a: ArticleFacts, name: string, titles: readonly string[], official: boolean, memo: Map<string, TitleFacts>): Sighting {
  if (!official || !titles.length) return { name, printedAs: name, date: a.issueDate, key: a.key, articleTitle: a.title, titles, posts: NONE, bodies: NONE, official };
  const posts: string[] = [];
  const bodies: string[] = [];
  for (const t of titles) {
    let f = memo.get(t);
    if (!f) memo.set(t, (f = isPost(t) ? { post: normalizeTitle(t), body: bodyOf(t) } : { post: null, body: null }));
    if (f.post !== null && !posts.includes(f.post)) posts.push(f.post);
    if (f.body !== null && !bodies.includes(f.body)) bodies.push(f.body);
  }
  return { name, printedAs: name, date: a.issueDate, key: a.key, articleTitle: a.title, titles, posts, bodies, official };
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Every printing of a name that may belong to an official, in dated articles (an undated paste
 * has no place in time): officials, and other people printed by name alone when the name is an
 * official's somewhere, a short form (毛省长) or a dotted name's first part (the rest can never
 * join a career, and a large library has tens of thousands of them).
 */
export function sightingsOf(articles: readonly ArticleFacts[]): Sighting[] {
  const dated = articles.filter((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.issueDate));
  const officials = new Set<string>();
  const firstParts = new Set<string>();
  for (const a of dated) {
    for (const o of a.article.officials) {
      officials.add(o.name);
      if (o.name.includes('·')) firstParts.add(o.name.slice(0, o.name.indexOf('·')));
    }
  }
  const mayLink = (name: string) => officials.has(name) || firstParts.has(name) || SHORT_FORM.test(name);
  const out: Sighting[] = [];
  const memo = new Map<string, TitleFacts>();
  for (const a of dated) {
    const seen = new Set<string>();
    for (const o of a.article.officials) {
      if (seen.has(o.name)) continue;
      seen.add(o.name);
      out.push(sighting(a, o.name, o.titles, true, memo));
    }
    // A person printed with a role that is no office (种粮大户, 企业负责人) is someone else of that
    // name; only a bare name may be an official printed without his titles.
    for (const p of a.article.people) {
      if (p.role || seen.has(p.name) || !mayLink(p.name)) continue;
      seen.add(p.name);
      out.push(sighting(a, p.name, NONE, false, memo));
    }
  }
  return out;
}

/** Date, then key; plain code-unit order (localeCompare is slow and ISO dates need none). */
const byDate = (x: Sighting, y: Sighting): number => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
const kinMemo = new Map<string, Map<string, boolean>>();
/** kinBodies, remembered: bodies are few, comparisons of them many. */
const kinOf = (a: string, b: string): boolean => {
  let row = kinMemo.get(a);
  if (!row) {
    if (kinMemo.size > 10_000) kinMemo.clear();
    kinMemo.set(a, (row = new Map()));
  }
  let v = row.get(b);
  if (v === undefined) row.set(b, (v = kinBodies(a, b)));
  return v;
};
const kin = (bodies: readonly string[], others: readonly string[]): boolean => bodies.some((b) => others.some((o) => kinOf(b, o)));

/**
 * The sightings of one full name, split into people. The rule, conservative on purpose:
 * 1. A sighting whose posts name a body joins the person last printed in that body or a kin one
 *    (kinBodies: the same body, a body and its department, or two leading bodies of one place,
 *    as 省委副书记 and 省长 are printed for one man).
 * 2. Else it is that person's move to a new body only when he has been out of print for at least
 *    MOVE_DAYS and never appears in his old bodies again afterwards (interleaved printings in two
 *    unrelated bodies are two people), and exactly one person qualifies. Else a new person.
 * 3. A sighting that names no body (no title, a role such as 代表, a bare 副主任) joins the name's
 *    only person; with several, the one whose printed span covers its date, when exactly one does;
 *    else it is left as a person of its own (the UI says the name is shared).
 */
export function splitByBodies(sightings: readonly Sighting[]): Cluster[] {
  const sorted = [...sightings].sort(byDate);
  const placed = sorted.filter((s) => s.bodies.length > 0);
  // Bodies and last date kept beside each cluster: a leader printed in thousands of articles
  // must not make each new sighting rescan all the earlier ones.
  const clusters: Array<{ sightings: Cluster; bodies: string[]; last: string }> = [];
  const add = (c: (typeof clusters)[number], s: Sighting) => {
    c.sightings.push(s);
    for (const b of s.bodies) if (!c.bodies.includes(b)) c.bodies.push(b);
    if (s.date > c.last) c.last = s.date;
  };
  /** Whether the name is printed in (a body kin to) `bodies` from index `from` of `placed` on. */
  const printedLater = (from: number, bodies: readonly string[]) => {
    for (let k = from; k < placed.length; k++) if (kin(placed[k]!.bodies, bodies)) return true;
    return false;
  };
  for (const [i, s] of placed.entries()) {
    const kinOnes = clusters.filter((c) => kin(s.bodies, c.bodies));
    if (kinOnes.length) {
      add(kinOnes.reduce((x, y) => (y.last > x.last ? y : x)), s);
      continue;
    }
    const movers = clusters.filter((c) => days(c.last, s.date) >= MOVE_DAYS && !printedLater(i, c.bodies));
    if (movers.length === 1) add(movers[0]!, s);
    else clusters.push({ sightings: [s], bodies: [...s.bodies], last: s.date });
  }
  const loose: Cluster = [];
  const out = clusters.map((c) => c.sightings);
  for (const s of sorted.filter((x) => x.bodies.length === 0)) {
    if (clusters.length === 0) loose.push(s);
    else if (clusters.length === 1) out[0]!.push(s);
    else {
      const covering = clusters.filter((c) => c.sightings[0]!.date <= s.date && s.date <= c.last);
      if (covering.length === 1) covering[0]!.sightings.push(s);
      else out.push([s]);
    }
  }
  if (loose.length) out.push(loose);
  for (const c of out) c.sort(byDate);
  return out;
}

/**
 * Folds a name's other spellings into the full name: a surname with a post (毛省长) into the one
 * person of that surname printed with that post within a year of it; a foreign name's first part
 * (伊万诺夫) into the one dotted full name it begins. Anything ambiguous stays as printed.
 */
export function resolveVariants(people: Map<string, Cluster[]>): Map<string, Cluster[]> {
  const fullNames = [...people.keys()].filter((n) => !SHORT_FORM.test(n));
  const dottedNames = fullNames.filter((n) => n.includes('·'));
  const bySurname = new Map<string, string[]>();
  for (const n of fullNames) {
    const list = bySurname.get(n[0]!);
    if (list) list.push(n);
    else bySurname.set(n[0]!, [n]);
  }
  for (const [printed, clusters] of [...people]) {
    const short = SHORT_FORM.exec(printed);
    let target: Cluster | null = null;
    if (short) {
      const [, surname, head] = short as unknown as [string, string, string];
      // 省长 is held by 省委副书记、省长, not by 副省长.
      const holds = (post: string) => post.endsWith(head) && (head.startsWith('副') || !post.slice(0, -head.length).endsWith('副'));
      const dates = clusters.flat().map((s) => s.date);
      const candidates = (bySurname.get(surname) ?? [])
        .filter((n) => n !== printed)
        .flatMap((n) => people.get(n)!)
        .filter((c) => {
          const held = c.filter((s) => s.posts.some(holds)).map((s) => Date.parse(s.date)); // in date order
          return held.length > 0 && dates.every((d) => nearOne(held, Date.parse(d), 365 * DAY));
        });
      if (candidates.length === 1) target = candidates[0]!;
    } else if (!printed.includes('·')) {
      const dotted = dottedNames.filter((n) => n.startsWith(`${printed}·`));
      const only = dotted.length === 1 ? people.get(dotted[0]!)! : [];
      if (only.length === 1) target = only[0]!;
    }
    if (!target) continue;
    const name = target[0]!.name;
    for (const s of clusters.flat()) target.push({ ...s, name, printedAs: printed, titles: short ? [] : s.titles, posts: short ? [] : s.posts, bodies: short ? [] : s.bodies });
    target.sort(byDate);
    people.delete(printed);
  }
  return people;
}

/** Everyone printed as an official in a dated article, one cluster of sightings per person. */
export function linkPeople(articles: readonly ArticleFacts[]): Cluster[] {
  const byName = new Map<string, Sighting[]>();
  for (const s of sightingsOf(articles)) {
    const list = byName.get(s.name);
    if (list) list.push(s);
    else byName.set(s.name, [s]);
  }
  const people = new Map<string, Cluster[]>();
  for (const [name, list] of byName) people.set(name, splitByBodies(list));
  return [...resolveVariants(people).values()].flat().filter((c) => c.some((s) => s.official));
}
