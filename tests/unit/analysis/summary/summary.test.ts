import { describe, expect, it } from 'vitest';
import { sentencesOf, summarize } from '@/src/analysis/summary';

describe('sentences', () => {
  it('splits at sentence ends, keeping closing quotes, with offsets into the text', () => {
    const text = '会议提出，“要大力提振消费。”从表述中可以推测。\n新段落没有句号';
    const s = sentencesOf(text);
    expect(s.map((x) => x.text)).toEqual(['会议提出，“要大力提振消费。”', '从表述中可以推测。', '新段落没有句号']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s[2]!.para).toBe(1);
  });
});

describe('summarize', () => {
  const text =
    '长沙海关今天发布，今年前11个月，湖南省进出口总值5121.9亿元。其中，出口3003.4亿元，进口2118.5亿元。\n' +
    '前11个月，湖南省有进出口实绩的企业7902家。对非贸易继续保持中西部第一。';

  it('takes whole sentences from the text, the lead first', () => {
    const sum = summarize(text, { title: '前11个月我省进出口5121.9亿元' });
    expect(sum[0]).toBe('长沙海关今天发布，今年前11个月，湖南省进出口总值5121.9亿元。');
    expect(sum.length).toBeGreaterThanOrEqual(1);
    expect(sum.length).toBeLessThanOrEqual(3);
    for (const s of sum) expect(text).toContain(s);
  });

  it('adds a sentence to a short lead and stays within about 120 characters', () => {
    const short = '长沙海关今天发布前11个月进出口数据。全省进出口总值5121.9亿元，同比增长10%。各地都有增长。';
    const sum = summarize(short, { title: '进出口数据发布' });
    expect(sum[0]).toBe('长沙海关今天发布前11个月进出口数据。');
    expect(sum.length).toBeGreaterThan(1);
    expect(sum.join('').length).toBeLessThanOrEqual(120);
  });

  it('never picks a dateline, a byline or a photo credit', () => {
    const photo = '12月10日，吉首市河溪镇张排村河道综合治理施工现场，工人正在忙碌作业。 梁永鸿 摄（湖南图片库）';
    expect(summarize(photo)).toEqual(['12月10日，吉首市河溪镇张排村河道综合治理施工现场，工人正在忙碌作业。']);
    expect(summarize('（湖南日报全媒体记者 王亮）\n财政部近日发布通知，湖南获得8.6524亿元支持。')).toEqual(['财政部近日发布通知，湖南获得8.6524亿元支持。']);
  });

  it('skips the scene a feature opens on and summarises from its news', () => {
    const feature =
      '初冬时节，走进江永县的柑橘园，金黄的果子挂满枝头。12月1日清晨，果农李四带着家人采摘。“今年收成好，价钱也好。”李四说。' +
      '近年来，江永县把香柚和沃柑作为富民产业来抓，全县种植面积达到20万亩，带动3万户果农增收。县里还建起了冷链物流中心。';
    expect(summarize(feature, { title: '江永柑橘产业带动果农增收' })[0]).toBe(
      '近年来，江永县把香柚和沃柑作为富民产业来抓，全县种植面积达到20万亩，带动3万户果农增收。',
    );
  });

  it('keeps a news lead that happens to name a season', () => {
    const news = '今冬以来，全省累计接种流感疫苗120万剂次，比上年同期增长15%。各地加强调度。';
    expect(summarize(news, { title: '流感疫苗接种' })[0]).toBe('今冬以来，全省累计接种流感疫苗120万剂次，比上年同期增长15%。');
  });

  it('keeps a lead that opens with the reporter (记者从…获悉), and still drops a byline', () => {
    const text =
      '记者从攸县统计局获悉，前三季度，攸县实现地区生产总值386.5亿元，同比增长6.8%。\n（湖南日报记者 易可馨）\n工业经济量质齐升。';
    expect(summarize(text, { title: '攸县前三季度地区生产总值增长6.8%' })[0]).toBe(
      '记者从攸县统计局获悉，前三季度，攸县实现地区生产总值386.5亿元，同比增长6.8%。',
    );
    expect(summarize(text).join('')).not.toContain('易可馨');
  });

  it('in a feature, prefers the sentence where the figures gather over background', () => {
    const feature =
      '走进株洲一家电机企业的总装车间，机械臂有序装配。“订单排到了9月份。”总经理说。' +
      '公司2011年在深交所上市，主营电驱系统。去年，公司实现产值48.6亿元，出口额达9.2亿元，海外收入占比提高到18.9%。公司还参与制定标准。';
    expect(summarize(feature, { title: '株洲造电机跑出加速度' })[0]).toBe('去年，公司实现产值48.6亿元，出口额达9.2亿元，海外收入占比提高到18.9%。');
  });
});
