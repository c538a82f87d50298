import type { IssueRunState } from '@/src/issue/issue-run';
import { is } from './strings';
import { issueRun } from './use-issue-run';

const label = (number: string | null, name: string | null) => [number ? is('pageHead', { n: number }) : null, name].filter(Boolean).join(' ');

/** The progress bar with its count, 取消 while reading, and what failed with 重试 afterwards. */
export function IssueProgressView({ state }: { state: IssueRunState }) {
  const { pages, articles } = state.progress;
  const reading = state.status === 'reading';
  const failedPages = state.pages.filter((p) => p.status === 'failed');
  const failedArticles = state.articles.filter((a) => a.status === 'error');
  const restart = () => void issueRun().start(state.startUrl);
  const count =
    pages.total === 0 && reading
      ? is('readingList')
      : is('progress', { p: pages.done, pt: pages.total, a: articles.done, at: articles.total });

  return (
    <div class="issue-progress">
      <div class="issue-progress-row">
        <progress
          max={Math.max(1, pages.total + articles.total)}
          value={pages.done + articles.done}
          aria-label={is('progressLabel')}
          data-elapsed-ms={state.elapsedMs?.toFixed(0)}
        />
        {reading ? (
          <button type="button" class="action" onClick={() => issueRun().cancel()}>
            {is('cancel')}
          </button>
        ) : null}
      </div>
      <p class="issue-count" role="status">
        {state.status === 'done' && state.elapsedMs !== null
          ? is('done', { p: pages.done - failedPages.length, a: articles.done - failedArticles.length, s: (state.elapsedMs / 1000).toFixed(1) })
          : count}
      </p>
      {state.problem ? (
        <p class="notice" role="alert">
          {state.problem}
        </p>
      ) : null}
      {state.status === 'cancelled' ? (
        <p class="notice issue-cancelled">
          {is('cancelled')}{' '}
          <button type="button" class="action" onClick={restart}>
            {is('resume')}
          </button>
        </p>
      ) : null}
      {!reading && (failedPages.length > 0 || failedArticles.length > 0) ? (
        <div class="notice issue-failed" role="alert">
          {failedPages.length > 0 ? (
            <p>
              {is('failedPages')}
              {failedPages.map((p, i) => (
                <span key={p.url} class="failed-page">
                  {i > 0 ? is('listSep') : ''}
                  {is('failedPage', { page: label(p.number, p.name), error: p.error ?? '' })}
                </span>
              ))}
            </p>
          ) : null}
          {failedArticles.length > 0 ? <p>{is('failedArticles', { n: failedArticles.length })}</p> : null}
          {/* After a cancel, 继续读取 retries these too. */}
          {state.status === 'done' ? (
            <button type="button" class="action" onClick={restart}>
              {is('retry')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
