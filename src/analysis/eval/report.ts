import type { Prf } from './metrics';
import type { Scores } from './score';

const f = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

/** The scores as a readable table. */
export function formatScores(s: Scores): string {
  const row = (name: string, p: Prf, extra = '') =>
    `${pad(name, 13)}${f(p.precision)}  ${f(p.recall)}  ${f(p.f1)}  ${pad(`${p.tp}/${p.fp}/${p.fn}`, 10)}${extra}`;
  const a = s.articles;
  const lines = [
    `articles     ${a.found}/${a.gold} found (${a.predicted} predicted), titles matched ${a.titlesMatched}/${a.gold}, headline roles ${a.rolesMatched}/${a.gold}`,
    '',
    `measure      P      R      F1     tp/fp/fn  `,
    row('figures', s.figures, `kind acc ${f(s.figures.kindAccuracy)}, subject acc ${f(s.figures.subjectAccuracy)} (strict ${f(s.figures.subjectAccuracyStrict)})`),
    row('officials', s.officials, `title acc ${f(s.officials.titleAccuracy)}`),
    row('journalists', s.journalists),
    row('people', s.people),
    row('places', s.places),
    row('orgs', s.orgs),
    '',
    `summary      ROUGE-1 R ${f(s.summary.rouge1.recall)} P ${f(s.summary.rouge1.precision)} F ${f(s.summary.rouge1.f1)}` +
      `   ROUGE-2 R ${f(s.summary.rouge2.recall)} P ${f(s.summary.rouge2.precision)} F ${f(s.summary.rouge2.f1)}` +
      `   title-word recall ${f(s.summary.titleWordRecall)}  (${s.summary.articles} articles, character level)`,
  ];
  if (a.missing.length) lines.push('', `missing articles: ${a.missing.join(', ')}`);
  if (a.wrongTitles.length) lines.push('', 'titles not matched:', ...a.wrongTitles.map((t) => `  ${t}`));
  if (s.officials.wrongTitles.length) lines.push('', 'official titles wrong:', ...s.officials.wrongTitles.map((t) => `  ${t}`));
  return lines.join('\n');
}

/** What was missed (−), added (+) or got a wrong detail (~), article by article. */
export function formatMisses(s: Scores): string {
  const lines: string[] = [];
  let last = '';
  for (const m of s.misses) {
    if (m.article !== last) lines.push(`${m.article}`);
    last = m.article;
    lines.push(`  ${m.sign} ${pad(m.measure, 12)}${m.item}`);
  }
  return lines.length ? lines.join('\n') : 'no misses';
}
