import { describe, expect, it } from 'vitest';
import { highlightArticle } from '@/src/ui/highlights';
import { foldString } from '@/src/ui/highlights/text-map';
import { ARTICLE_1721201, DATELINE_1721201, TEXT_1721201 } from './article-1721201';
import { article, loadIssuePage, markedText, marksOf, official, structure } from './helpers';

/** Folded characters of the root before `node`: where the node starts in the page's own reading. */
function foldedIndexOf(root: Element, node: Node): number {
  let count = 0;
  let found = false;
  const walk = (n: Node) => {
    for (let c = n.firstChild; c && !found; c = c.nextSibling) {
      if (c === node) {
        found = true;
        return;
      }
      if (c.nodeType === 3) count += foldString((c as Text).data).text.length;
      else walk(c);
    }
  };
  walk(root);
  if (!found) throw new Error('node not under root');
  return count;
}

describe('highlightArticle on content_1721201 (offline issue)', () => {
  it('places every fact on exactly its characters', () => {
    const { document } = loadIssuePage('content_1721201.htm');
    const root = document.getElementById('ozoom')!;
    const ctl = highlightArticle(root, ARTICLE_1721201, { doc: document });
    expect(ctl.stats.missing).toEqual([]);
    expect(ctl.stats.placed).toBe(ARTICLE_1721201.figures.length);

    const folded = foldString(TEXT_1721201);
    const skip = foldString(DATELINE_1721201).text.length; // the page prints the dateline first
    ARTICLE_1721201.figures.forEach((f, i) => {
      const id = `figure:${i}`;
      expect(markedText(root, id)).toBe(f.text);
      const first = marksOf(root, id)[0]!;
      expect(foldedIndexOf(root, first) - skip).toBe(folded.at[f.start]);
      expect(first.className).toBe('xbzd-mark xbzd-figure');
      expect(first.getAttribute('tabindex')).toBe('0');
    });
    // The fourth 前11个月 is in the fourth paragraph; the second 中西部第一 follows 稳居.
    const paragraphs = [...root.querySelectorAll('p')];
    expect(paragraphs.indexOf(marksOf(root, 'figure:5')[0]!.parentElement as HTMLParagraphElement)).toBe(3);
    expect(marksOf(root, 'figure:4')[0]!.previousSibling!.textContent!.endsWith('稳居')).toBe(true);
    ctl.destroy();
  });

  it('destroy() leaves the text and structure exactly as before, and removes style, legend and card', () => {
    const { document } = loadIssuePage('content_1721201.htm');
    const root = document.getElementById('ozoom')!;
    const before = structure(root);
    const bodyKids = document.body.childNodes.length;
    const ctl = highlightArticle(root, ARTICLE_1721201, { doc: document });
    expect(structure(root)).not.toBe(before);
    expect(document.getElementById('xbzd-highlight-style')).not.toBeNull();
    expect(document.getElementById('xbzd-highlight-ui')).not.toBeNull();
    ctl.destroy();
    expect(structure(root)).toBe(before);
    expect(document.body.childNodes.length).toBe(bodyKids);
    expect(document.getElementById('xbzd-highlight-style')).toBeNull();
    expect(document.getElementById('xbzd-highlight-ui')).toBeNull();
    expect(ctl.focusFact('figure:0')).toBe(false);
  });

  it('setEnabled(false) restores the page and hides the legend; setEnabled(true) puts the marks back', () => {
    const { document } = loadIssuePage('content_1721201.htm');
    const root = document.getElementById('ozoom')!;
    const before = structure(root);
    const ctl = highlightArticle(root, ARTICLE_1721201, { doc: document });
    const legend = document.getElementById('xbzd-highlight-ui')!.shadowRoot!.querySelector('.xbzd-legend') as HTMLElement;
    expect(legend.hidden).toBe(false);
    expect(legend.textContent).toContain('数字 8');
    ctl.setEnabled(false);
    expect(structure(root)).toBe(before);
    expect(marksOf(root)).toHaveLength(0);
    expect(legend.hidden).toBe(true);
    ctl.setEnabled(true);
    expect(marksOf(root).length).toBeGreaterThanOrEqual(8);
    expect(markedText(root, 'figure:0')).toBe('5121.9亿元');
    expect(legend.hidden).toBe(false);
    ctl.refresh();
    expect(marksOf(root, 'figure:0')).toHaveLength(1);
    ctl.destroy();
    expect(structure(root)).toBe(before);
  });

  it('starts with nothing on the page when created disabled', () => {
    const { document } = loadIssuePage('content_1721201.htm');
    const root = document.getElementById('ozoom')!;
    const before = structure(root);
    const ctl = highlightArticle(root, ARTICLE_1721201, { doc: document, enabled: false });
    expect(structure(root)).toBe(before);
    ctl.setEnabled(true);
    expect(ctl.stats.placed).toBe(8);
    ctl.destroy();
  });
});

describe('officials on content_1721204', () => {
  it('marks each mention of an official with its own id', () => {
    const { document } = loadIssuePage('content_1721204.htm');
    const root = document.getElementById('ozoom')!;
    const text = [
      '今天，2024第二届国家新一代自主安全计算系统产业集群融通生态大会在长沙开幕。省委常委、省委秘书长秦国文，中国工程院院士宋君强出席。',
      '秦国文强调，要进一步形成思想共识。',
    ].join('\n');
    const a = article(text, [], [official(text, '秦国文', ['省委常委', '省委秘书长'], [0, 1]), official(text, '李四', ['省长'], [])]);
    const ctl = highlightArticle(root, a, { doc: document });
    expect(ctl.stats.missing).toEqual([]);
    expect(markedText(root, 'official:0:0')).toBe('秦国文');
    expect(markedText(root, 'official:0:1')).toBe('秦国文');
    const ps = [...root.querySelectorAll('p')];
    expect(ps.indexOf(marksOf(root, 'official:0:0')[0]!.parentElement as HTMLParagraphElement)).toBe(0);
    // The text skipped two paragraphs of the page: the mention still lands in the fourth.
    expect(ps.indexOf(marksOf(root, 'official:0:1')[0]!.parentElement as HTMLParagraphElement)).toBe(3);
    expect(marksOf(root, 'official:0:1')[0]!.className).toBe('xbzd-mark xbzd-official');
    const legend = document.getElementById('xbzd-highlight-ui')!.shadowRoot!.querySelector('.xbzd-legend')!;
    expect(legend.textContent).toContain('领导 1');
    ctl.destroy();
  });
});
