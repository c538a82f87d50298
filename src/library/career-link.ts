import type { SavedArticle } from './types';
import { bodyOf, isPost, kinBodies, normalizeTitle } from './career-titles';

/** One printing of a name in one dated saved article. */
export interface Sighting {
  /** The full name the sighting is filed under (a short form's resolved later). */
  name: string;
  /** The name as printed: 毛伟明, or 毛省长. */
  printedAs: string;
  date: string;
  key: string;
  articleTitle: string;
  /** As printed. */
  titles: string[];
  /** The titles that are posts, normalised (normalizeTitle). */
  posts: string[];
  /** The bodies of those posts that name one. */
  bodies: string[];
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
const days = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY;

function sighting(a: SavedArticle, name: string, titles: readonly string[], official: boolean): Sighting {
  const posts = official ? [...new Set(titles.filter(isPost).map(normalizeTitle))] : [];
  const bodies = [...new Set(posts.map(bodyOf).filter((b): b is string => b !== null))];
  return { name, printedAs: name, date: a.issueDate, key: a.key, articleTitle: a.title, titles: [...titles], posts, bodies, official };
}

/** Every official and person printed in a dated article (an undated paste has no place in time). */
export function sightingsOf(articles: readonly SavedArticle[]): Sighting[] {
  const out: Sighting[] = [];
  for (const a of articles) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(a.issueDate)) continue;
    const seen = new Set<string>();
    for (const o of a.article.officials) {
      if (seen.has(o.name)) continue;
      seen.add(o.name);
      out.push(sighting(a, o.name, o.titles, true));
    }
    for (const p of a.article.people) {
      if (seen.has(p.name)) continue;
      seen.add(p.name);
      out.push(sighting(a, p.name, p.role ? [p.role] : [], false));
    }
  }
  return out;
}

const byDate = (x: Sighting, y: Sighting): number => x.date.localeCompare(y.date) || x.key.localeCompare(y.key);
const kin = (bodies: readonly string[], others: readonly string[]): boolean => bodies.some((b) => others.some((o) => kinBodies(b, o)));
const bodiesOf = (c: Cluster): string[] => [...new Set(c.flatMap((s) => s.bodies))];
const lastOf = (c: Cluster): string => c[c.length - 1]!.date;

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
  const clusters: Cluster[] = [];
  for (const s of placed) {
    const kinOnes = clusters.filter((c) => kin(s.bodies, bodiesOf(c)));
    if (kinOnes.length) {
      kinOnes.sort((x, y) => lastOf(y).localeCompare(lastOf(x)))[0]!.push(s);
      continue;
    }
    const movers = clusters.filter((c) => {
      if (days(lastOf(c), s.date) < MOVE_DAYS) return false;
      const old = bodiesOf(c);
      return !placed.some((t) => t.date >= s.date && kin(t.bodies, old));
    });
    if (movers.length === 1) movers[0]!.push(s);
    else clusters.push([s]);
  }
  const loose: Cluster = [];
  for (const s of sorted.filter((x) => x.bodies.length === 0)) {
    if (clusters.length === 0) loose.push(s);
    else if (clusters.length === 1) clusters[0]!.push(s);
    else {
      const covering = clusters.filter((c) => c[0]!.date <= s.date && s.date <= lastOf(c));
      if (covering.length === 1) covering[0]!.push(s);
      else clusters.push([s]);
    }
  }
  if (loose.length) clusters.push(loose);
  for (const c of clusters) c.sort(byDate);
  return clusters;
}

/**
 * Folds a name's other spellings into the full name: a surname with a post (毛省长) into the one
 * person of that surname printed with that post within a year of it; a foreign name's first part
 * (伊万诺夫) into the one dotted full name it begins. Anything ambiguous stays as printed.
 */
export function resolveVariants(people: Map<string, Cluster[]>): Map<string, Cluster[]> {
  const fullNames = [...people.keys()].filter((n) => !SHORT_FORM.test(n));
  for (const [printed, clusters] of [...people]) {
    const short = SHORT_FORM.exec(printed);
    let target: Cluster | null = null;
    if (short) {
      const [, surname, head] = short as unknown as [string, string, string];
      // 省长 is held by 省委副书记、省长, not by 副省长.
      const holds = (post: string) => post.endsWith(head) && (head.startsWith('副') || !post.slice(0, -head.length).endsWith('副'));
      const dates = clusters.flat().map((s) => s.date);
      const candidates = fullNames
        .filter((n) => n !== printed && n.startsWith(surname))
        .flatMap((n) => people.get(n)!)
        .filter((c) => {
          const spans = c.filter((s) => s.posts.some(holds)).map((s) => s.date);
          return spans.length > 0 && dates.every((d) => spans.some((x) => Math.abs(days(x, d)) <= 365));
        });
      if (candidates.length === 1) target = candidates[0]!;
    } else if (!printed.includes('·')) {
      const dotted = fullNames.filter((n) => n.startsWith(`${printed}·`));
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
export function linkPeople(articles: readonly SavedArticle[]): Cluster[] {
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
