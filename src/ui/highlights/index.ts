export { highlightArticle, type HighlightController, type HighlightOptions, type HighlightStats } from './highlighter';
export { figureId, officialId } from './facts';
