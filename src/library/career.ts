import type { ArticleFacts } from './facts';
import { bodyOf, normalizeTitle } from './career-titles';
import { linkPeople, type Cluster } from './career-link';

export interface CareerArticle {
  key: string;
  title: string;
  date: string;
}

/** A post printed before and never again, where a later article prints other posts instead. */
export interface GoneTitle {
  /** As last printed. */
  title: string;
  /** The article that last printed it. */
  last: CareerArticle;
}

/** One saved article's printing of the person: date → article → titles as printed. */
export interface CareerStop extends CareerArticle {
  /** The name as printed here (毛伟明, or a short form folded in: 毛省长). */
  printedAs: string;
  titles: readonly string[];
  /** Posts first printed here, the person having been printed with other posts on an earlier date (新任). */
  newTitles: readonly string[];
  /** Posts no longer printed, first shown absent here, where other posts are printed instead (不再署). */
  gone: readonly GoneTitle[];
}

/** One official's titles over time across the saved articles. */
export interface Career {
  name: string;
  /** Other spellings folded in (毛省长). */
  variants: string[];
  /** The bodies of the posts, in the order first printed (岳阳市委, 省科技厅). */
  bodies: string[];
  /** Oldest first. */
  stops: CareerStop[];
}

/**
 * A post printed without its body (市委书记, 副主任) is the same post as the one placed post of the
 * person that ends with it (岳阳市委书记, 省人大常委会副主任), when there is exactly one: the paper
 * drops the body where the context gives it, and that is no change of post.
 */
function sameness(cluster: Cluster): Map<string, string> {
  const all = [...new Set(cluster.flatMap((s) => s.posts))];
  const same = new Map<string, string>();
  if (all.length < 2) return same;
  for (const p of all) {
    if (bodyOf(p) !== null) continue;
    const fuller = all.filter((q) => q.length > p.length && q.endsWith(p) && !q.slice(0, -p.length).endsWith('副') && bodyOf(q) !== null);
    if (fuller.length === 1) same.set(p, fuller[0]!);
  }
  return same;
}

const NONE: readonly string[] = Object.freeze([]);
const NO_GONE: readonly GoneTitle[] = Object.freeze([]);
const zh = new Intl.Collator('zh');

/**
 * The timeline of one person with its change marks. Marks compare dates, not articles: two
 * articles of one day that abbreviate a title differently mark nothing. The person's first date
 * marks nothing either (a post first seen is not a post newly taken).
 */
export function careerOf(cluster: Cluster): Career {
  const stops: CareerStop[] = cluster.map((s) => ({
    key: s.key,
    title: s.articleTitle,
    date: s.date,
    printedAs: s.printedAs,
    titles: s.titles,
    // Most stops mark nothing: they share one empty list until they do.
    newTitles: NONE,
    gone: NO_GONE,
  }));
  const same = sameness(cluster);
  const posts = cluster.map((s) => (same.size ? [...new Set(s.posts.map((p) => same.get(p) ?? p))] : s.posts));
  const printed = (i: number, post: string): string =>
    stops[i]!.titles.find((t) => {
      const n = normalizeTitle(t);
      return (same.get(n) ?? n) === post;
    }) ?? post;
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  posts.forEach((ps, i) => {
    for (const p of ps) {
      if (!first.has(p)) first.set(p, i);
      last.set(p, i);
    }
  });
  const firstPosted = posts.findIndex((ps) => ps.length > 0);
  for (const [p, i] of first) {
    if (stops[firstPosted]!.date < stops[i]!.date) stops[i]!.newTitles = [...stops[i]!.newTitles, printed(i, p)];
  }
  for (const [p, i] of last) {
    // Shown where a later date prints a post this article did not: an article that prints only
    // some of the posts printed before (省委宣传部部长 without 省委常委) abbreviates, it shows no change.
    let j = i + 1;
    while (j < stops.length && !(stops[j]!.date > stops[i]!.date && posts[j]!.some((q) => !posts[i]!.includes(q)))) j++;
    if (j === stops.length) continue;
    const s = stops[i]!;
    stops[j]!.gone = [...stops[j]!.gone, { title: printed(i, p), last: { key: s.key, title: s.title, date: s.date } }];
  }
  const bodies = [...new Set(cluster.flatMap((s) => s.bodies))];
  const name = cluster[0]!.name;
  const variants = [...new Set(cluster.map((s) => s.printedAs))].filter((n) => n !== name);
  return { name, variants, bodies, stops };
}

/** Every official's career across the dated saved articles, by name, then first printed. */
export function buildCareers(articles: readonly ArticleFacts[]): Career[] {
  return linkPeople(articles)
    .map(careerOf)
    .sort((x, y) => zh.compare(x.name, y.name) || (x.stops[0]!.date < y.stops[0]!.date ? -1 : 1));
}
