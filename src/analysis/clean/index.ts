export { cleanText, looksLikeRawPdf, toOriginal, paragraphsOf, linesOf, localColumn, isShortOpen, type Cleaned, type Line } from './clean-text';
export { normalizeWidth, normalizeChar } from './width';
export { endsSentence, printedWidth, isCjk, isCjkPunct } from './chars';
