import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Career, CareerStop } from '@/src/library/career';

const stop = (i: number, titles: string[], marks: Partial<CareerStop> = {}): CareerStop => ({
  key: `content_${1700000 + i}`,
  title: `文章${i}`,
  date: `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`,
  printedAs: '沈晓明',
  titles,
  newTitles: [],
  gone: [],
  ...marks,
});

/** A leader printed in 200 saved articles, his posts changing once, at the 120th. */
const career: Career = {
  name: '沈晓明',
  variants: [],
  bodies: ['省委', '省政府'],
  stops: Array.from({ length: 200 }, (_, i) =>
    i < 120
      ? stop(i, ['省委副书记', '省长'])
      : i === 120
        ? stop(i, ['省委书记'], { newTitles: ['省委书记'], gone: [{ title: '省长', last: { key: 'content_1700119', title: '文章119', date: '2019-12-01' } }] })
        : stop(i, ['省委书记']),
  ),
};

describe('CareerTimeline', () => {
  let restore: () => void = () => {};
  beforeEach(() => {
    const { window, document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
    const g = globalThis as Record<string, unknown>;
    const saved = { window: g.window, document: g.document, navigator: g.navigator };
    Object.assign(g, { window, document, navigator: g.navigator ?? { language: 'zh-CN' } });
    restore = () => Object.assign(g, saved);
  });
  afterEach(() => restore());

  it('lists a long timeline by its changes and stretches first, all of it on request, and opens a stop', async () => {
    const { render } = await import('preact');
    const { CareerTimeline } = await import('@/src/ui/library/CareerTimeline');
    const opened: string[] = [];
    const root = document.getElementById('app')!;
    render(<CareerTimeline career={career} namesake={false} onOpen={(k) => opened.push(k)} />, root);
    const dates = () => [...root.querySelectorAll('.lib-career-date')].map((t) => t.textContent);
    // first and last of each stretch, the change between them
    expect(dates()).toEqual(['2010-01-01', '2019-12-01', '2020-01-01', '2026-08-01']);
    expect(root.querySelector('.lib-change-new')?.textContent).toBe('新任 省委书记');
    expect(root.querySelector('.lib-change-gone')?.textContent).toContain('不再署 省长');
    (root.querySelector('.lib-career-all') as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 30));
    expect(dates()).toHaveLength(200);
    (root.querySelectorAll('.lib-career-stop .lib-link')[120] as HTMLElement).click();
    expect(opened).toEqual(['content_1700120']);
    render(null, root);
  });
});
