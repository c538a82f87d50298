/**
 * One 读全期 at a time, as the panel shows it: the issue reader's pages and articles, each article
 * analysed as it arrives, the progress, cancel and retry. Kept outside the panel's components so
 * it lives on while the tab moves to an article and back; analyses are kept for the session too,
 * so a retry or a second read of the same issue analyses nothing twice.
 */
import type { AnalyzedArticle, ArticleInput } from '@/src/analysis/types';
import { articleInputFromParsed } from '@/src/epaper/article-input';
import type { IssuePage, IssueProgress, IssueReader } from '@/src/epaper/issue-reader';
import type { IssueRef, ParsedArticle } from '@/src/epaper/types';

export interface IssueArticleView {
  id: string;
  url: string;
  title: string;
  pageUrl: string;
  pageNumber: string | null;
  pageName: string | null;
  status: 'pending' | 'ready' | 'error';
  error: string | null;
  analysis: AnalyzedArticle | null;
}

export interface IssueRunState {
  startUrl: string;
  issue: IssueRef | null;
  status: 'reading' | 'done' | 'cancelled';
  /** Why the start page could not be read. */
  problem: string | null;
  pages: IssuePage[];
  /** In page order, each page's articles in its order. */
  articles: IssueArticleView[];
  progress: IssueProgress;
  /** Start to the last analysis, once done. */
  elapsedMs: number | null;
}

export interface IssueRunDeps {
  reader: IssueReader;
  analyse: (inputs: ArticleInput[]) => Promise<AnalyzedArticle[]>;
  now?: () => number;
}

export interface IssueRun {
  state(): IssueRunState | null;
  subscribe(listener: (state: IssueRunState | null) => void): () => void;
  /** Reads the issue of `url` (again: what was read is not asked twice). */
  start(url: string): Promise<void>;
  cancel(): void;
  /** Forgets the view (the session caches stay). */
  close(): void;
}

/** The key of the issue a run is about (paper/date), to tell whether a page belongs to it. */
export const issueKey = (s: IssueRunState | null) => (s?.issue ? `${s.issue.paper}/${s.issue.date}` : s?.startUrl ?? null);

export function createIssueRun(deps: IssueRunDeps): IssueRun {
  const now = deps.now ?? (() => performance.now());
  const analyses = new Map<string, Promise<AnalyzedArticle>>();
  const listeners = new Set<(s: IssueRunState | null) => void>();
  let current: IssueRunState | null = null;
  let control: AbortController | null = null;
  let runId = 0;

  const publish = (next: IssueRunState | null) => {
    current = next;
    for (const l of listeners) l(next);
  };

  function analyse(id: string, article: ParsedArticle): Promise<AnalyzedArticle> {
    let p = analyses.get(id);
    if (!p) {
      p = deps.analyse([articleInputFromParsed(article)]).then(([a]) => {
        if (!a) throw new Error('no analysis');
        return a;
      });
      analyses.set(id, p);
      p.catch(() => analyses.delete(id));
    }
    return p;
  }

  return {
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel() {
      control?.abort();
    },
    close() {
      control?.abort();
      runId++;
      publish(null);
    },
    async start(url) {
      control?.abort();
      const me = ++runId;
      const abort = (control = new AbortController());
      const started = now();
      // A retry of the same issue keeps what is on screen while the missing parts are read.
      const keep = current && current.startUrl === url ? current : null;
      let state: IssueRunState = {
        startUrl: url,
        issue: keep?.issue ?? null,
        status: 'reading',
        problem: null,
        pages: keep?.pages ?? [],
        articles: keep?.articles ?? [],
        progress: { pages: { done: 0, total: keep?.pages.length ?? 0 }, articles: { done: 0, total: 0 } },
        elapsedMs: null,
      };
      const update = (change: Partial<IssueRunState> | ((s: IssueRunState) => Partial<IssueRunState>)) => {
        if (me !== runId) return;
        state = { ...state, ...(typeof change === 'function' ? change(state) : change) };
        publish(state);
      };
      const setArticle = (id: string, change: Partial<IssueArticleView>) =>
        update((s) => ({ articles: s.articles.map((a) => (a.id === id ? { ...a, ...change } : a)) }));
      update({});

      const pending: Promise<unknown>[] = [];
      const outcome = await deps.reader.readIssue(
        url,
        {
          onPages: (pages, progress, issue) => update({ issue, pages: pages.map((p) => ({ ...p })), progress: structuredClone(progress) }),
          onPage: (page, progress) =>
            update((s) => {
              const pages = s.pages.map((p) => (p.url === page.url ? { ...page, articles: [...page.articles] } : p));
              // Articles in page order: rebuilt from the pages, keeping what is known of each.
              const known = new Map(s.articles.map((a) => [a.id, a]));
              const articles = pages.flatMap((p) =>
                p.articles.map(
                  (l): IssueArticleView =>
                    known.get(l.id) ?? {
                      id: l.id,
                      url: l.url,
                      title: l.title ?? l.id,
                      pageUrl: p.url,
                      pageNumber: p.number,
                      pageName: p.name,
                      status: 'pending',
                      error: null,
                      analysis: null,
                    },
                ),
              );
              return { pages, articles, progress: structuredClone(progress) };
            }),
          onArticle: (read, progress) => {
            update({ progress: structuredClone(progress) });
            if (!read.article) return setArticle(read.id, { status: 'error', error: read.error });
            const title = read.article.title || read.title || read.id;
            pending.push(
              analyse(read.id, read.article).then(
                (analysis) => setArticle(read.id, { status: 'ready', error: null, analysis, title }),
                (e: unknown) => setArticle(read.id, { status: 'error', error: e instanceof Error ? e.message : String(e) }),
              ),
            );
          },
        },
        abort.signal,
      );
      await Promise.allSettled(pending);
      update({
        issue: outcome.issue,
        problem: outcome.problem,
        status: outcome.cancelled ? 'cancelled' : 'done',
        elapsedMs: now() - started,
      });
    },
  };
}
