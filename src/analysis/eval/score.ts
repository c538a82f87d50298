import type { AnalysisDocument } from '../types';
import { alignArticles, headlineOf } from './align';
import type { Gold } from './gold';
import { matchInOrder, nows, prf, rougeN, setCounts, subjectMatches, subjectWordsMatch, type Prf, type Rouge } from './metrics';

export interface Scores {
  articles: {
    gold: number;
    predicted: number;
    /** Gold articles with a predicted article holding their text. */
    found: number;
    /** …whose whole headline (引题+主题+副题, whitespace removed) equals the gold title lines. */
    titlesMatched: number;
    /** …whose 引题/主题/副题 roles also equal the gold headline's. */
    rolesMatched: number;
    missing: string[];
    wrongTitles: string[];
  };
  /** subjectAccuracy: lenient word overlap; subjectAccuracyStrict: character-bigram Dice ≥ 0.5. */
  figures: Prf & { kindAccuracy: number; subjectAccuracy: number; subjectAccuracyStrict: number };
  officials: Prf & { titleAccuracy: number; wrongTitles: string[] };
  journalists: Prf;
  people: Prf;
  places: Prf;
  orgs: Prf;
  summary: { articles: number; rouge1: Rouge; rouge2: Rouge; titleWordRecall: number };
  /** What each article missed (−) or added (+), per measure: the material for reading misses. */
  misses: Miss[];
}

export interface Miss {
  article: string;
  measure: 'articles' | 'figures' | 'kinds' | 'officials' | 'titles' | 'journalists' | 'people' | 'places' | 'orgs';
  /** '-' a gold item not found, '+' a predicted item not in the gold, '~' found with a wrong detail. */
  sign: '-' | '+' | '~';
  item: string;
}

type Counts = { tp: number; fp: number; fn: number };
const add = (a: Counts, b: Counts) => ((a.tp += b.tp), (a.fp += b.fp), (a.fn += b.fn));
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const toPrf = (c: Counts) => prf(c.tp, c.fp, c.fn);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface ScoreOptions {
  /**
   * The segmenter's cut, for the lenient subject match (word overlap) and the summary's
   * title-word recall. Without it subjects are compared by character bigrams and the recall is 0.
   */
  words?: (text: string) => Promise<string[]>;
}

/**
 * Score an analysis document against gold. Articles are paired by text; every measure is
 * micro-averaged over the page (a gold article with no partner counts all its items missed,
 * a predicted article with no partner counts all its items as false).
 */
