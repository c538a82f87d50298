import { useEffect, useMemo, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { savedFromAnalysis } from '@/src/library/from-analysis';
import { aggregateIssue, type IssueArticleFacts } from '@/src/issue/aggregate';
import type { IssueArticleView, IssueRunState } from '@/src/issue/issue-run';
import type { IssueRef } from '@/src/epaper/types';
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

/** The sections below the long page list, one click (or Enter) away. */
const JUMPS = [
  ['issue-pages', 'pages'],
  ['issue-officials', 'officials'],
  ['issue-figures', 'figures'],
  ['issue-places', 'places'],
] as const;

function jumpTo(id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.tabIndex = -1;
  // Below the panel's sticky header.
  const header = document.querySelector('.app-head')?.getBoundingClientRect().height ?? 0;
  scrollTo({ top: heading.getBoundingClientRect().top + scrollY - header - 8 });
  heading.focus({ preventScroll: true });
}

/** 本期速览: the whole issue read by 读全期, page by page, with the issue's officials and figures. */
export interface IssuePanelProps {
  state: IssueRunState;
  tabId: number | null;
  /** The issue of the page the tab shows now, to offer its own 读全期 when it is another one. */
  tabIssue: { issue: IssueRef | null; url: string } | null;
}

export function IssuePanel({ state, tabId, tabIssue }: IssuePanelProps) {
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
  // The view replaces the one whose button was pressed: keyboard focus goes to its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section class="issue-panel" aria-label={is('title')} aria-busy={reading}>
      <button type="button" class="back" onClick={() => issueRun().close()}>
        ← {is('back')}
      </button>
      <div class="list-head">
        <h2 ref={heading} tabIndex={-1}>
          {is('title')}
          {state.issue ? <span class="issue-date"> · {state.issue.date}</span> : null}
        </h2>
        {/* 全期 means the whole issue: offered once it has been read through (failures named). */}
        {state.status === 'done' && ready.length > 0 ? (
          <SaveAllRow key={`${state.startUrl}:${ready.length}`} items={ready} label={`☆ ${is('saveIssue')}`} saveOne={(a) => saveIssueArticle(a, state)} />
        ) : null}
      </div>
      {tabIssue?.issue && state.issue && (tabIssue.issue.date !== state.issue.date || tabIssue.issue.paper !== state.issue.paper) ? (
        <p class="notice issue-other">
          {is('otherIssue', { date: tabIssue.issue.date })}{' '}
          <button type="button" class="action" onClick={() => void issueRun().start(tabIssue.url)}>
            {is('readIssue')}
          </button>
        </p>
      ) : null}
      <IssueProgressView state={state} />
      <nav class="issue-jump" aria-label={is('title')}>
        {JUMPS.map(([id, key]) => (
          <button key={id} type="button" class="issue-jump-link" onClick={() => jumpTo(id)}>
            {is(key)}
          </button>
        ))}
      </nav>
      <IssuePages state={state} onOpen={open} />
      <IssueOverviewView overview={overview} onOpen={open} />
    </section>
  );
}
