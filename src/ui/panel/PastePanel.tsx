import { useEffect, useRef, useState } from 'preact/hooks';
import { analysePastedText } from '@/src/engine/paste-client';
import { MAX_ENGINE_CHARS, pastedTextProblem } from '@/src/engine/request';
import { t, tf } from '../i18n';
import { textResultOf, TextResultView, type TextResult } from './TextResult';

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
  const [result, setResult] = useState<TextResult | null>(null);
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
      setResult((r) => textResultOf(analysis, r));
      if (!analysis.articles.length) setProblem(t('pasteNone'));
    } catch (error) {
      setProblem(`${t('failed')}：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const clear = () => {
    setText('');
    setResult(null);
    setProblem(null);
  };

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
        <TextResultView key={result.run} result={result} source={source} sectionRef={resultRef} />
      ) : null}
    </div>
  );
}
