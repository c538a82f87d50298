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

describe('more credit forms (reposts, photo news, sidebars)', () => {
  const names = (s: string) => readCredit(s).journalists.map((j) => `${j.name}/${j.role}`);
  it('reads roles the paper prints less often', () => {
    expect(names('特派记者 何清 刘江')).toEqual(['何清/特派记者', '刘江/特派记者']);
    expect(names('湖南日报首席记者 周红 摄')).toEqual(['周红/摄影']);
    expect(names('采访人员 陈明 通讯员 李强')).toEqual(['陈明/采访人员', '李强/通讯员']);
  });
  it('reads labels before names: 文/, 制图/, 点评：', () => {
    expect(names('文/赵敏 钱进')).toEqual(['赵敏/文', '钱进/文']);
    expect(names('制图/孙浩')).toEqual(['孙浩/制图']);
    expect(names('点评：吴亮')).toEqual(['吴亮/点评']);
  });
  it('reads a short video’s script, animation and voice credits', () => {
    expect(names('文案 孟丽 陶勇 动画 罗江 配音 周敏')).toEqual(['孟丽/文案', '陶勇/文案', '罗江/动画', '周敏/配音']);
  });
  it('reads a photo label alone over an outlet and a role as a photo credit, but not piled labels', () => {
    expect(names('图/湖南日报全媒体 记者 罗江')).toEqual(['罗江/摄影']);
    expect(names('文/图/视频 三湘都市报全媒体记者 孟丽')).toEqual(['孟丽/全媒体记者']);
  });
  it('never reads a label after names as the photo verb', () => {
    expect(names('通讯员 陶勇 图/湖南日报全媒体')).toEqual(['陶勇/通讯员']);
    expect(names('记者 陶勇 摄影')).toEqual(['陶勇/摄影']);
  });
  it('takes a name after a role even when its surname is not in the table', () => {
    expect(names('全媒体记者 冒蕙 龚明')).toEqual(['冒蕙/全媒体记者', '龚明/全媒体记者']);
    // …but not a verb or a role word
    expect(names('记者 报道')).toEqual([]);
  });
});

describe('credits at the end of a line and in brackets', () => {
  const names = (js: { name: string; role: string }[]) => js.map((j) => `${j.name}/${j.role}`);
  it('reads the credit closing a line of photo news', async () => {
    const { parsePhotoCredit } = await import('@/src/analysis/byline');
    expect(names(parsePhotoCredit('市民在江边观看水位变化。湖南日报·新湖南客户端记者 何清 刘江 摄影报道'))).toEqual(['何清/摄影', '刘江/摄影']);
    expect(names(parsePhotoCredit('游客在古镇游览。（记者 周红 摄）'))).toEqual(['周红/摄影']);
    expect(names(parsePhotoCredit('村庄全貌。（资料图片）陈明 摄'))).toEqual(['陈明/摄影']);
    expect(parsePhotoCredit('他说这是最好的摄影')).toEqual([]);
  });
  it('reads names alone in a dateline’s brackets with no role', async () => {
    const { readDateline } = await import('@/src/analysis/byline');
    expect(readDateline('湖南日报11月23日讯（赵敏 钱进）今天公布…').journalists).toEqual([{ name: '赵敏', role: '' }, { name: '钱进', role: '' }]);
  });
});

describe('a photo verb closing a credit', () => {
  it('makes every name of its run a photographer (记者 … 通讯员 … 摄影报道)', () => {
    const js = readCredit('湖南日报全媒体记者 何清 通讯员 刘江 摄影报道').journalists;
    expect(js.map((j) => `${j.name}/${j.role}`)).toEqual(['何清/摄影', '刘江/摄影']);
  });
});
