export { extractKeywords } from './keywords';
export { idfOf, STOP_WORDS, IDF_TIERS, DEFAULT_IDF } from './idf-table';
