import { describe, expect, it } from 'vitest';
import { buildDomText, foldChar, foldString, isSpace } from '@/src/ui/highlights/text-map';
import { pageWith } from './helpers';

describe('foldChar', () => {
  it('folds the full-width ASCII block and the ideographic space, one unit to one', () => {
    expect(String.fromCharCode(foldChar('５'.charCodeAt(0)))).toBe('5');
    expect(String.fromCharCode(foldChar('％'.charCodeAt(0)))).toBe('%');
    expect(String.fromCharCode(foldChar('Ａ'.charCodeAt(0)))).toBe('A');
    expect(String.fromCharCode(foldChar('．'.charCodeAt(0)))).toBe('.');
    expect(foldChar(0x3000)).toBe(0x20);
    expect(String.fromCharCode(foldChar('亿'.charCodeAt(0)))).toBe('亿');
    expect(String.fromCharCode(foldChar('。'.charCodeAt(0)))).toBe('。');
  });
});

describe('foldString', () => {
  it('drops whitespace and keeps a map back to source offsets', () => {
    const s = '　　总值 ５１２１．９亿元\n其中';
    const f = foldString(s);
    expect(f.text).toBe('总值5121.9亿元其中');
    expect(f.pos.map((p) => s[p]).join('')).toBe('总值５１２１．９亿元其中');
    expect(f.at[0]).toBe(0); // the indent maps forward to the first kept character
    expect(f.at[s.indexOf('５')]).toBe(2);
    expect(f.at[s.length]).toBe(f.text.length);
  });

  it('keeps astral characters as their two UTF-16 units, so later offsets do not drift', () => {
    const s = '𠮷野 家 3亿元';
    const f = foldString(s);
    expect(f.text).toBe('𠮷野家3亿元');
    expect(f.at[s.indexOf('3')]).toBe('𠮷野家'.length);
    expect(f.text.slice(f.at[s.indexOf('3')], f.at[s.length])).toBe('3亿元');
  });
});

describe('buildDomText', () => {
  it('reads text nodes across elements, skipping whitespace, &nbsp;, U+3000 and scripts', () => {
    const { document } = pageWith(
      '<div id="ozoom"><P>&nbsp;&nbsp;前１１个月，<font color="red">总值<span>５１２１.９</span></font>亿元<br>\n　　第二行</P><script>var x = "不算";</script><p>𠮷 田</p></div>',
    );
    const dom = buildDomText(document.getElementById('ozoom')!);
    expect(dom.text).toBe('前11个月,总值5121.9亿元第二行𠮷田');
    // Every folded character points back at the DOM character it came from.
    const back = dom.node.map((n, i) => String.fromCharCode(foldChar(n.data.charCodeAt(dom.offset[i]!)))).join('');
    expect(back).toBe(dom.text);
    const i = dom.text.indexOf('5121');
    expect(dom.node[i]!.parentNode!.nodeName).toBe('SPAN');
    expect(dom.offset[i]).toBe(0);
    const astral = dom.text.indexOf('𠮷');
    expect(dom.node[astral]).toBe(dom.node[astral + 1]);
    expect(dom.offset[astral + 1]).toBe(dom.offset[astral]! + 1);
  });
});

describe('isSpace', () => {
  it('agrees with /\\s/ over the BMP', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
