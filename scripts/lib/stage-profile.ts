/**
 * Where the analysis time goes, stage by stage (`npm run bench -- --stages`). Each stage runs on
 * the outputs of the stages before it, many times over, and reports its median per pass over all
 * the articles: the figure to look at before optimising anything.
 */
import { articleInputsOfText, prepareArticle } from '../../src/analysis/analyze';
import { extractEntities } from '../../src/analysis/entities';
import { findOrgs } from '../../src/analysis/entities/orgs';
import { findPlaces } from '../../src/analysis/entities/places';
import { findPlainNames } from '../../src/analysis/entities/plain-names';
import { findTitledNames } from '../../src/analysis/entities/titled-names';
import { TokenIndex } from '../../src/analysis/entities/token-index';
import { extractFigures } from '../../src/analysis/figures';
import { extractKeywords } from '../../src/analysis/keywords';
import type { Segmenter, TaggedToken } from '../../src/analysis/segmenter/types';
import { summarize } from '../../src/analysis/summary';
import type { ArticleInput } from '../../src/analysis/types';
import { spread } from './stats';

export interface StageTime {
  stage: string;
  ms: number;
}

function timed(fn: () => void, passes: number): number {
  fn(); // warm
  const times: number[] = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return spread(times).median;
}

/** Median time per stage for one pass over `inputs` (raw text first goes through the splitter). */
export async function profileStages(
  source: { raw: string } | { inputs: readonly ArticleInput[] },
  seg: Segmenter,
  passes = 40,
): Promise<StageTime[]> {
  await seg.ready();
  const out: StageTime[] = [];
  let inputs: readonly ArticleInput[];
  if ('raw' in source) {
    out.push({ stage: 'split page', ms: timed(() => articleInputsOfText(source.raw), passes) });
    inputs = articleInputsOfText(source.raw);
  } else inputs = source.inputs;
  out.push({ stage: 'clean + byline', ms: timed(() => inputs.forEach((i) => prepareArticle(i)), passes) });
  const preps = inputs.map((i) => prepareArticle(i));
  const tagged: TaggedToken[][] = [];
  const tags: number[] = [];
  for (let p = 0; p < passes; p++) {
    const t0 = performance.now();
    tagged.length = 0;
    for (const prep of preps) tagged.push(prep.text ? await seg.tag(prep.text) : []);
    tags.push(performance.now() - t0);
  }
  out.push({ stage: 'tag (segmenter)', ms: spread(tags).median });
  const each = (fn: (text: string, tags: readonly TaggedToken[], i: number) => unknown) => () =>
    preps.forEach((p, i) => fn(p.text, tagged[i]!, i));
  out.push({ stage: 'figures', ms: timed(each((t, g) => extractFigures(t, g)), passes) });
  out.push({ stage: 'entities (all)', ms: timed(each((t, g) => extractEntities(t, g)), passes) });
  const none = new Set<string>();
  out.push({ stage: '  token index', ms: timed(each((t, g) => new TokenIndex(t, g)), passes) });
  const idx = preps.map((p, i) => new TokenIndex(p.text, tagged[i]!));
  out.push({ stage: '  titled names', ms: timed(() => idx.forEach((x) => findTitledNames(x, none)), passes) });
  out.push({ stage: '  plain names', ms: timed(() => idx.forEach((x) => findPlainNames(x, none)), passes) });
  out.push({ stage: '  organisations', ms: timed(() => idx.forEach((x) => findOrgs(x)), passes) });
  out.push({ stage: '  places', ms: timed(() => idx.forEach((x) => findPlaces(x)), passes) });
  const ents = preps.map((p, i) => extractEntities(p.text, tagged[i]!));
  const kws = preps.map((p, i) =>
    extractKeywords(tagged[i]!, { title: inputs[i]!.title, text: p.text, names: [...ents[i]!.orgs, ...ents[i]!.places] }),
  );
  out.push({
    stage: 'keywords',
    ms: timed(each((t, g, i) => extractKeywords(g, { title: inputs[i]!.title, text: t, names: [...ents[i]!.orgs, ...ents[i]!.places] })), passes),
  });
  out.push({
    stage: 'summary',
    ms: timed(each((t, _g, i) => summarize(t, { title: inputs[i]!.title, keywords: kws[i]!, leadWeighted: true })), passes),
  });
  return out;
}
