import { classifyUrl } from '@/src/epaper/url';
import type { SaveInput } from '@/src/library/types';
import type { ArticleView, PageState } from '@/src/messaging/page-state';

type Ready = Extract<PageState, { status: 'ready' }>;

/** What the library keeps of an analysed article on the page (null until it is analysed). */
export function saveInputOf(view: ArticleView, state: Ready): SaveInput | null {
  if (!view.analysis) return null;
  const info = classifyUrl(view.url);
  return {
    contentId: info.contentId,
    url: view.url,
    paper: state.issue?.paper ?? info.paper ?? 'hnrb',
    issueDate: state.issue?.date ?? info.date ?? '',
    page: { number: state.page?.number ?? null, name: state.page?.name ?? null },
    title: view.title,
    introTitle: view.introTitle,
    subTitle: view.subTitle,
    article: view.analysis,
  };
}
