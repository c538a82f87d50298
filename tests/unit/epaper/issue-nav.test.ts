import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAdjacentIssues } from '@/src/epaper';
import { ROOT } from './helpers';

const DEC = readFileSync(join(ROOT, 'tests/fixtures/epaper/hnrb/html/2024-12/period.xml'));
const NOV = `<root><period><period_date>2024-11-29</period_date><front_page>node_201.htm</front_page></period>
<period><period_date>2024-11-30</period_date><front_page>node_201.htm</front_page></period></root>`;

function fakeFetch(files: Record<string, string | Buffer>) {
  const calls: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    const url = String(input);
    calls.push(url);
    const body = files[url];
    return body === undefined ? new Response('missing', { status: 404 }) : new Response(typeof body === 'string' ? body : new Uint8Array(body), { status: 200 });
  }) as typeof globalThis.fetch;
  return { fetch: fn, calls };
}

const BASE = 'http://epaper.voc.com.cn/hnrb/html/';

describe('previous and next issue from period.xml', () => {
  it('inside a month', async () => {
    const { fetch, calls } = fakeFetch({ [BASE + '2024-12/period.xml']: DEC });
    const nav = await readAdjacentIssues(BASE + '2024-12/10/node_202.htm', '2024-12-10', { fetch });
    expect(nav).toEqual({
      prev: { date: '2024-12-09', url: BASE + '2024-12/09/node_201.htm' },
      next: { date: '2024-12-11', url: BASE + '2024-12/11/node_201.htm' },
    });
    expect(calls).toEqual([BASE + '2024-12/period.xml', BASE + '2024-12/period.xml']);
  });

  it('across the month edge, with a missing next month and a shared cache', async () => {
    const { fetch, calls } = fakeFetch({ [BASE + '2024-12/period.xml']: DEC, [BASE + '2024-11/period.xml']: NOV });
    const cache = new Map<string, unknown>();
    const first = await readAdjacentIssues(BASE + '2024-12/08/content_1.htm', '2024-12-08', { fetch, cache });
    expect(first.prev).toEqual({ date: '2024-11-30', url: BASE + '2024-11/30/node_201.htm' });
    expect(first.next?.date).toBe('2024-12-09');
    const last = await readAdjacentIssues(BASE + '2024-12/12/node_202.htm', '2024-12-12', { fetch, cache });
    expect(last.next).toBeNull();
    expect(last.prev?.date).toBe('2024-12-11');
    // Each month file asked for once.
    expect([...new Set(calls)].length).toBe(calls.length);
  });

  it('a network failure leaves both sides null', async () => {
    const fetch = (async () => {
      throw new TypeError('offline');
    }) as typeof globalThis.fetch;
    expect(await readAdjacentIssues(BASE + '2024-12/10/node_202.htm', '2024-12-10', { fetch })).toEqual({ prev: null, next: null });
  });
});
