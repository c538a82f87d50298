import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { AnalysisPath, ArticleView, PageState } from '@/src/messaging/page-state';
import { sendMessage } from '@/src/messaging/protocol';
import { t, type StringKey } from '../i18n';
import { ArticleList } from './ArticleList';
import { FactsView } from './FactsView';
import { Loading, NotEpaper, Problem } from './States';
import { IssuePanel } from '../issue/IssuePanel';
import { ReadIssueButton } from '../issue/ReadIssueButton';
import { useIssueRun } from '../issue/use-issue-run';
import { PdfRead } from './PdfRead';
import type { PanelPage } from './use-active-page';
import type { ComponentChildren } from 'preact';

type ReadyState = Extract<PageState, { status: 'ready' }>;

export interface PagePanelProps {
  page: PanelPage;
  /** Extra actions for an article (save …), rendered in its header. */
  articleActions?: (article: ArticleView, state: ReadyState) => ComponentChildren;
  pageActions?: (state: ReadyState) => ComponentChildren;
}

/** The panel says where the page's text is analysed. */
const PATH_LABEL: Record<AnalysisPath, StringKey> = { engine: 'pathEngine', content: 'pathContent', background: 'pathBackground' };

const idOf = (url: string) => /content_(\d+)/.exec(url)?.[0] ?? null;

/** The 本页 tab: the page's articles, or one article's facts. */
export function PagePanel({ page, articleActions, pageActions }: PagePanelProps) {
  const [selected, setSelected] = useState<string | null>(null);
  // A fact clicked on the layout page waits here until its article page has loaded.
  const [pendingFocus, setPendingFocus] = useState<{ url: string; factId: string } | null>(null);
  const tabId = page.status === 'no-tab' ? null : page.tabId;
  const state = page.status === 'page' ? page.state : null;

  // 读全期 shows the whole issue until closed, while the tab moves from article to article.
  const issue = useIssueRun();

  useEffect(() => setSelected(null), [tabId, state?.url]);

  useEffect(() => {
    if (!pendingFocus || state?.status !== 'ready' || tabId === null) return;
    if (idOf(state.url) !== idOf(pendingFocus.url)) return;
    const article = state.articles[0];
    if (!article?.analysis) return;
    setPendingFocus(null);
    void sendMessage('pageFocusFact', { articleId: article.id, factId: pendingFocus.factId }, tabId).catch(() => {});
  }, [pendingFocus, state, tabId]);

  if (issue) return <IssuePanel state={issue} tabId={tabId} tabIssue={state?.status === 'ready' ? { issue: state.issue, url: state.url } : null} />;
  if (page.status === 'no-tab' || page.status === 'not-epaper') return <NotEpaper />;
  if (page.status === 'unreachable') return <Problem message={t('noContentScript')} />;
  if (!state || state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <Problem message={state.message} />;
  const pageLabel = [state.page?.number ? `第${state.page.number}版` : null, state.page?.name, state.issue?.date]
    .filter(Boolean)
    .join(' · ');
  // 读PDF版: the page's PDF read into articles, also when the page's own HTML gave none.
  const pdf = { pdfUrl: state.page?.pdfUrl ?? null, pageUrl: state.url, pageLabel, issue: state.issue, page: state.page };
  if (state.problem && state.articles.length === 0)
    return (
      <PdfRead key={state.url} {...pdf} suggest>
        <Problem message={state.problem} />
      </PdfRead>
    );

  const focus = (article: ArticleView, factId: string) => {
    if (tabId === null) return;
    if (state.kind === 'layout') {
      setPendingFocus({ url: article.url, factId });
      void browser.tabs.update(tabId, { url: article.url });
      return;
    }
    void sendMessage('pageFocusFact', { articleId: article.id, factId }, tabId).catch(() => {});
  };
  const outline = (article: ArticleView | null) => {
    if (tabId !== null && state.kind === 'layout')
      void sendMessage('pageOutlineArticle', article?.id ?? null, tabId).catch(() => {});
  };

  const go = (event: Event, url: string) => {
    event.preventDefault();
    if (tabId !== null) void browser.tabs.update(tabId, { url });
  };

  const open = state.kind === 'article' ? state.articles[0] : state.articles.find((a) => a.id === selected);
  return (
    <div class="page-panel">
      <p class="page-label">
        <span>
          {state.issues?.prev?.url ? (
            <a class="issue-link" href={state.issues.prev.url} target="_top" onClick={(e) => go(e, state.issues!.prev!.url!)} title={state.issues.prev.date}>
              ‹ {t('prevIssue')}
            </a>
          ) : null}
          {pageLabel}
          {state.issues?.next?.url ? (
            <a class="issue-link" href={state.issues.next.url} target="_top" onClick={(e) => go(e, state.issues!.next!.url!)} title={state.issues.next.date}>
              {t('nextIssue')} ›
            </a>
          ) : null}
        </span>
        {state.segmenter ? (
          <span class="segmenter" title={t('segmenterPath')}>
            {t('segmenterPath')}：{t(PATH_LABEL[state.segmenter.path])}
            {' · '}
            {state.articles.reduce((n, a) => n + a.tokenCount, 0)} {t('tokens')}
          </span>
        ) : null}
      </p>
      <PdfRead
        key={state.url}
        {...pdf}
        actions={state.issue ? <ReadIssueButton url={state.url} busy={state.kind === 'layout' && state.timings.analysedMs === null} /> : null}
      >
      {open ? (
        <>
          {state.kind === 'layout' ? (
            <button type="button" class="back" onClick={() => setSelected(null)}>
              ← {t('back')}
            </button>
          ) : null}
          <FactsView
            article={open}
            onFocusFact={(factId) => focus(open, factId)}
            actions={articleActions?.(open, state)}
          />
        </>
      ) : (
        <>
          <div class="list-head">
            <h2>{t('pageArticles')}</h2>
            {pageActions?.(state)}
          </div>
          <ArticleList articles={state.articles} onOpen={(a) => setSelected(a.id)} onHover={outline} />
        </>
      )}
      </PdfRead>
    </div>
  );
}
