import type { ComponentChildren } from 'preact';
import type { AnalyzedArticle } from '@/src/analysis/types';
import type { ArticleView } from '@/src/messaging/page-state';
import { t } from '../i18n';
import { CopyButton } from './CopyButton';
import { FiguresTable } from './FiguresTable';

export interface FactsViewProps {
  article: ArticleView;
  onFocusFact: (factId: string) => void;
  actions?: ComponentChildren;
}

function Section({ title, count, children }: { title: string; count?: number; children: ComponentChildren }) {
  return (
    <section class="facts-section" aria-label={title}>
      <h3>
        {title}
        {count !== undefined ? <span class="count">{count}</span> : null}
      </h3>
      {children}
    </section>
  );
}

const chips = (items: string[]) =>
  items.length ? (
    <ul class="chips">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  ) : (
    <p class="none">{t('none')}</p>
  );

/** Everything the analyser found in one article. All page text is rendered as text, never markup. */
export function FactsView({ article, onFocusFact, actions }: FactsViewProps) {
  const a: AnalyzedArticle | null = article.analysis;
  return (
    <article class="facts" aria-label={article.title}>
      <header class="facts-head">
        {article.introTitle ? <p class="intro-title">{article.introTitle}</p> : null}
        <h2>{article.title}</h2>
        {article.subTitle ? <p class="sub-title">——{article.subTitle}</p> : null}
        {actions}
      </header>
      {!a ? (
        <p class="status">{article.status === 'error' ? `${t('failed')}：${article.error ?? ''}` : t('analysing')}</p>
      ) : (
        <>
          <Section title={t('summary')}>
            {a.summary.length ? (
              <div class="summary">
                <p>{a.summary.join('')}</p>
                <CopyButton text={a.summary.join('')} label={t('summary')} />
              </div>
            ) : (
              <p class="none">{a.text.trim() ? t('none') : t('emptyArticle')}</p>
            )}
          </Section>
          <Section title={t('figures')} count={a.figures.length}>
            {a.figures.length ? (
              <FiguresTable figures={a.figures} onFocus={(i) => onFocusFact(`figure:${i}`)} />
            ) : (
              <p class="none">{t('none')}</p>
            )}
          </Section>
          <Section title={t('officials')} count={a.officials.length}>
            {a.officials.length ? (
              <ul class="officials">
                {a.officials.map((o, i) => (
                  <li key={o.name}>
                    <button type="button" class="fact-link" onClick={() => onFocusFact(`official:${i}:0`)}>
                      <strong>{o.name}</strong>
                    </button>
                    <span class="titles">{o.titles.join('、')}</span>
                    <CopyButton text={`${o.titles.join('、')}${o.name}`} label={o.name} />
                  </li>
                ))}
              </ul>
            ) : (
              <p class="none">{t('none')}</p>
            )}
          </Section>
          <Section title={t('journalists')} count={a.journalists.length}>
            {chips(a.journalists.map((j) => `${j.name}（${j.role}）`))}
          </Section>
          <Section title={t('people')} count={a.people.length}>
            {chips(a.people.map((p) => (p.role ? `${p.name}（${p.role}）` : p.name)))}
          </Section>
          <Section title={t('places')} count={a.places.length}>
            {chips(a.places)}
          </Section>
          <Section title={t('orgs')} count={a.orgs.length}>
            {chips(a.orgs)}
          </Section>
          <Section title={t('keywords')}>{chips(a.keywords)}</Section>
        </>
      )}
    </article>
  );
}
