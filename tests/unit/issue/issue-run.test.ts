import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, ArticleInput } from '@/src/analysis/types';
import { createIssueReader } from '@/src/epaper/issue-reader';
import { createIssueRun, type IssueRunState } from '@/src/issue/issue-run';
import { ROOT, docOf } from '../epaper/helpers';

const DIR = join(ROOT, 'tests/fixtures/epaper/hnrb/html/2024-12/13');
const START = 'http://epaper.voc.com.cn/hnrb/html/2024-12/13/node_203.htm';

const fetch = (async (input: RequestInfo | URL) => {
  const file = join(DIR, new URL(String(input)).pathname.split('/').pop()!);
  await new Promise((ok) => setTimeout(ok, 1));
  return existsSync(file) ? new Response(readFileSync(file), { headers: { 'content-type': 'text/html; charset=utf-8' } }) : new Response('', { status: 404 });
}) as typeof globalThis.fetch;

function fakeAnalyse() {
  const calls: string[] = [];
  const analyse = async (inputs: ArticleInput[]) =>
    inputs.map((i): AnalyzedArticle => {
      calls.push(i.id);
      return { id: i.id, title: i.title, introTitle: null, subTitle: null, continuedFrom: null, dateline: null, journalists: [], text: i.body, figures: [], officials: [], people: [], places: [], orgs: [], keywords: [], summary: [] };
    });
  return { analyse, calls };
}

describe('issue run', () => {
  it('reads and analyses the issue in page order, says which page failed, and analyses nothing twice', async () => {
    const { analyse, calls } = fakeAnalyse();
    const run = createIssueRun({ reader: createIssueReader({ fetch, parseHtml: docOf, cache: new Map() }), analyse });
    const seen: Array<IssueRunState | null> = [];
    run.subscribe((s) => seen.push(s));
    await run.start(START);
    const state = run.state()!;
    expect(state.status).toBe('done');
    expect(state.issue).toEqual({ paper: 'hnrb', date: '2024-12-13' });
    expect(state.articles).toHaveLength(23);
    expect(state.articles.every((a) => a.status === 'ready' && a.analysis)).toBe(true);
    expect(state.articles.map((a) => a.pageNumber)).toEqual([...'111111222222333333'.split(''), '4', '4', '4', '4', '4'].map((n) => `0${n}`));
    expect(state.pages.filter((p) => p.status === 'failed').map((p) => [p.number, p.name, p.error])).toEqual([['05', '文化', 'HTTP 404']]);
    expect(state.elapsedMs).toBeGreaterThan(0);
    expect(seen.some((s) => s?.status === 'reading' && s.progress.articles.done > 0 && s.progress.articles.done < 23)).toBe(true);

    await run.start(START); // the retry: cached pages, cached analyses
    expect(calls).toHaveLength(23);
    expect(run.state()!.articles.filter((a) => a.analysis)).toHaveLength(23);
  });

  it('cancels, keeps what it read, and closes', async () => {
    const { analyse } = fakeAnalyse();
    const run = createIssueRun({ reader: createIssueReader({ fetch, parseHtml: docOf, cache: new Map() }), analyse });
    run.subscribe((s) => {
      if (s?.status === 'reading' && s.progress.articles.done >= 3) run.cancel();
    });
    await run.start(START);
    const state = run.state()!;
    expect(state.status).toBe('cancelled');
    expect(state.progress.articles.done).toBeLessThan(23);
    run.close();
    expect(run.state()).toBeNull();
  });
});
