export { LibraryView, type LibraryViewProps } from './LibraryView';
export { segmentText, type Segment, type MarkKind } from './highlight';
export { LIB_STRINGS, ls, type LibStringKey } from './strings';
