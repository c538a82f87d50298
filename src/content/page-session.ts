import { articleInputFromParsed, createLayoutReader, parsePage, readAdjacentIssues } from '@/src/epaper';
import type { ParsedArticle, ParsedPage } from '@/src/epaper/types';
import type { ArticleView, PageState } from '@/src/messaging/page-state';
import { onMessage, sendMessage } from '@/src/messaging/protocol';
import { highlightsEnabled } from '@/src/settings/items';
import { highlightArticle, type HighlightController } from '@/src/ui/highlights';
import { viewOfArticle, viewOfLink } from './article-view';
import { outlineArea } from './page-outline';
import { pageAnalyser, type Analysed, type PageAnalyser } from './page-analyser';
import { mountSaveButton, type SaveButton } from '@/src/ui/toolbar/save-button';
import { saveInputOf } from '@/src/save/save-input';
import type { Result, SavedArticle } from '@/src/library/types';

type Ready = Extract<PageState, { status: 'ready' }>;

/** Linked article pages read from a layout page, kept for the browsing session (per tab). */
const sessionCache = new Map<string, Promise<unknown>>();

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One e-paper page, from the content script's start to highlights on screen: parse the page,
 * have its article(s) analysed (by the shared engine, or here when it cannot be reached),
 * highlight, and tell the panel at every step.
 */
