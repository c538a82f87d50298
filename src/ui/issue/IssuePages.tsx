import type { IssueRunState } from '@/src/issue/issue-run';
import { t } from '@/src/ui/i18n';
import type { OpenArticle } from './IssuePanel';
import { is } from './strings';

/** The issue page by page, each article with its counts; a click opens it in the tab. */
export function IssuePages({ state, onOpen }: { state: IssueRunState; onOpen: OpenArticle }) {
  const byPage = new Map(state.pages.map((p) => [p.url, state.articles.filter((a) => a.pageUrl === p.url)]));
  return (
    <section class="issue-section" aria-labelledby="issue-pages">
      <h3 id="issue-pages">{is('pages')}</h3>
      {state.pages.map((page) => {
        const articles = byPage.get(page.url) ?? [];
        return (
          <div class="issue-page" key={page.url} data-page={page.number ?? ''}>
            <h4>
              <a href={page.url} target="_top" onClick={(e) => onOpen(e, page.url)}>
                {page.number ? is('pageHead', { n: page.number }) : ''} {page.name ?? ''}
              </a>
              <span class="count">
                {page.status === 'failed'
                  ? is('pageFailed')
                  : page.status === 'pending'
                    ? is(state.status === 'reading' ? 'pending' : 'notRead')
                    : is('articles', { n: articles.length })}
              </span>
            </h4>
            {articles.length > 0 ? (
              <ol class="issue-articles">
                {articles.map((a) => (
                  <li key={a.id}>
                    <a class="issue-article" href={a.url} target="_top" onClick={(e) => onOpen(e, a.url)}>
                      <span class="article-title">{a.title}</span>
                      {a.analysis ? (
                        <span class="article-counts">
                          <span class="badge figure">
                            {a.analysis.figures.length} {t('figuresCount')}
                          </span>
                          <span class="badge official">
                            {a.analysis.officials.length} {t('officialsCount')}
                          </span>
                        </span>
                      ) : (
                        <span class="article-state">
                          {a.status === 'error' ? `${t('failed')}：${a.error ?? ''}` : state.status === 'reading' ? is('pending') : is('notRead')}
                        </span>
                      )}
                    </a>
                  </li>
                ))}
              </ol>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
