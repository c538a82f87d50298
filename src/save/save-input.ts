import { savedFromAnalysis } from '@/src/library/from-analysis';
import type { SaveInput } from '@/src/library/types';
import type { ArticleView, PageState } from '@/src/messaging/page-state';

type Ready = Extract<PageState, { status: 'ready' }>;

/** What the library keeps of an analysed article on the page (null until it is analysed). */
export function saveInputOf(view: ArticleView, state: Ready): SaveInput | null {
  if (!view.analysis) return null;
  const input = savedFromAnalysis(view.analysis, { url: view.url, issue: state.issue, page: state.page });
  // A photo-news item has no headline of its own; keep the name the page lists it under.
  return { ...input, title: input.title || view.title };
}
