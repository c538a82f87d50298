import { ANALYSIS_VERSION, type AnalysisDocument, type AnalyzedArticle, type IssueInfo, type SourceKind } from './types';

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The analysis JSON document (docs/analysis-json.md) for one input. */
export function buildDocument(parts: {
  path: string;
  kind: SourceKind;
  issue: IssueInfo;
  articles: AnalyzedArticle[];
  clock: { segmentMs: number; extractMs: number };
}): AnalysisDocument {
  return {
    version: ANALYSIS_VERSION,
    source: { path: parts.path, kind: parts.kind },
    issue: parts.issue,
    articles: parts.articles,
    timings: { segmentMs: round(parts.clock.segmentMs), extractMs: round(parts.clock.extractMs) },
  };
}
