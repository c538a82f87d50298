import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { savedFromAnalysis } from '@/src/library/from-analysis';
import { aggregateIssue, type IssueArticleFacts } from '@/src/issue/aggregate';
import type { IssueArticleView, IssueRunState } from '@/src/issue/issue-run';
import { SaveAllRow, sendSave } from '@/src/ui/panel/SaveActions';
import { IssueOverviewView } from './IssueOverview';
import { IssuePages } from './IssuePages';
import { IssueProgressView } from './IssueProgress';
import { is } from './strings';
import { issueRun } from './use-issue-run';
import './issue.css';

/** A click on an article (or a fact's article) opens it in the tab the panel follows. */
export type OpenArticle = (event: Event, url: string) => void;

function saveIssueArticle(a: IssueArticleView, state: IssueRunState): Promise<string | null> {
  if (!a.analysis) return Promise.resolve(is('pending'));
  const input = savedFromAnalysis(a.analysis, { url: a.url, issue: state.issue, page: { number: a.pageNumber, name: a.pageName } });
  // A photo-news item has no headline of its own; keep the name the page lists it under.
  return sendSave({ ...input, title: input.title || a.title });
}

/** 本期速览: the whole issue read by 读全期, page by page, with the issue's officials and figures. */
export function IssuePanel({ state, tabId }: { state: IssueRunState; tabId: number | null }) {
  const ready = state.articles.filter((a) => a.analysis);
  const overview = useMemo(
    () =>
      aggregateIssue(
        ready.map((a): IssueArticleFacts => ({ id: a.id, url: a.url, title: a.title, pageNumber: a.pageNumber, analysis: a.analysis! })),
      ),
    // Recomputed as analyses arrive, not on every progress tick.
    [ready.length, state.articles],
  );
  const open: OpenArticle = (event, url) => {
    event.preventDefault();
    if (tabId !== null) void browser.tabs.update(tabId, { url });
    else window.open(url, '_blank', 'noopener');
  };
  const reading = state.status === 'reading';

  return (
    <section class="issue-panel" aria-label={is('title')} aria-busy={reading}>
      <button type="button" class="back" onClick={() => issueRun().close()}>
        ← {is('back')}
      </button>
      <div class="list-head">
        <h2>
          {is('title')}
          {state.issue ? <span class="issue-date"> · {state.issue.date}</span> : null}
        </h2>
        {!reading && ready.length > 0 ? (
          <SaveAllRow key={`${state.startUrl}:${ready.length}`} items={ready} label={`☆ ${is('saveIssue')}`} saveOne={(a) => saveIssueArticle(a, state)} />
        ) : null}
      </div>
      <IssueProgressView state={state} />
      <IssuePages state={state} onOpen={open} />
      <IssueOverviewView overview={overview} onOpen={open} />
    </section>
  );
}
