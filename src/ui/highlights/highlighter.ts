import type { AnalyzedArticle } from '@/src/analysis/types';
import { figureCard, officialCard } from './card-text';
import { factsOf, type Fact } from './facts';
import { locateFacts } from './locate';
import { createOverlay, type Overlay } from './overlay';
import { MARK_CSS, MARK_STYLE_ID } from './styles';
import { buildDomText } from './text-map';
import { FACT_ATTR, MARK_CLASS, stripForeignMarks, wrapPlacements, type Wrapped } from './wrap';

export interface HighlightOptions {
  enabled?: boolean;
  doc?: Document;
}

export interface HighlightStats {
  placed: number;
  /** Ids of facts whose text was not found in the page. */
  missing: string[];
}

export interface HighlightController {
  setEnabled(on: boolean): void;
  /** Scroll the fact into view and flash it; false when it is not on the page. */
  focusFact(factId: string): boolean;
  /** Throw the marks away and place them again (e.g. after the page changed its text). */
  refresh(): void;
  /** Remove every mark, the legend, the card and every listener; the page's text as before. */
  destroy(): void;
  readonly stats: HighlightStats;
}

const FLASH_MS = 1800;
/** Re-applications allowed per second before the observer gives up (a page script fighting us). */
const MAX_REAPPLY_PER_SECOND = 8;

