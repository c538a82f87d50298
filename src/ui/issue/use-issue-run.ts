import { useEffect, useState } from 'preact/hooks';
import { analyseArticles } from '@/src/engine/articles-client';
import { createIssueReader } from '@/src/epaper/issue-reader';
import { createIssueRun, type IssueRun, type IssueRunState } from '@/src/issue/issue-run';

/**
 * The panel's one 读全期, for as long as the panel is open: pages and articles are cached here for
 * the session (a second read, a retry or a resume asks the site only for what is missing). The
 * panel may fetch the e-paper's pages itself: the manifest's host permissions cover exactly the
 * e-paper's hosts, and the reader keeps to the tab's origin.
 */
let run: IssueRun | null = null;

export function issueRun(): IssueRun {
  run ??= createIssueRun({
    reader: createIssueReader({
      fetch: (input, init) => fetch(input, init),
      parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
      cache: new Map(),
    }),
    analyse: async (inputs) => (await analyseArticles(inputs)).articles.map((a) => a.analysis),
  });
  return run;
}

export function useIssueRun(): IssueRunState | null {
  const [state, setState] = useState<IssueRunState | null>(() => run?.state() ?? null);
  useEffect(() => {
    const r = issueRun();
    setState(r.state());
    return r.subscribe(setState);
  }, []);
  return state;
}
