export { splitPage, type PagePiece, type PieceKind } from './split-page';
export { headlineRoles, headlineUnits, type HeadlineRoles } from './headline';
export { itemsOf, type Item } from './items';
export { assignHeadlines } from './assign';
export { bigrams, containment } from './similarity';
