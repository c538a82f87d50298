import { useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { AnalyzedArticle } from '@/src/analysis/types';
import type { PasteAnalysis } from '@/src/engine/paste-client';
import { pasteKey, savedFromPaste } from '@/src/library/from-paste';
import type { SaveInput } from '@/src/library/types';
import type { ArticleView } from '@/src/messaging/page-state';
import { t, tf } from '../i18n';
import { ArticleList } from './ArticleList';
import { FactsView } from './FactsView';
import { SaveAllRow, SaveOneButton, sendSave } from './SaveActions';

/**
 * Articles read from raw text (pasted, or a page's PDF) and what the panel shows of them: the
 * list, one article's facts, saving with the source noted. Used by the 粘贴文本 tab and 读PDF版.
 */
export interface TextResult extends PasteAnalysis {
  views: ArticleView[];
  /** Bumped on every analysis, so that the save buttons of an earlier one do not linger. */
  run: number;
}

/** What the panel shows for an article read from text (it has no page and no place on one). */
function viewOf(analysis: AnalyzedArticle, tokenCount: number, index: number): ArticleView {
  return {
    id: `paste-${index}`,
    url: '',
    title: analysis.title || t('untitled'),
    introTitle: analysis.introTitle,
    subTitle: analysis.subTitle,
    area: null,
    status: 'ready',
    analysis,
    tokenCount,
  };
}

export function textResultOf(analysis: PasteAnalysis, previous: TextResult | null): TextResult {
  const views = analysis.articles.map((a, i) => viewOf(a.analysis, a.tokenCount, i));
  return { ...analysis, views, run: (previous?.run ?? 0) + 1 };
}

/** What the library keeps of an article read from text: a paste, its source as the reader gave it. */
export const pastedSave = (analysis: AnalyzedArticle, source: string): SaveInput => savedFromPaste(analysis, source, t('untitled'));

interface Props {
  result: TextResult;
  /** What the saved articles say of their source. */
  source: string;
  sectionRef?: Ref<HTMLElement>;
  /** Shown before the analysis path (the PDF's pages and read time). */
  note?: string;
  /** The save input of an article (the PDF reader adds the issue and page it knows). */
  toSave?: (analysis: AnalyzedArticle, source: string) => SaveInput;
}

/** The list of articles read from text, or one of them with its facts (one alone opens at once). */
export function TextResultView({ result, source, sectionRef, note, toSave = pastedSave }: Props) {
  const saveFromText = (analysis: AnalyzedArticle, label: string) => sendSave(toSave(analysis, label));
  const [open, setOpen] = useState<number | null>(result.views.length === 1 ? 0 : null);
  const shown = open !== null ? result.views[open] : null;
  return (
    <section class="paste-result" ref={sectionRef} aria-label={tf('pasteFound', { n: result.views.length })}>
      <p class="page-label">
        <span>{note ?? ''}</span>
        <span class="segmenter">
          {t('segmenterPath')}：{t(result.path === 'engine' ? 'pathEngine' : 'pathPanel')}
          {' · '}
          {result.views.reduce((n, a) => n + a.tokenCount, 0)} {t('tokens')}
        </span>
      </p>
      {shown ? (
        <>
          {result.views.length > 1 ? (
            <button type="button" class="back" onClick={() => setOpen(null)}>
              ← {t('backToList')}
            </button>
          ) : null}
          <FactsView
            key={open}
            article={shown}
            onFocusFact={() => {}}
            actions={<SaveOneButton storedKey={pasteKey(shown.analysis!)} saveOne={() => saveFromText(shown.analysis!, source)} />}
          />
        </>
      ) : (
        <>
          <div class="list-head">
            <h2>{tf('pasteFound', { n: result.views.length })}</h2>
            <SaveAllRow items={result.views.map((v) => v.analysis!)} label={t('saveAllPasted')} saveOne={(a) => saveFromText(a, source)} />
          </div>
          <ArticleList articles={result.views} onOpen={(a) => setOpen(result.views.indexOf(a))} onHover={() => {}} />
        </>
      )}
    </section>
  );
}