export function startPageSession(signal: AbortSignal): void {
  const started = performance.now();
  const url = location.href;
  let state: PageState = { status: 'loading', url };
  let highlighter: HighlightController | null = null;
  let saveButton: SaveButton | null = null;
  let issues: Ready['issues'];

  const publish = (next: PageState) => {
    state = next;
    // Status, analysis path and timings as data attributes: the browser tests and the benchmark read them.
    const root = document.documentElement.dataset;
    root.xbzdStatus = next.status;
    if (next.status === 'ready') {
      if (next.segmenter) root.xbzdPath = next.segmenter.path;
      root.xbzdReadyMs = next.timings.readyMs.toFixed(1);
      if (next.timings.highlightedMs !== null) root.xbzdHighlightedMs = next.timings.highlightedMs.toFixed(1);
      if (next.timings.analysedMs !== null) root.xbzdAnalysedMs = next.timings.analysedMs.toFixed(1);
    }
    void sendMessage('pageStateChanged', next).catch(() => {}); // the panel may be closed
  };
  const patch = (change: Partial<Ready>) => {
    if (state.status === 'ready') publish({ ...state, ...change });
  };
  const setArticle = (id: string, change: Partial<ArticleView>) => {
    if (state.status !== 'ready') return;
    patch({ articles: state.articles.map((a) => (a.id === id ? { ...a, ...change } : a)) });
  };

  const removers = [
    onMessage('pageGetState', () => state),
    onMessage('pageFocusFact', ({ data }) => highlighter?.focusFact(data.factId) ?? false),
    onMessage('pageSetHighlights', ({ data }) => void highlightsEnabled.setValue(Boolean(data))),
    onMessage('pageSaveArticle', () => saveArticle()),
    onMessage('pageOutlineArticle', ({ data }) => {
      const article = state.status === 'ready' ? state.articles.find((a) => a.id === data) : undefined;
      outlineArea(article?.area ?? null);
    }),
    highlightsEnabled.watch((on) => {
      highlighter?.setEnabled(on);
      if (state.status === 'ready') patch({ highlights: { ...state.highlights, enabled: on } });
    }),
  ];
  signal.addEventListener('abort', () => {
    removers.forEach((remove) => remove());
    highlighter?.destroy();
    saveButton?.remove();
  });

  /** Saves this article page's article through the background, the library's one writer. */
  async function saveArticle(): Promise<Result<SavedArticle> | null> {
    const view = state.status === 'ready' && state.kind === 'article' ? state.articles[0] : undefined;
    const input = view && state.status === 'ready' ? saveInputOf(view, state) : null;
    if (!input) return null;
    saveButton?.setState('saving');
    const result = await sendMessage('librarySave', input).catch(
      (error: unknown): Result<SavedArticle> => ({ ok: false, reason: 'storage', message: message(error) }),
    );
    saveButton?.setState(result.ok ? 'saved' : 'error', result.ok ? '' : result.message);
    return result;
  }

  void run().catch((error: unknown) => publish({ status: 'error', url, message: message(error) }));

  async function run() {
    publish(state);
    const page = parsePage(document, url);
    if (page.kind !== 'article' && page.kind !== 'layout') {
      return publish(readyState(page, null, [], page.problem ?? '此页不是湖南日报电子版的版面或文章页'));
    }
    if (page.issue) {
      // Previous and next issue, read politely in the background of the analysis.
      void readAdjacentIssues(url, page.issue.date, { fetch: (i, o) => fetch(i, o), signal, cache: sessionCache })
        .then((found) => {
          issues = found;
          patch({ issues });
        })
        .catch(() => {});
    }
    const analyser = pageAnalyser();
    // An article page's text goes to the analyser at once; the highlight setting is read meanwhile.
    const analysing = page.kind === 'article' && page.article ? analyser.analyze([articleInputFromParsed(page.article)]) : null;
    analysing?.catch(() => {}); // handled where it is awaited
    const enabled = await highlightsEnabled.getValue();
    if (signal.aborted) return;
    if (analysing && page.article) {
      const view = viewOfArticle(page.article);
      publish(readyState(page, null, [view], page.problem, enabled));
      const [{ analysis, tokenCount }] = (await analysing) as [Analysed];
      if (signal.aborted) return;
      const analysedMs = performance.now() - started;
      patch({ segmenter: analyser.info() });
      setArticle(view.id, { status: 'ready', analysis, tokenCount });
      saveButton = mountSaveButton(() => void saveArticle());
      const root = document.getElementById('ozoom');
      if (root) {
        highlighter = highlightArticle(root, analysis, { enabled });
        patch({ highlights: { enabled, placed: highlighter.stats.placed, missing: highlighter.stats.missing.length } });
      }
      patch({ timings: { ...(state as Ready).timings, analysedMs, highlightedMs: performance.now() - started } });
      return;
    }
    const links = page.layout?.articles ?? [];
    publish(readyState(page, null, links.map(viewOfLink), page.problem, enabled));
    await readLayoutArticles(page, links, analyser);
    patch({ timings: { ...(state as Ready).timings, analysedMs: performance.now() - started } });
  }

  function readyState(
    page: ParsedPage,
    segmenter: Ready['segmenter'],
    articles: ArticleView[],
    problem: string | null,
    enabled = true,
  ): Ready {
    return {
      status: 'ready',
      url,
      kind: page.kind,
      issue: page.issue,
      dateLine: page.dateLine,
      page: page.page,
      problem,
      segmenter,
      articles,
      highlights: { enabled, placed: 0, missing: 0 },
      timings: { readyMs: performance.now() - started, analysedMs: null, highlightedMs: null },
      ...(issues ? { issues } : {}),
    };
  }

  async function readLayoutArticles(page: ParsedPage, links: NonNullable<ParsedPage['layout']>['articles'], analyser: PageAnalyser) {
    const reader = createLayoutReader({
      fetch: (input, init) => fetch(input, init),
      maxConcurrent: 2,
      cache: sessionCache,
      parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    });
    // Time spent waiting for the next article page (fetched and parsed), apart from analysis:
    // the benchmark leaves it out of the layout page's time.
    let waitedMs = 0;
    let waitFrom = performance.now();
    for await (const result of reader.readArticles(page.url, links, signal)) {
      waitedMs += performance.now() - waitFrom;
      document.documentElement.dataset.xbzdLayoutWaitMs = waitedMs.toFixed(1);
      if (signal.aborted) return;
      await showArticle(result.id, result.page?.article, result.error);
      waitFrom = performance.now();
    }

    async function showArticle(id: string, parsed: ParsedArticle | null | undefined, error?: string | null) {
      if (!parsed) return setArticle(id, { status: 'error', error: error ?? '无法读取文章页' });
      try {
        const [{ analysis, tokenCount }] = (await analyser.analyze([articleInputFromParsed(parsed)])) as [Analysed];
        if (signal.aborted) return;
        if (state.status === 'ready' && state.segmenter?.path !== analyser.info()?.path) patch({ segmenter: analyser.info() });
        setArticle(id, { status: 'ready', analysis, tokenCount, introTitle: parsed.introTitle, subTitle: parsed.subTitle });
      } catch (e) {
        setArticle(id, { status: 'error', error: message(e) });
      }
    }
  }
}
