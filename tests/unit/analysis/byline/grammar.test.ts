import { describe, expect, it } from 'vitest';
import { creditName, isBylineLine, isCreditLine, readCredit } from '@/src/analysis/byline';

// Credit forms as the paper and reposting sites print them (made-up names).
describe('the credit grammar', () => {
  it('reads labels before names: 作者:X 摄影 Y', () => {
    expect(readCredit('作者:周一鸣 摄影 郑小川').journalists).toEqual([
      { name: '周一鸣', role: '作者' },
      { name: '郑小川', role: '摄影' },
    ]);
  });

  it('makes the names before 摄影报道 photographers, and never takes the verb as a name', () => {
    const c = readCredit('黄文杰 刘晓晨 摄影报道');
    expect(c.journalists).toEqual([
      { name: '黄文杰', role: '摄影' },
      { name: '刘晓晨', role: '摄影' },
    ]);
    expect(c.journalists.map((j) => j.name)).not.toContain('报道');
  });

  it('reads an outlet with a middle dot, a role and a closing 报道', () => {
    expect(readCredit('湖南日报·新湖南客户端记者 陶思远 报道').journalists).toEqual([{ name: '陶思远', role: '记者' }]);
  });

  it('reads trainee and special roles, fused or spaced', () => {
    expect(readCredit('见习记者邓佳 实习生 苗雨桐 特约记者 邹林').journalists).toEqual([
      { name: '邓佳', role: '见习记者' },
      { name: '苗雨桐', role: '实习生' },
      { name: '邹林', role: '特约记者' },
    ]);
  });

  it('prefers the longest role after an outlet (湖南日报全媒体评论员)', () => {
    expect(readCredit('湖南日报全媒体评论员 黎明').journalists).toEqual([{ name: '黎明', role: '全媒体评论员' }]);
  });

  it('wants a surname for a name', () => {
    expect(creditName('彭可心')).toBe(true);
    expect(creditName('报道')).toBe(false);
    expect(creditName('的时候')).toBe(false);
  });

  it('tells a byline line from a sentence and from a photo credit', () => {
    expect(isCreditLine('记者 张三 通讯员 李四')).toBe(true);
    expect(isCreditLine('记者张三来到田间地头。')).toBe(false);
    expect(isBylineLine('记者 张三 通讯员 李四')).toBe(true);
    expect(isBylineLine('湖南日报全媒体记者 李健 摄')).toBe(false);
  });
});
