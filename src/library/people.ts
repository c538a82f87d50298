import type { ArticleFacts } from './facts';
import { buildCareers, type Career } from './career';

export interface TitleSpan {
  title: string;
  /** First and last issue date the title was printed with the name. */
  first: string;
  last: string;
}

export interface PersonArticle {
  key: string;
  title: string;
  issueDate: string;
}

export interface PersonIndexEntry {
  name: string;
  /** True when any saved article prints the name with an office. */
  official: boolean;
  /** Offices (officials) and roles (other people), oldest first. */
  titles: TitleSpan[];
  /** Newest issue first. */
  articles: PersonArticle[];
  /**
   * 履历: one per person of this name (two when the bodies say two men share it), with the
   * articles of other spellings (毛省长) folded in. Empty for people never printed with an office.
   */
  careers: Career[];
}

const zh = new Intl.Collator('zh');

/** Every official and person across the saved articles, with their titles over time. */
export function buildPeopleIndex(articles: readonly ArticleFacts[]): PersonIndexEntry[] {
  const byName = new Map<string, PersonIndexEntry>();
  const get = (name: string): PersonIndexEntry => {
    let e = byName.get(name);
    if (!e) byName.set(name, (e = { name, official: false, titles: [], articles: [], careers: [] }));
    return e;
  };
  const addTitle = (e: PersonIndexEntry, title: string, date: string): void => {
    const t = e.titles.find((x) => x.title === title);
    if (!t) e.titles.push({ title, first: date, last: date });
    else {
      if (date < t.first) t.first = date;
      if (date > t.last) t.last = date;
    }
  };
  for (const a of articles) {
    const seen = new Set<string>();
    const note = (e: PersonIndexEntry): void => {
      if (seen.has(e.name)) return;
      seen.add(e.name);
      e.articles.push({ key: a.key, title: a.title, issueDate: a.issueDate });
    };
    for (const o of a.article.officials) {
      const e = get(o.name);
      e.official = true;
      for (const t of o.titles) addTitle(e, t, a.issueDate);
      note(e);
    }
    for (const p of a.article.people) {
      const e = get(p.name);
      if (p.role) addTitle(e, p.role, a.issueDate);
      note(e);
    }
  }
  foldCareers(byName, buildCareers(articles));
  for (const e of byName.values()) {
    e.titles.sort((x, y) => x.first.localeCompare(y.first) || x.last.localeCompare(y.last));
    e.articles.sort((x, y) => y.issueDate.localeCompare(x.issueDate) || zh.compare(x.title, y.title));
  }
  return [...byName.values()].sort(
    (x, y) => Number(y.official) - Number(x.official) || y.articles.length - x.articles.length || zh.compare(x.name, y.name),
  );
}

/** Hangs each career on its name's entry; a spelling folded into it stops being a name of its own. */
function foldCareers(byName: Map<string, PersonIndexEntry>, careers: readonly Career[]): void {
  for (const c of careers) {
    const e = byName.get(c.name);
    if (!e) continue;
    e.careers.push(c);
    for (const v of c.variants) {
      const other = byName.get(v);
      if (!other || other === e) continue;
      const keys = new Set(e.articles.map((a) => a.key));
      for (const a of other.articles) if (!keys.has(a.key)) e.articles.push(a);
      byName.delete(v);
    }
  }
}
