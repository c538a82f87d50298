import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightArticle, type HighlightController } from '@/src/ui/highlights';
import { figureCard, figureValue, officialCard } from '@/src/ui/highlights/card-text';
import { MARK_CSS } from '@/src/ui/highlights/styles';
import { ARTICLE_1721201 } from './article-1721201';
import { article, figure, loadIssuePage, marksOf, official } from './helpers';

let ctl: HighlightController | null = null;
afterEach(() => {
  ctl?.destroy();
  ctl = null;
  vi.useRealTimers();
});

describe('card text', () => {
  const f = (surface: string, kind: Parameters<typeof figure>[3], normalized: Parameters<typeof figure>[4]) => figure(surface, surface, 0, kind, normalized);

  it('gives amounts in Chinese units and in full', () => {
    expect(figureValue(f('5121.9亿元', 'amount', { value: 512190000000, unit: '元' }))).toEqual({ value: '5121.9亿元', exact: '512,190,000,000 元' });
    expect(figureValue(f('8.6亿余元', 'amount', { value: 860000000, unit: '元' })).value).toBe('8.6亿元');
    expect(figureValue(f('39.90万亿元', 'amount', { value: 39.9e12, unit: '元' })).value).toBe('39.9万亿元');
    expect(figureValue(f('3.5万人', 'count', { value: 35000, unit: '人' }))).toEqual({ value: '3.5万人', exact: '35,000 人' });
    expect(figureValue(f('7902家', 'count', { value: 7902, unit: '家' }))).toEqual({ value: '7902家', exact: null });
    expect(figureValue(f('下降3.5%', 'growth', { value: -3.5, unit: '%' })).value).toBe('-3.5%');
    expect(figureValue(f('中西部第一', 'rank', { value: 1, unit: '位' })).value).toBe('第1位');
    expect(figureValue(f('一些', 'count', null)).value).toBe('一些');
  });

  it('names the kind in Chinese and keeps the printed text when it differs', () => {
    const card = figureCard({ ...f('230亿', 'amount', { value: 23e9, unit: '元' }), subject: '对巴西进出口' });
    expect(card.heading).toBe('230亿元');
    expect(card.rows).toEqual([
      ['折合', '23,000,000,000 元'],
      ['类型', '金额'],
      ['指标', '对巴西进出口'],
      ['原文', '230亿'],
    ]);
    const kinds = (['amount', 'growth', 'share', 'count', 'rank', 'date-range'] as const).map((k) => figureCard(f('1', k, null)).rows.find((r) => r[0] === '类型')![1]);
    expect(kinds).toEqual(['金额', '增速', '占比', '数量', '排名', '时段']);
    const range = { ...f('1至10月', 'date-range', null), startDate: '2024-01', endDate: '2024-10' };
    expect(figureCard(range).rows[0]).toEqual(['折合', '2024-01 至 2024-10']);
  });

  it('lists an official’s titles', () => {
    const o = official('省委常委、省委秘书长秦国文', '秦国文', ['省委常委', '省委秘书长'], [0]);
    expect(officialCard(o)).toEqual({ heading: '秦国文', rows: [['职务', '省委常委'], ['职务', '省委秘书长']] });
  });
});

