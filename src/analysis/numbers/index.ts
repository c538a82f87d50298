export { CHINESE_DIGITS, CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese';
export {
  magnitudeFactor,
  numeralValue,
  parseFraction,
  parseNumeral,
  parsePercentWord,
  scale,
  type ParsedNumeral,
} from './parse';