export function highlightArticle(root: Element, article: AnalyzedArticle, opts: HighlightOptions = {}): HighlightController {
  const doc = opts.doc ?? root.ownerDocument;
  const win = doc.defaultView;
  const rootId = root.id || 'ozoom';
  const facts = factsOf(article);
  const byId = new Map<string, Fact>(facts.map((f) => [f.id, f]));
  let enabled = opts.enabled ?? true;
  let wrapped: Wrapped | null = null;
  let ours = new Set<Element>();
  let flashWrap: Wrapped | null = null;
  let destroyed = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const stats: HighlightStats = { placed: 0, missing: [] };

  let style = doc.getElementById(MARK_STYLE_ID);
  const ownStyle = !style;
  if (!style) {
    style = doc.createElement('style');
    style.id = MARK_STYLE_ID;
    style.textContent = MARK_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const overlay: Overlay = createOverlay(doc);

  // --- observing the page's re-renders (放大/缩小 may rewrite #ozoom) ---
  const MO = (win as (Window & typeof globalThis) | null)?.MutationObserver ?? globalThis.MutationObserver;
  const observer = typeof MO === 'function' ? new MO(onMutations) : null;
  let reapplied: number[] = [];
  const observe = () => {
    if (!observer || !enabled || destroyed) return;
    observer.observe(root, { childList: true, subtree: true });
    if (root.parentNode) observer.observe(root.parentNode, { childList: true });
  };
  /** Run a DOM change of our own without hearing it back. */
  const quietly = (change: () => void) => {
    observer?.disconnect();
    try {
      change();
    } finally {
      observe();
    }
  };

  function onMutations() {
    if (!enabled || destroyed) return;
    if (!root.isConnected) {
      const next = doc.getElementById(rootId);
      if (!next) return;
      root = next;
    } else if (wrapped && [...ours].every((m) => m.isConnected && root.contains(m))) {
      return; // our marks are all still there: a change elsewhere in the article
    }
    const now = Date.now();
    reapplied = reapplied.filter((t) => now - t < 1000);
    if (reapplied.length >= MAX_REAPPLY_PER_SECOND) {
      observer?.disconnect();
      return;
    }
    reapplied.push(now);
    apply();
  }

  function apply() {
    if (!root.isConnected) root = doc.getElementById(rootId) ?? root;
    quietly(() => {
      removeMarks();
      stripForeignMarks(root, ours);
      const dom = buildDomText(root);
      const { placed, missing } = locateFacts(article.text, dom, facts);
      wrapped = wrapPlacements(doc, dom, placed);
      ours = new Set([...wrapped.marks.values()].flat());
      stats.placed = placed.length;
      stats.missing = missing.map((f) => f.id);
    });
    overlay.setLegend({
      figures: facts.filter((f) => f.kind === 'figure' && !stats.missing.includes(f.id)).length,
      officials: new Set(facts.filter((f) => f.kind === 'official' && !stats.missing.includes(f.id)).map((f) => f.id.split(':')[1])).size,
    });
  }

  function removeMarks() {
    clearFlashMarks();
    wrapped?.restore();
    wrapped = null;
    ours = new Set();
  }

  function clearFlashMarks() {
    flashWrap?.restore();
    flashWrap = null;
  }

  // --- hover / focus card ---
  const markOf = (target: EventTarget | null): HTMLElement | null => {
    const el = target as Element | null;
    const mark = el && typeof el.closest === 'function' ? el.closest(`.${MARK_CLASS}`) : null;
    return mark && ours.has(mark) ? (mark as HTMLElement) : null;
  };
  const show = (mark: HTMLElement) => {
    const fact = byId.get(mark.getAttribute(FACT_ATTR) ?? '');
    if (!fact) return;
    overlay.showCard(mark, fact.kind, fact.kind === 'figure' ? figureCard(fact.figure) : officialCard(fact.official));
  };
  let shownBy: 'hover' | 'focus' | null = null;
  const onOver = (e: Event) => {
    const mark = markOf(e.target);
    if (mark) {
      shownBy = 'hover';
      show(mark);
    }
  };
  const onOut = (e: Event) => {
    const from = markOf(e.target);
    const to = markOf((e as MouseEvent).relatedTarget);
    if (from && shownBy === 'hover' && (!to || to.getAttribute(FACT_ATTR) !== from.getAttribute(FACT_ATTR))) hide();
  };
  const onFocusIn = (e: Event) => {
    const mark = markOf(e.target);
    if (mark) {
      shownBy = 'focus';
      show(mark);
    }
  };
  const onFocusOut = (e: Event) => {
    if (markOf(e.target) && shownBy === 'focus') hide();
  };
  const onKey = (e: Event) => {
    if ((e as KeyboardEvent).key === 'Escape' && overlay.cardVisible) hide();
  };
  const hide = () => {
    shownBy = null;
    overlay.hideCard();
  };
  const listeners: Array<[string, (e: Event) => void]> = [
    ['mouseover', onOver],
    ['mouseout', onOut],
    ['focusin', onFocusIn],
    ['focusout', onFocusOut],
    ['keydown', onKey],
  ];
  // On the document, so a replaced #ozoom needs no re-binding.
  listeners.forEach(([type, fn]) => doc.addEventListener(type, fn, true));

  // --- focusing a fact from the panel ---
  const later = (fn: () => void, ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  function flash(marks: HTMLElement[]) {
    const first = marks[0]!;
    const reduce = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (typeof first.scrollIntoView === 'function') first.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'center', inline: 'nearest' });
    for (const m of marks) {
      m.classList.remove('xbzd-flash');
      void m.getBoundingClientRect?.(); // restart the animation when it is already running
      m.classList.add('xbzd-flash');
    }
    later(() => marks.forEach((m) => m.classList.remove('xbzd-flash')), FLASH_MS);
  }

  function focusFact(factId: string): boolean {
    if (destroyed || !byId.has(factId)) return false;
    if (enabled) {
      if (!wrapped || ![...ours].every((m) => m.isConnected)) apply();
      const id = wrapped?.aliases.get(factId) ?? factId;
      const marks = wrapped?.marks.get(id);
      if (!marks?.length) return false;
      flash(marks);
      return true;
    }
    // Highlights off: mark just this fact for the length of the flash, then put the text back.
    clearFlashMarks();
    const { placed } = locateFacts(article.text, buildDomText(root), [byId.get(factId)!]);
    if (!placed.length) return false;
    const temp = wrapPlacements(doc, buildDomText(root), placed);
    flashWrap = temp;
    flash(temp.marks.get(factId)!);
    later(() => {
      if (flashWrap === temp) clearFlashMarks();
    }, FLASH_MS);
    return true;
  }

  if (enabled) apply();

  return {
    stats,
    setEnabled(on) {
      if (destroyed || on === enabled) return;
      enabled = on;
      if (on) {
        apply();
      } else {
        observer?.disconnect();
        hide();
        removeMarks();
        overlay.setLegend(null);
      }
    },
    focusFact,
    refresh() {
      if (!destroyed && enabled) apply();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer?.disconnect();
      timers.forEach(clearTimeout);
      timers.clear();
      listeners.forEach(([type, fn]) => doc.removeEventListener(type, fn, true));
      removeMarks();
      overlay.destroy();
      if (ownStyle) style.remove();
    },
  };
}
