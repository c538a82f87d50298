import type { Figure, Official, Person } from '@/src/analysis/types';
import type { SavedArticle } from './types';

/**
 * What 走势, the figures view and the people index (履历 included) read of a saved article: no
 * text, no mentions, no keywords. Stored beside each article (schema v4, `lib.f:<key>`), so that
 * those views open without reading every article's text. A SavedArticle is one too.
 */
export interface ArticleFacts {
  key: string;
  title: string;
  /** YYYY-MM-DD (a paste may have none: careers skip it). */
  issueDate: string;
  page: { number: string | null; name: string | null };
  /** The version of the article these were taken from: the store re-reads them when its entry's differs. */
  updatedAt: string;
  article: {
    figures: Figure[];
    officials: Array<Pick<Official, 'name' | 'titles'>>;
    people: Array<Pick<Person, 'name' | 'role'>>;
  };
}

/** A saved article's facts item (figures whole: a point opens the article at its offset). */
export function toFacts(a: SavedArticle): ArticleFacts {
  return {
    key: a.key,
    title: a.title,
    issueDate: a.issueDate,
    page: { number: a.page.number, name: a.page.name },
    updatedAt: a.updatedAt,
    article: {
      figures: a.article.figures,
      officials: a.article.officials.map((o) => ({ name: o.name, titles: o.titles })),
      people: a.article.people.map((p) => ({ name: p.name, role: p.role })),
    },
  };
}
