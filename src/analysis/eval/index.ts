export { scoreDocument, type Miss, type Scores, type ScoreOptions } from './score';
export { formatMisses, formatScores } from './report';
export { parseGold, type Gold, type GoldArticle, type GoldFigure } from './gold';
export { prf, rougeN, subjectMatches, subjectWordsMatch, matchInOrder, setCounts, nows, type Prf, type Rouge } from './metrics';
export { alignArticles, headlineOf } from './align';
