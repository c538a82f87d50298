import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { analysePastedText } from '@/src/engine/paste-client';
import { pastedTextProblem } from '@/src/engine/request';
import { PdfProblem, type PdfProblemKind } from '@/src/pdf/fetch-pdf';
import { readPagePdf, type PagePdfText } from '@/src/pdf/read-page-pdf';
import { t, tf, type StringKey } from '../i18n';
import type { IssueRef, PageRef } from '@/src/epaper/types';
import type { AnalyzedArticle } from '@/src/analysis/types';
import { pastedSave, textResultOf, TextResultView, type TextResult } from './TextResult';

const PROBLEM: Record<PdfProblemKind, StringKey> = {
  elsewhere: 'pdfElsewhere',
  missing: 'pdfMissing',
  network: 'pdfNetwork',
  notPdf: 'pdfNotPdf',
  tooBig: 'pdfTooBig',
  unreadable: 'pdfUnreadable',
  noText: 'pdfNoText',
};

interface Props {
  /** The page's PDF, from its layout page; without one there is no button. */
  pdfUrl: string | null;
  pageUrl: string;
  /** 第02版 · 要闻 · 2024-12-12, for the saved articles' source. */
  pageLabel: string;
  /** The issue and page the PDF prints, kept with its saved articles. */
  issue?: IssueRef | null;
  page?: PageRef | null;
  /** The page's own view, shown until the PDF's articles replace it. */
  children: ComponentChildren;
  /** Other buttons of the page (读全期), in the same row. */
  actions?: ComponentChildren;
  /** The page gave no article: say that its PDF may. */
  suggest?: boolean;
}

/**
 * 读PDF版: the page's PDF read in the panel (pdf.js), its text put in reading order and split
 * into articles by the same analyser as pasted text, so that a page whose HTML is missing or
 * broken still gets its facts. The articles are saved with the PDF as their source.
 */
export function PdfRead({ pdfUrl, pageUrl, pageLabel, issue, page, children, actions, suggest = false }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<{ text: TextResult; pdf: PagePdfText } | null>(null);
  if (!pdfUrl)
    return (
      <>
        {actions ? <div class="pdf-read">{actions}</div> : null}
        {children}
      </>
    );

  const read = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const pdf = await readPagePdf(pdfUrl, pageUrl);
      if (pastedTextProblem(pdf.text)) throw new PdfProblem('tooBig', `${pdf.text.length} chars`);
      const analysis = await analysePastedText(pdf.text);
      if (!analysis.articles.length) {
        setProblem(t('pdfNone'));
        return;
      }
      setResult((r) => ({ text: textResultOf(analysis, r?.text ?? null), pdf }));
    } catch (error) {
      console.info('[湘报助读] The page PDF could not be read.', error);
      setProblem(error instanceof PdfProblem ? t(PROBLEM[error.kind]) : `${t('failed')}：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  // Saved as a paste with the PDF as its source, dated and paged as the e-paper page says.
  const toSave = (analysis: AnalyzedArticle, source: string) => ({
    ...pastedSave(analysis, source),
    ...(issue ? { paper: issue.paper, issueDate: issue.date } : {}),
    ...(page ? { page: { number: page.number, name: page.name } } : {}),
  });
  const note = result
    ? tf('pdfRead', { pages: result.pdf.pages, kb: Math.round(result.pdf.bytes / 1024), ms: String(Math.round(result.pdf.readMs)) })
    : '';
  return (
    <>
      <div class="pdf-read">
        {result ? (
          <button type="button" class="back" onClick={() => setResult(null)}>
            ← {t('backToPage')}
          </button>
        ) : null}
        <button type="button" class="action pdf-button" onClick={read} disabled={busy} title={t('readPdfHint')}>
          {t('readPdf')}
        </button>
        {actions}
        {suggest && !result && !busy ? <span class="pdf-hint">{t('pdfSuggest')}</span> : null}
        {busy ? (
          <span class="paste-busy" role="status">
            <span class="spinner small" aria-hidden="true" />
            {t('pdfBusy')}
          </span>
        ) : null}
      </div>
      {problem ? (
        <p class="notice pdf-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {result ? (
        <div class="pdf-result" data-read-ms={Math.round(result.pdf.readMs)}>
          <TextResultView key={result.text.run} result={result.text} source={`${t('pdfSource')} ${pageLabel} ${pdfUrl}`} note={note} toSave={toSave} />
        </div>
      ) : (
        children
      )}
    </>
  );
}
