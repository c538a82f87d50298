import { heldOutSuite } from './suite';

/**
 * The first held-out set (tests/fixtures/heldout): six articles the extractors were not developed
 * on. Floors hold the scores last measured, less about 0.05: they guard against regressions and
 * are not targets. Since the second session's fixes (villages, rivers, parks, 该校 units, counted
 * crops, sizes, cuts, scene leads) were made after seeing this set's failures, it is no longer
 * fully held out: tests/fixtures/heldout2 is the fresh one.
 */
heldOutSuite('held-out set', 'tests/fixtures/heldout', {
  figuresP: 0.95,
  figuresR: 0.95,
  kind: 0.95,
  subject: 0.93,
  officials: 0.95,
  officialTitles: 0.95,
  journalists: 0.95,
  people: 0.95,
  places: 0.95,
  orgs: 0.85,
  rouge1: 0.82,
  rouge2: 0.8,
  roles: 6,
});
