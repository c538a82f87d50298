import type { ArticleRef, IssueOverview } from '@/src/issue/aggregate';
import { kindLabel } from '@/src/ui/format';
import type { OpenArticle } from './IssuePanel';
import { is } from './strings';

/** 第02版 — a link to the article, its title on hover. */
function ArticleLinkTo({ article, onOpen }: { article: ArticleRef; onOpen: OpenArticle }) {
  return (
    <a class="issue-ref" href={article.url} target="_top" title={article.title} onClick={(e) => onOpen(e, article.url)}>
      {article.pageNumber ? `${article.pageNumber}版 ` : ''}
      {article.title}
    </a>
  );
}

/** The issue's officials, headline figures by kind, places and keywords. */
export function IssueOverviewView({ overview, onOpen }: { overview: IssueOverview; onOpen: OpenArticle }) {
  return (
    <>
      <section class="issue-section" aria-labelledby="issue-officials">
        <h3 id="issue-officials">
          {is('officials')} <span class="count">{overview.officials.length}</span>
        </h3>
        {overview.officials.length ? (
          <ul class="issue-officials">
            {overview.officials.map((o) => (
              <li key={o.name}>
                <strong class="official-name">{o.name}</strong>
                <span class="titles">{o.titles.join('、')}</span>
                <span class="issue-refs">
                  {o.articles.map((a) => (
                    <ArticleLinkTo key={a.id} article={a} onOpen={onOpen} />
                  ))}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="none">{is('none')}</p>
        )}
      </section>

      <section class="issue-section" aria-labelledby="issue-figures">
        <h3 id="issue-figures">{is('figures')}</h3>
        {overview.figures.length ? (
          overview.figures.map((group) => (
            <div class="issue-kind" key={group.kind} data-kind={group.kind}>
              <h4>
                <span class="kind">{kindLabel(group.kind)}</span> <span class="more">{is('figuresMore', { n: group.total })}</span>
              </h4>
              <ul class="issue-figures">
                {group.items.map((f, i) => (
                  <li key={`${f.article.id}:${f.text}:${i}`}>
                    <span class="figure-text">{f.text}</span>
                    <span class="figure-subject">{f.subject}</span>
                    <ArticleLinkTo article={f.article} onOpen={onOpen} />
                  </li>
                ))}
              </ul>
            </div>
          ))
        ) : (
          <p class="none">{is('none')}</p>
        )}
      </section>

      <section class="issue-section" aria-labelledby="issue-places">
        <h3 id="issue-places">{is('places')}</h3>
        <ul class="chips">
          {overview.places.map((p) => (
            <li key={p.name} title={is('inArticles', { n: p.articles })}>
              {p.name} <span class="chip-count">{p.articles}</span>
            </li>
          ))}
        </ul>
        <h3>{is('keywords')}</h3>
        <ul class="chips">
          {overview.keywords.map((k) => (
            <li key={k.word} title={is('inArticles', { n: k.articles })}>
              {k.word} <span class="chip-count">{k.articles}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
