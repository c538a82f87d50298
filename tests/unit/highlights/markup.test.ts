import { afterEach, describe, expect, it } from 'vitest';
import { highlightArticle, type HighlightController } from '@/src/ui/highlights';
import { article, figure, markedText, marksOf, official, pageWith, structure } from './helpers';

let ctl: HighlightController | null = null;
afterEach(() => ctl?.destroy());

function setup(body: string, text: string, figs = [] as ReturnType<typeof figure>[], offs = [] as ReturnType<typeof official>[]) {
  const { document, window } = pageWith(`<div id="ozoom">${body}</div>`);
  const root = document.getElementById('ozoom')!;
  const before = structure(root);
  ctl = highlightArticle(root, article(text, figs, offs), { doc: document });
  return { document, window, root, before, ctl };
}

describe('wrapping across the e-paper markup', () => {
  it('wraps a fact split over nested <font>/<span> once per text node, never around an element', () => {
    const text = '总值5121.9亿元。';
    const { root, before, ctl } = setup('<P>&nbsp;&nbsp;总值<font color="red">51<span>21</span>.9</font>亿元。</P>', text, [
      figure(text, '5121.9亿元', 0, 'amount', { value: 512190000000, unit: '元' }),
    ]);
    const marks = marksOf(root, 'figure:0');
    expect(marks.map((m) => m.textContent)).toEqual(['51', '21', '.9', '亿元']);
    expect(marks.map((m) => m.parentElement!.tagName)).toEqual(['FONT', 'SPAN', 'FONT', 'P']);
    for (const m of marks) expect(m.children).toHaveLength(0);
    ctl.destroy();
    expect(structure(root)).toBe(before);
  });

  it('keeps links whole: marks go inside the <a>, never around it', () => {
    const text = '详见湖南日报报道，进口2118.5亿元。';
    const { root, before, ctl } = setup('<p>详见<a href="http://example.com/x">湖南日报报道，进口2118.5</a>亿元。</p>', text, [
      figure(text, '2118.5亿元', 0, 'amount', null),
    ]);
    const a = root.querySelector('a')!;
    expect(a.parentElement!.tagName).toBe('P');
    expect(a.closest('mark')).toBeNull();
    const marks = marksOf(root, 'figure:0');
    expect(marks.map((m) => m.parentElement!.tagName)).toEqual(['A', 'P']);
    expect(a.getAttribute('href')).toBe('http://example.com/x');
    ctl.destroy();
    expect(structure(root)).toBe(before);
  });

  it('reads <br>-separated lines, full-width digits and &nbsp; indents', () => {
    const text = '第一行。\n增长１２．５％，\n总值３００亿元。';
    const { root } = setup('&nbsp;&nbsp;第一行。<br>&#12288;&#12288;增长１２．５％，<br>总值３００亿元。', text, [
      figure(text, '１２．５％', 0, 'growth', { value: 12.5, unit: '%' }),
      figure(text, '３００亿元', 0, 'amount', null),
    ]);
    expect(markedText(root, 'figure:0')).toBe('１２．５％');
    expect(markedText(root, 'figure:1')).toBe('３００亿元');
  });

  it('matches a cleaned ASCII text against full-width page characters', () => {
    const text = '同比增长12.5%。';
    const { root, ctl } = setup('<p>　　同比增长１２．５％。</p>', text, [figure(text, '12.5%', 0, 'growth', null)]);
    expect(ctl.stats.placed).toBe(1);
    expect(markedText(root, 'figure:0')).toBe('１２．５％');
  });

  it('marks two facts in one text node and restores the node whole', () => {
    const text = '出口3003.4亿元，进口2118.5亿元。';
    const { root, before, ctl } = setup('<p>出口3003.4亿元，进口2118.5亿元。</p>', text, [
      figure(text, '3003.4亿元', 0, 'amount', null),
      figure(text, '2118.5亿元', 0, 'amount', null),
    ]);
    const p = root.querySelector('p')!;
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['出口', '3003.4亿元', '，进口', '2118.5亿元', '。']);
    ctl.destroy();
    expect(structure(root)).toBe(before);
    expect(root.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('gives an overlapped fact the marks of the fact that covers it', () => {
    const text = '全省增长10.5%。';
    const { root, ctl } = setup('<p>全省增长10.5%。</p>', text, [figure(text, '增长10.5%', 0, 'growth', null), figure(text, '10.5%', 0, 'growth', null)]);
    expect(marksOf(root)).toHaveLength(1);
    expect(ctl.stats.placed).toBe(2);
    expect(ctl.focusFact('figure:1')).toBe(true);
  });

  it('reports facts missing from the page by id', () => {
    const text = '进口2118.5亿元，省长张三出席。';
    const { ctl } = setup('<p>进口2118.5亿元。</p>', text, [figure(text, '2118.5亿元', 0, 'amount', null)], [official(text, '张三', ['省长'], [0])]);
    expect(ctl.stats.placed).toBe(1);
    expect(ctl.stats.missing).toEqual(['official:0:0']);
    expect(ctl.focusFact('official:0:0')).toBe(false);
    expect(ctl.focusFact('figure:9')).toBe(false);
  });
});

describe('page text stays data', () => {
  it('never assigns markup: a fact that reads like a tag is wrapped as text', () => {
    const text = '标题<img src=x onerror=alert(1)>增长10%。';
    const { document, window } = pageWith('<div id="ozoom"><p>标题&lt;img src=x onerror=alert(1)&gt;增长10%。</p></div>');
    const root = document.getElementById('ozoom')!;
    // Any innerHTML / outerHTML / insertAdjacentHTML write while highlighting fails the test.
    const writes: string[] = [];
    const restore: Array<() => void> = [];
    for (let proto = Object.getPrototypeOf(root); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of ['innerHTML', 'outerHTML']) {
        const d = Object.getOwnPropertyDescriptor(proto, name);
        if (!d?.set) continue;
        Object.defineProperty(proto, name, { ...d, set(v: string) { writes.push(name); d.set!.call(this, v); } });
        restore.push(() => Object.defineProperty(proto, name, d));
      }
      const ia = Object.getOwnPropertyDescriptor(proto, 'insertAdjacentHTML');
      if (ia?.value) {
        Object.defineProperty(proto, 'insertAdjacentHTML', { ...ia, value(...args: unknown[]) { writes.push('insertAdjacentHTML'); return ia.value.apply(this, args); } });
        restore.push(() => Object.defineProperty(proto, 'insertAdjacentHTML', ia));
      }
    }
    expect(restore.length).toBeGreaterThan(0); // the trap is really set
    try {
      const f = { ...figure(text, '<img src=x onerror=alert(1)>', 0, 'count', null), subject: '<b>粗</b><img src=y>' };
      ctl = highlightArticle(root, article(text, [f]), { doc: document });
      expect(markedText(root, 'figure:0')).toBe('<img src=x onerror=alert(1)>');
      expect(root.querySelector('img')).toBeNull();
      const mark = marksOf(root, 'figure:0')[0]!;
      mark.dispatchEvent(new window.Event('mouseover', { bubbles: true }));
      const card = document.getElementById('xbzd-highlight-ui')!.shadowRoot!.querySelector('.xbzd-card')!;
      expect(card.textContent).toContain('<b>粗</b><img src=y>');
      expect(card.querySelector('b, img')).toBeNull();
      ctl.destroy();
      ctl = null;
    } finally {
      restore.forEach((r) => r());
    }
    expect(writes).toEqual([]);
  });
});
