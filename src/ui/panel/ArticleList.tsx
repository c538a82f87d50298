import { useRef } from 'preact/hooks';
import type { ArticleView } from '@/src/messaging/page-state';
import { t } from '../i18n';

export interface ArticleListProps {
  articles: ArticleView[];
  onOpen: (article: ArticleView) => void;
  onHover: (article: ArticleView | null) => void;
}

/** The page's articles in page order; arrow keys move, Enter opens. */
export function ArticleList({ articles, onOpen, onHover }: ArticleListProps) {
  const list = useRef<HTMLOListElement>(null);
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button.article');
    buttons?.[Math.max(0, Math.min(articles.length - 1, index + step))]?.focus();
  };
  return (
    <ol class="articles" ref={list} aria-label={t('pageArticles')}>
      {articles.map((article, index) => {
        const a = article.analysis;
        return (
          <li key={article.id}>
            <button
              type="button"
              class="article"
              onClick={() => onOpen(article)}
              onKeyDown={(e) => move(e, index)}
              onMouseEnter={() => onHover(article)}
              onMouseLeave={() => onHover(null)}
              onFocus={() => onHover(article)}
              onBlur={() => onHover(null)}
            >
              <span class="article-title">{article.title}</span>
              <span class="article-summary">
                {a ? (a.summary[0] ?? '') : article.status === 'error' ? `${t('failed')}：${article.error ?? ''}` : t('pending')}
              </span>
              {a ? (
                <span class="article-counts">
                  <span class="badge figure">
                    {a.figures.length} {t('figuresCount')}
                  </span>
                  <span class="badge official">
                    {a.officials.length} {t('officialsCount')}
                  </span>
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
