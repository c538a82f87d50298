import { join } from 'node:path';
import { heldOutSuite } from '../heldout/suite';

/**
 * The development batches of the corpus (tests/fixtures/corpus), each article pasted on its own,
 * held to floors: the scores when the rules were last changed, less about 0.05. docs/quality.md
 * records each batch's first-run score. The final exam (exam/) is not a regression suite: it is
 * scored once, with `npm run eval`, when the rules are done.
 */
const dir = (batch: string) => join(__dirname, '../../../fixtures/corpus', batch);

heldOutSuite('corpus b1', dir('b1'), {
  figuresP: 0.83, figuresR: 0.85, kind: 0.91, subject: 0.85, officials: 0.91, officialTitles: 0.92,
  journalists: 0.93, people: 0.45, places: 0.56, orgs: 0.49, rouge1: 0.78, rouge2: 0.76, roles: 15, titles: 15,
}, { page: false });

heldOutSuite('corpus b2', dir('b2'), {
  figuresP: 0.9, figuresR: 0.71, kind: 0.92, subject: 0.86, officials: 0.86, officialTitles: 0.85,
  journalists: 0.87, people: 0.74, places: 0.58, orgs: 0.66, rouge1: 0.47, rouge2: 0.41, roles: 16, titles: 17,
}, { page: false });

heldOutSuite('corpus b3', dir('b3'), {
  figuresP: 0.87, figuresR: 0.7, kind: 0.93, subject: 0.89, officials: 0.77, officialTitles: 0.6,
  journalists: 0.9, people: 0.67, places: 0.78, orgs: 0.77, rouge1: 0.68, rouge2: 0.64, roles: 12, titles: 13,
}, { page: false });
