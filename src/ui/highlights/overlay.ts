import type { CardText } from './card-text';
import { SHADOW_CSS } from './styles';

export const HOST_ID = 'xbzd-highlight-ui';

export interface Overlay {
  host: HTMLElement;
  setLegend(counts: { figures: number; officials: number } | null): void;
  showCard(anchor: Element, kind: 'figure' | 'official', text: CardText): void;
  hideCard(): void;
  readonly cardVisible: boolean;
  destroy(): void;
}

/**
 * The legend and the hover/focus card, in an open shadow root on a host appended to <body>.
 * Everything is built with createElement/textContent: fact text is data.
 */
export function createOverlay(doc: Document): Overlay {
  const win = doc.defaultView;
  const host = doc.createElement('xbzd-highlight-ui');
  host.id = HOST_ID;
  // Inline, so page rules on unknown elements cannot move or hide the host.
  host.setAttribute('style', 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;display:block');
  const shadow = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const style = el('style');
  style.textContent = SHADOW_CSS;
  const ui = el('div', 'xbzd-ui');
  shadow.append(style, ui);

  const legend = el('div', 'xbzd-legend');
  legend.setAttribute('role', 'note');
  legend.setAttribute('aria-label', '湘报助读高亮图例');
  legend.hidden = true;
  const figKey = el('span', 'xbzd-key');
  const offKey = el('span', 'xbzd-key');
  const close = el('button', 'xbzd-close', '×');
  close.setAttribute('type', 'button');
  close.setAttribute('aria-label', '隐藏图例');
  close.addEventListener('click', () => {
    legend.hidden = true;
    legendClosed = true;
  });
  legend.append(el('span', 'xbzd-name', '湘报助读'), figKey, offKey, close);
  let legendClosed = false;

  const card = el('div', 'xbzd-card');
  card.setAttribute('role', 'tooltip');
  card.setAttribute('aria-live', 'polite');
  card.hidden = true;
  ui.append(legend, card);
  doc.body.appendChild(host);

  let anchor: Element | null = null;
  const place = () => {
    if (!anchor || !win) return;
    const r = anchor.getBoundingClientRect?.();
    if (!r) return;
    const w = card.offsetWidth || 0;
    const h = card.offsetHeight || 0;
    const vw = win.innerWidth || 0;
    const vh = win.innerHeight || 0;
    let top = r.bottom + 6;
    if (h && top + h > vh - 4 && r.top - h - 6 >= 4) top = r.top - h - 6;
    const left = Math.max(4, Math.min(r.left, vw - w - 4));
    card.style.transform = `translate(${Math.round(left)}px,${Math.round(top)}px)`;
  };
  const onScroll = () => place();

  const key = (span: HTMLElement, kind: string, label: string, n: number) => {
    span.replaceChildren(el('span', `xbzd-swatch xbzd-swatch-${kind}`), doc.createTextNode(`${label} ${n}`));
    span.hidden = n === 0;
  };

  const hideCard = () => {
    if (card.hidden) return;
    card.hidden = true;
    anchor = null;
    win?.removeEventListener('scroll', onScroll, true);
    win?.removeEventListener('resize', onScroll);
  };

  return {
    host,
    setLegend(counts) {
      if (!counts) {
        legend.hidden = true;
        return;
      }
      key(figKey, 'figure', '数字', counts.figures);
      key(offKey, 'official', '领导', counts.officials);
      legend.hidden = legendClosed || counts.figures + counts.officials === 0;
    },
    showCard(target, kind, text) {
      const dl = el('dl', 'xbzd-rows');
      for (const [label, value] of text.rows) dl.append(el('dt', undefined, label), el('dd', undefined, value));
      card.className = `xbzd-card xbzd-card-${kind}`;
      card.replaceChildren(el('p', 'xbzd-heading', text.heading), dl);
      if (card.hidden) {
        win?.addEventListener('scroll', onScroll, { capture: true, passive: true });
        win?.addEventListener('resize', onScroll, { passive: true });
      }
      card.hidden = false;
      anchor = target;
      place();
    },
    hideCard,
    get cardVisible() {
      return !card.hidden;
    },
    destroy() {
      hideCard();
      host.remove();
    },
  };
}