describe('hover and focus card in a shadow root', () => {
  function open() {
    const { document, window } = loadIssuePage('content_1721201.htm');
    const root = document.getElementById('ozoom')!;
    ctl = highlightArticle(root, ARTICLE_1721201, { doc: document });
    const host = document.getElementById('xbzd-highlight-ui')!;
    const card = host.shadowRoot!.querySelector('.xbzd-card') as HTMLElement;
    const fire = (target: EventTarget, type: string, extra: Record<string, unknown> = {}) =>
      target.dispatchEvent(Object.assign(new window.Event(type, { bubbles: true }), extra));
    return { document, root, host, card, fire };
  }

  it('lives on a host appended to <body> with its styles inside the shadow root', () => {
    const { document, host } = open();
    expect(host.parentElement).toBe(document.body);
    expect(host.shadowRoot!.querySelector('style')!.textContent).toContain('.xbzd-card');
    expect(document.head.querySelectorAll('style#xbzd-highlight-style')).toHaveLength(1);
  });

  it('shows the figure card on hover and hides it on mouse out and on Escape', () => {
    const { document, root, card, fire } = open();
    expect(card.hidden).toBe(true);
    const mark = marksOf(root, 'figure:0')[0]!;
    fire(mark, 'mouseover');
    expect(card.hidden).toBe(false);
    expect(card.textContent).toContain('5121.9亿元');
    expect(card.textContent).toContain('512,190,000,000 元');
    expect(card.textContent).toContain('金额');
    expect(card.textContent).toContain('湖南省进出口总值');
    fire(mark, 'mouseout', { relatedTarget: root });
    expect(card.hidden).toBe(true);
    fire(mark, 'mouseover');
    fire(document, 'keydown', { key: 'Escape' });
    expect(card.hidden).toBe(true);
  });

  it('shows on keyboard focus and hides on blur', () => {
    const { root, card, fire } = open();
    const mark = marksOf(root, 'figure:1')[0]!;
    fire(mark, 'focusin');
    expect(card.hidden).toBe(false);
    expect(card.textContent).toContain('增速');
    fire(mark, 'focusout');
    expect(card.hidden).toBe(true);
  });

  it('ignores hovering the page’s own text', () => {
    const { root, card, fire } = open();
    fire(root.querySelector('p')!, 'mouseover');
    expect(card.hidden).toBe(true);
  });

  it('shows an official’s titles', () => {
    const { document, window } = loadIssuePage('content_1721209.htm');
    const text = '省委常委、省委宣传部部长杨浩东，省军区政委马永生出席。';
    const root = document.getElementById('ozoom')!;
    ctl = highlightArticle(root, article(text, [], [official(text, '杨浩东', ['省委常委', '省委宣传部部长'], [0]), official(text, '马永生', ['省军区政委'], [0])]), { doc: document });
    const mark = marksOf(root, 'official:1:0')[0]!;
    mark.dispatchEvent(new window.Event('mouseover', { bubbles: true }));
    const card = document.getElementById('xbzd-highlight-ui')!.shadowRoot!.querySelector('.xbzd-card')!;
    expect(card.querySelector('.xbzd-heading')!.textContent).toBe('马永生');
    expect(card.textContent).toContain('省军区政委');
    expect(card.className).toContain('xbzd-card-official');
  });
});

describe('focusFact', () => {
  it('scrolls the first mark into view and flashes every mark of the fact', () => {
    vi.useFakeTimers();
    const { document } = loadIssuePage('content_1721201.htm');
    const root = document.getElementById('ozoom')!;
    ctl = highlightArticle(root, ARTICLE_1721201, { doc: document });
    const mark = marksOf(root, 'figure:7')[0]!;
    const scroll = vi.fn();
    (mark as unknown as { scrollIntoView: unknown }).scrollIntoView = scroll;
    expect(ctl.focusFact('figure:7')).toBe(true);
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'smooth', block: 'center' }));
    expect(mark.classList.contains('xbzd-flash')).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(mark.classList.contains('xbzd-flash')).toBe(false);
    expect(ctl.focusFact('nope')).toBe(false);
  });

  it('with highlights off, marks the fact only for the flash and then restores the page', () => {
    vi.useFakeTimers();
    const { document } = loadIssuePage('content_1721201.htm');
    const root = document.getElementById('ozoom')!;
    const before = root.innerHTML;
    ctl = highlightArticle(root, ARTICLE_1721201, { doc: document, enabled: false });
    expect(ctl.focusFact('figure:0')).toBe(true);
    expect(marksOf(root).map((m) => m.textContent)).toEqual(['5121.9亿元']);
    vi.advanceTimersByTime(2000);
    expect(marksOf(root)).toHaveLength(0);
    expect(root.innerHTML).toBe(before);
  });
});

describe('mark styles', () => {
  it('prefix every selector with .xbzd- and never touch the box model', () => {
    const rules = MARK_CSS.replace(/@keyframes[^{]*\{(?:[^{}]*\{[^}]*\})*[^}]*\}/g, '').replace(/@media[^{]*\{/g, '');
    const selectors = [...rules.matchAll(/([^{}]+)\{[^}]*\}/g)].map((m) => m[1]!.trim()).filter(Boolean);
    expect(selectors.length).toBeGreaterThan(3);
    for (const s of selectors) for (const part of s.split(',')) expect(part.trim()).toMatch(/^\.xbzd-/);
    expect(MARK_CSS).not.toMatch(/(^|[;{])\s*(padding|margin|border(-width|-top|-bottom|-left|-right)?|line-height|font-size|display)\s*:/);
  });
});
