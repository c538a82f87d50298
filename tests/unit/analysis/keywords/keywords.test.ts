import { describe, expect, it } from 'vitest';
import { extractKeywords, idfOf, STOP_WORDS } from '@/src/analysis/keywords';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

describe('keywords', { timeout: 60_000 }, () => {
  const seg = nodeSegmenter();
  const text =
    '长沙海关今天发布，今年前11个月，湖南省进出口总值5121.9亿元。其中，出口3003.4亿元，进口2118.5亿元。' +
    '民营企业进出口3969.6亿元，占进出口总值的77.5%。对非洲国家进出口473亿元，贸易规模继续稳居中西部第一。';

  it('ranks the article\'s own topic words above common news words', async () => {
    const kw = extractKeywords(await seg.tag(text), { title: '前11个月我省进出口5121.9亿元' });
    expect(kw[0]).toBe('进出口');
    expect(kw.length).toBeLessThanOrEqual(8);
    for (const w of kw) {
      expect(w.length).toBeGreaterThanOrEqual(2);
      expect(STOP_WORDS.has(w)).toBe(false);
      expect(/[0-9]/.test(w)).toBe(false);
    }
  });

  it('takes names found in the text as whole keywords, over the pieces the segmenter cut', async () => {
    const t = '省委常委、省委秘书长秦国文出席。秦国文强调，要抢抓政策机遇。秦国文指出，要聚焦自主创新。';
    const kw = extractKeywords(await seg.tag(t), { text: t, names: ['秦国文'] });
    expect(kw).toContain('秦国文');
    expect(kw.filter((w) => '秦国文'.includes(w) && w !== '秦国文')).toEqual([]);
  });

  it('keeps a small table where common words weigh less than rare ones', () => {
    expect(idfOf('发展')).toBeLessThan(idfOf('锂电池'));
    expect(idfOf('进出口')).toBeLessThan(idfOf('平板显示模组'));
  });

  it('gives nothing for a text without content words', async () => {
    expect(extractKeywords(await seg.tag('的了和。'))).toEqual([]);
  });
});
