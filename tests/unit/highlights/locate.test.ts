import { describe, expect, it } from 'vitest';
import { factsOf } from '@/src/ui/highlights/facts';
import { locateFacts } from '@/src/ui/highlights/locate';
import { buildDomText } from '@/src/ui/highlights/text-map';
import { article, figure, pageWith } from './helpers';

const amount = (v: number) => ({ value: v, unit: '元' });

function locate(body: string, text: string, figs: ReturnType<typeof figure>[]) {
  const { document } = pageWith(`<div id="ozoom">${body}</div>`);
  const dom = buildDomText(document.getElementById('ozoom')!);
  const result = locateFacts(text, dom, factsOf(article(text, figs)));
  return { dom, ...result, at: (id: string) => result.placed.find((p) => p.fact.id === id) };
}

describe('locateFacts', () => {
  it('maps the k-th occurrence in text to the k-th in the page', () => {
    const text = '一季度增长5%。\n二季度增长5%。\n三季度增长5%。';
    const body = '<p>　　一季度增长５％。</p><p>　　二季度增长5 %。</p><p>　　三季度增长５%。</p>';
    const r = locate(body, text, [figure(text, '5%', 0, 'growth', null), figure(text, '5%', 2, 'growth', null)]);
    expect(r.missing).toEqual([]);
    expect(r.dom.text.slice(0, r.at('figure:0')!.start)).toBe('一季度增长');
    expect(r.dom.text.slice(0, r.at('figure:1')!.start)).toBe('一季度增长5%。二季度增长5%。三季度增长');
  });

  it('skips an occurrence the page has but the text lost (the dateline) by its neighbours', () => {
    const text = '12月11日，长沙举行发布会。';
    const body = '<p>　　湖南日报12月11日讯（全媒体记者 王晗）12月11日，长沙举行发布会。</p>';
    const r = locate(body, text, [figure(text, '12月11日', 0, 'date-range', null)]);
    expect(r.missing).toEqual([]);
    const p = r.at('figure:0')!;
    expect(r.dom.text.slice(p.start - 1, p.end + 1)).toBe(')12月11日,');
  });

  it('reports facts whose text is not on the page, and bad spans, instead of guessing', () => {
    const text = '进口2118.5亿元，出口3003.4亿元。';
    const body = '<p>进口2118.5亿元，出口三千亿元。</p>';
    const bad = { ...figure(text, '进口', 0, 'amount', null), start: 5, end: 99 };
    const r = locate(body, text, [figure(text, '2118.5亿元', 0, 'amount', amount(2118.5e8)), figure(text, '3003.4亿元', 0, 'amount', amount(3003.4e8)), bad]);
    expect(r.placed.map((p) => p.fact.id)).toEqual(['figure:0']);
    expect(r.missing.map((f) => f.id)).toEqual(['figure:1', 'figure:2']);
  });

  it('with fewer occurrences in the page and no agreeing neighbour, reports rather than guesses', () => {
    const text = '甲地10%。乙地10%。';
    const body = '<p>丙县10%</p>';
    const r = locate(body, text, [figure(text, '10%', 1, 'growth', null)]);
    expect(r.missing.map((f) => f.id)).toEqual(['figure:0']);
  });

  it('finds names with astral characters at the right place', () => {
    const text = '𠮷田先生说，𠮷田公司增长3%。';
    const body = '<p><span>𠮷</span>田先生说，<b>𠮷田</b>公司增长3%。</p>';
    const r = locate(body, text, [figure(text, '𠮷田', 1, 'count', null), figure(text, '3%', 0, 'growth', null)]);
    expect(r.missing).toEqual([]);
    const p = r.at('figure:0')!;
    expect(r.dom.node[p.start]!.parentNode!.nodeName).toBe('B');
    expect(r.dom.text.slice(r.at('figure:1')!.start, r.at('figure:1')!.end)).toBe('3%');
  });
});