export async function scoreDocument(gold: Gold, doc: AnalysisDocument, opts: ScoreOptions = {}): Promise<Scores> {
  const pred = doc.articles;
  const pairs = alignArticles(gold.articles, pred);
  const paired = new Set(pairs.filter((i) => i >= 0));
  const figures = zero();
  let kindRight = 0;
  let subjectRight = 0;
  let subjectStrict = 0;
  const officials = zero();
  let titlesRight = 0;
  const wrongOfficialTitles: string[] = [];
  const journalists = zero();
  const people = zero();
  const places = zero();
  const orgs = zero();
  const r1: Rouge[] = [];
  const r2: Rouge[] = [];
  const titleRecall: number[] = [];
  let found = 0;
  let titlesMatched = 0;
  let rolesMatched = 0;
  const missing: string[] = [];
  const wrongTitles: string[] = [];
  const misses: Miss[] = [];
  const diff = (article: string, measure: Miss['measure'], gold: readonly string[], pred: readonly string[]) => {
    const g = new Set(gold.map(nows));
    const p = new Set(pred.map(nows));
    for (const x of g) if (!p.has(x)) misses.push({ article, measure, sign: '-', item: x });
    for (const x of p) if (!g.has(x)) misses.push({ article, measure, sign: '+', item: x });
  };

  for (const [gi, g] of gold.articles.entries()) {
    const p = pairs[gi]! >= 0 ? pred[pairs[gi]!]! : null;
    if (!p) {
      missing.push(g.id);
      misses.push({ article: g.id, measure: 'articles', sign: '-', item: 'not found' });
    }
    else {
      found++;
      const goldTitle = nows(g.title_lines.join(''));
      if (headlineOf(p) === goldTitle) {
        titlesMatched++;
        const h = g.headline ?? {};
        const same = (a: string | null, b: string | undefined) => nows(a) === nows(b);
        if (!g.title_lines.length || (same(p.introTitle, h['引题']) && same(p.title, h['主题']) && same(p.subTitle, h['副题']))) rolesMatched++;
      } else wrongTitles.push(`${g.id}: "${headlineOf(p)}" ≠ "${goldTitle}"`);
    }
    // Figures: matched in order by their span text.
    const gf = g.figures ?? [];
    const pf = p?.figures ?? [];
    const fm = matchInOrder(gf, pf, (x) => nows(x.text));
    add(figures, { tp: fm.length, fp: pf.length - fm.length, fn: gf.length - fm.length });
    const gm = new Set(fm.map(([a]) => a));
    const pm = new Set(fm.map(([, b]) => b));
    gf.forEach((x, k) => gm.has(k) || misses.push({ article: g.id, measure: 'figures', sign: '-', item: `${x.text} (${x.kind}, ${x.subject})` }));
    pf.forEach((x, k) => pm.has(k) || misses.push({ article: g.id, measure: 'figures', sign: '+', item: `${x.text} (${x.kind}, ${x.subject})` }));
    for (const [a, b] of fm) {
      if (gf[a]!.kind !== pf[b]!.kind) misses.push({ article: g.id, measure: 'kinds', sign: '~', item: `${gf[a]!.text}: ${pf[b]!.kind} ≠ ${gf[a]!.kind}` });
      if (gf[a]!.kind === pf[b]!.kind) kindRight++;
      const [gs, ps] = [gf[a]!.subject, pf[b]!.subject];
      const same = opts.words ? subjectWordsMatch(await opts.words(gs), await opts.words(ps)) : subjectMatches(gs, ps);
      if (same) subjectRight++;
      if (subjectMatches(gs, ps)) subjectStrict++;
    }
    // Officials by name; titles must be exactly the printed ones.
    const go = g.officials ?? [];
    const po = p?.officials ?? [];
    add(officials, setCounts(go.map((o) => o.name), po.map((o) => o.name)));
    for (const o of go) {
      const q = po.find((x) => nows(x.name) === nows(o.name));
      if (!q) continue;
      const key = (ts: readonly string[]) => ts.map(nows).sort().join('|');
      if (key(o.titles) === key(q.titles)) titlesRight++;
      else {
        wrongOfficialTitles.push(`${o.name}: [${q.titles.join('、')}] ≠ [${o.titles.join('、')}]`);
        misses.push({ article: g.id, measure: 'titles', sign: '~', item: `${o.name}: [${q.titles.join('、')}] ≠ [${o.titles.join('、')}]` });
      }
    }
    diff(g.id, 'officials', go.map((o) => o.name), po.map((o) => o.name));
    diff(g.id, 'journalists', (g.journalists ?? []).map((j) => `${j.name}/${j.role}`), (p?.journalists ?? []).map((j) => `${j.name}/${j.role}`));
    diff(g.id, 'people', (g.other_people ?? []).map((x) => x.name), (p?.people ?? []).map((x) => x.name));
    diff(g.id, 'places', g.places ?? [], p?.places ?? []);
    diff(g.id, 'orgs', g.orgs ?? [], p?.orgs ?? []);
    add(journalists, setCounts((g.journalists ?? []).map((j) => `${j.name}/${j.role}`), (p?.journalists ?? []).map((j) => `${j.name}/${j.role}`)));
    add(people, setCounts((g.other_people ?? []).map((x) => x.name), (p?.people ?? []).map((x) => x.name)));
    add(places, setCounts(g.places ?? [], p?.places ?? []));
    add(orgs, setCounts(g.orgs ?? [], p?.orgs ?? []));
    if (g.summary_ref) {
      const cand = (p?.summary ?? []).join('');
      r1.push(rougeN(g.summary_ref, cand, 1));
      r2.push(rougeN(g.summary_ref, cand, 2));
      if (g.title_lines.length && opts.words) {
        const words = (await opts.words(g.title_lines.join(''))).filter((w) => /[\p{L}\p{N}]{2,}/u.test(w));
        if (words.length) titleRecall.push(words.filter((w) => cand.includes(w)).length / words.length);
      }
    }
  }
  // Predicted articles with no gold partner: everything they say is a false positive.
  pred.forEach((p, i) => {
    if (paired.has(i)) return;
    misses.push({ article: p.id, measure: 'articles', sign: '+', item: `no gold partner: ${p.title}` });
    figures.fp += p.figures.length;
    officials.fp += p.officials.length;
    journalists.fp += p.journalists.length;
    people.fp += p.people.length;
    places.fp += p.places.length;
    orgs.fp += p.orgs.length;
  });
  const avg = (rs: Rouge[]): Rouge => ({
    recall: mean(rs.map((r) => r.recall)),
    precision: mean(rs.map((r) => r.precision)),
    f1: mean(rs.map((r) => r.f1)),
  });
  return {
    articles: { gold: gold.articles.length, predicted: pred.length, found, titlesMatched, rolesMatched, missing, wrongTitles },
    figures: { ...toPrf(figures), kindAccuracy: figures.tp ? kindRight / figures.tp : 0, subjectAccuracy: figures.tp ? subjectRight / figures.tp : 0, subjectAccuracyStrict: figures.tp ? subjectStrict / figures.tp : 0 },
    officials: { ...toPrf(officials), titleAccuracy: officials.tp ? titlesRight / officials.tp : 0, wrongTitles: wrongOfficialTitles },
    journalists: toPrf(journalists),
    people: toPrf(people),
    places: toPrf(places),
    orgs: toPrf(orgs),
    summary: { articles: r1.length, rouge1: avg(r1), rouge2: avg(r2), titleWordRecall: mean(titleRecall) },
    misses,
  };
}
