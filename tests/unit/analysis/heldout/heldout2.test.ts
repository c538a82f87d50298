import { heldOutSuite } from './suite';

/**
 * The second held-out set (tests/fixtures/heldout2): nine articles of other kinds, written with
 * their gold by a separate session that did not read the extractors. First scores (before any
 * fix): figures F1 0.933, people 0.769, places 0.815, orgs 0.750, ROUGE-1 0.617. Its failures were
 * then fixed by general rules, each with its own tests on new sentences; floors are the scores
 * after, less about 0.05. Where its gold and the seed's conventions disagree (the counted noun in
 * 32个国家, the scope in 全省前五, capacity in 台 as an amount), the seed's were kept.
 */
heldOutSuite('held-out set 2', 'tests/fixtures/heldout2', {
  figuresP: 0.91,
  figuresR: 0.9,
  kind: 0.94,
  subject: 0.91,
  officials: 0.95,
  officialTitles: 0.95,
  journalists: 0.95,
  people: 0.85,
  places: 0.95,
  orgs: 0.9,
  rouge1: 0.74,
  rouge2: 0.7,
  roles: 7,
});
