import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnalyzedArticle } from '@/src/analysis/types';
import { analysePastedText, type PasteAnalysis } from '@/src/engine/paste-client';
import { MAX_ENGINE_CHARS, pastedTextProblem } from '@/src/engine/request';
import { pasteKey, savedFromPaste } from '@/src/library/from-paste';
import type { ArticleView } from '@/src/messaging/page-state';
import { t, tf } from '../i18n';
import { ArticleList } from './ArticleList';
import { FactsView } from './FactsView';
import { SaveAllRow, SaveOneButton, sendSave } from './SaveActions';

/** What the panel shows for an article read from pasted text (it has no page and no place on one). */
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

function savePasted(analysis: AnalyzedArticle, source: string): Promise<string | null> {
  return sendSave(savedFromPaste(analysis, source, t('untitled')));
}

function SavePastedButton({ analysis, source }: { analysis: AnalyzedArticle; source: string }) {
  return <SaveOneButton storedKey={pasteKey(analysis)} saveOne={() => savePasted(analysis, source)} />;
}

function SaveAllPasted({ articles, source }: { articles: AnalyzedArticle[]; source: string }) {
  return <SaveAllRow items={articles} label={t('saveAllPasted')} saveOne={(a) => savePasted(a, source)} />;
}

interface Result extends PasteAnalysis {
  views: ArticleView[];
  /** Bumped on every analysis, so that the save buttons of an earlier one do not linger. */
  run: number;
}

/**
 * The 粘贴文本 tab: text pasted from anywhere (a page's PDF text, an article found elsewhere)
 * analysed by the same analyser as the e-paper pages, the articles read from it shown with their
 * facts, each savable to the library with its source. The text is data and is shown as text.
 */
export function PastePanel() {
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [busy, setBusy] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const resultRef = useRef<HTMLElement>(null);
  // A fresh result is brought into view below the box (the text may be long).
  useEffect(() => {
    const section = resultRef.current;
    if (!result?.views.length || !section) return;
    // Just below the sticky header, whose height depends on the language and the width.
    const header = document.querySelector('.app-head')?.getBoundingClientRect().height ?? 0;
    scrollTo({ top: section.getBoundingClientRect().top + scrollY - header - 8 });
  }, [result?.run]);

  const analyse = async (event: Event) => {
    event.preventDefault();
    if (busy !== null) return;
    const why = pastedTextProblem(text);
    if (why) {
      setProblem(why === 'empty' ? t('pasteEmpty') : tf('pasteTooLong', { n: text.length, max: MAX_ENGINE_CHARS }));
      return;
    }
    setProblem(null);
    setBusy(text.length);
    try {
      const analysis = await analysePastedText(text);
      const views = analysis.articles.map((a, i) => viewOf(a.analysis, a.tokenCount, i));
      setResult((r) => ({ ...analysis, views, run: (r?.run ?? 0) + 1 }));
      setOpen(views.length === 1 ? 0 : null);
      if (!views.length) setProblem(t('pasteNone'));
    } catch (error) {
      setProblem(`${t('failed')}：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const clear = () => {
    setText('');
    setResult(null);
    setOpen(null);
    setProblem(null);
  };

  const shown = result && open !== null ? result.views[open] : null;
  return (
    <div class="paste-panel" aria-busy={busy !== null}>
      <form class="paste-form" onSubmit={analyse}>
        <label class="paste-label" for="paste-text">
          {t('pasteText')}
        </label>
        <textarea
          id="paste-text"
          class="paste-text"
          rows={8}
          value={text}
          placeholder={t('pastePlaceholder')}
          spellcheck={false}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <p class="paste-count" aria-live="off">
          {tf('chars', { n: text.length })}
        </p>
        <label class="paste-label" for="paste-source">
          {t('pasteSource')}
        </label>
        <input
          id="paste-source"
          class="paste-source"
          type="text"
          value={source}
          maxLength={500}
          placeholder={t('pasteSourceHint')}
          onInput={(e) => setSource((e.currentTarget as HTMLInputElement).value)}
        />
        <div class="paste-actions">
          <button type="submit" class="primary-button" disabled={busy !== null}>
            {t('analyse')}
          </button>
          <button type="button" class="action" onClick={clear} disabled={busy !== null || (!text && !result)}>
            {t('clear')}
          </button>
        </div>
        {busy !== null ? (
          <p class="paste-busy" role="status">
            <span class="spinner small" aria-hidden="true" />
            {tf('pasteBusy', { n: busy })}
          </p>
        ) : null}
        {problem ? (
          <p class="notice" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
      {result && result.views.length ? (
        <section class="paste-result" ref={resultRef} aria-label={tf('pasteFound', { n: result.views.length })}>
          <p class="page-label">
            <span />
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
                key={`${result.run}:${open}`}
                article={shown}
                onFocusFact={() => {}}
                actions={<SavePastedButton analysis={shown.analysis!} source={source} />}
              />
            </>
          ) : (
            <>
              <div class="list-head">
                <h2>{tf('pasteFound', { n: result.views.length })}</h2>
                <SaveAllPasted key={result.run} articles={result.views.map((v) => v.analysis!)} source={source} />
              </div>
              <ArticleList articles={result.views} onOpen={(a) => setOpen(result.views.indexOf(a))} onHover={() => {}} />
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
