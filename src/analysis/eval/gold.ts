/** The gold annotation format of tests/fixtures/seed/gold.json (fields the scorer reads). */
export interface GoldFigure {
  text: string;
  value: number | null;
  unit: string;
  subject: string;
  kind: string;
}

export interface GoldArticle {
  id: string;
  title_lines: string[];
  title: string | null;
  headline?: Partial<Record<'引题' | '主题' | '副题' | '栏目', string>>;
  body_span: { raw_start: number; raw_end: number; first15_nows: string; last15_nows: string };
  figures?: GoldFigure[];
  officials?: Array<{ name: string; titles: string[] }>;
  journalists?: Array<{ name: string; role: string }>;
  other_people?: Array<{ name: string; role?: string }>;
  places?: string[];
  orgs?: string[];
  summary_ref?: string;
}

export interface Gold {
  seed_file?: string;
  issue?: { paper?: string; date?: string; page?: string; page_name?: string };
  articles: GoldArticle[];
}

/** Parse gold JSON; throws with a readable message when the shape is wrong. */
export function parseGold(json: string): Gold {
  const data = JSON.parse(json) as Gold;
  if (!data || !Array.isArray(data.articles)) throw new Error('gold: no "articles" array');
  return data;
}
