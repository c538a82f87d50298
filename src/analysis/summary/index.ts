export { summarize, type SummaryOptions } from './summary';
export { sentencesOf, type Sentence } from './sentences';
