import { describe, expect, it } from 'vitest';
import { figureAt, figuresOf, textsOf } from './helpers';

const kinds = async (s: string) => (await figuresOf(s)).map((f) => [f.text, f.kind]);

describe('kinds', () => {
  it('a doubling printed as 翻番 is a growth of 2^N − 1 times; a goal counted as a slogan is none', async () => {
    expect(await figureAt('今年全县旅游收入较2020年翻番。', '翻番')).toMatchObject({ value: 1, unit: '倍', kind: 'growth' });
    expect(await figureAt('工业产值比十年前翻了两番。', '翻了两番')).toMatchObject({ value: 3, kind: 'growth' });
    expect(await figureAt('合作社的订单较去年接近翻番。', '翻番')).toMatchObject({ qualifier: '接近', kind: 'growth' });
    expect(await textsOf('全县上下奋力实现“两个翻番”目标。')).toEqual([]);
  });

  it('the gap between a water level and its line is a change; the line itself a level', async () => {
    expect(await kinds('资水桃江站水位40.12米，超警戒水位1.12米；益阳站距警戒水位还差0.5米。')).toEqual([
      ['40.12米', 'amount'], ['1.12米', 'growth'], ['0.5米', 'growth'],
    ]);
    expect(await kinds('预计洪峰不会超过保证水位36.5米。')).toEqual([['36.5米', 'amount']]);
  });

  it('块 is money in a clause about prices, a count of things elsewhere', async () => {
    expect(await kinds('白菜一斤卖5块，比上周贵。')).toContainEqual(['5块', 'amount']);
    expect(await kinds('工人们搬了5块石板。')).toEqual([['5块', 'count']]);
  });

  it('a span right after a verb of change is the change; a span reached is a period', async () => {
    expect(await kinds('新桥通车后，两地车程将减少半小时。')).toEqual([['半小时', 'growth']]);
    expect(await kinds('审批时限缩短了两天。')).toEqual([['两天', 'growth']]);
    expect(await kinds('审批时限缩短至5天。')).toEqual([['5天', 'date-range']]);
  });

  it('amount, growth and points in a GDP report', async () => {
    expect(await kinds('今年前三季度，全省地区生产总值完成38515.6亿元，同比增长4.5%，增速比全国高0.3个百分点。')).toEqual([
      ['38515.6亿元', 'amount'],
      ['4.5%', 'growth'],
      ['0.3个百分点', 'growth'],
    ]);
  });

  it('growth then share in one sentence: the nearest cue decides', async () => {
    expect(await kinds('1至10月，全省固定资产投资同比下降2.1%，其中制造业投资增长8.2%，占全部投资的比重为31.5%。')).toEqual([
      ['2.1%', 'growth'],
      ['8.2%', 'growth'],
      ['31.5%', 'share'],
    ]);
    expect(await kinds('生产型企业进出口值2350.3亿元，增长11.3%，占同期全省进出口总值的45.9%。')).toEqual([
      ['2350.3亿元', 'amount'],
      ['11.3%', 'growth'],
      ['45.9%', 'share'],
    ]);
  });

  it('a rate with no change verb is a share; a rate raised by points is growth', async () => {
    expect(await kinds('全省森林覆盖率59.98%，湘江流域水质优良率达98.7%，较上年提高1.2个百分点。')).toEqual([
      ['59.98%', 'share'],
      ['98.7%', 'share'],
      ['1.2个百分点', 'growth'],
    ]);
  });

  it('a level reached is not a change: 提高到 30%', async () => {
    expect((await figureAt('研发投入强度提高到2.8%。', '2.8%')).kind).toBe('share');
    expect((await figureAt('研发投入强度提高0.2个百分点。', '0.2个百分点')).kind).toBe('growth');
  });

  it('counts and amounts change only with a change verb right before them', async () => {
    expect(await kinds('全省有进出口实绩的企业7902家，较前10个月多349家。')).toEqual([
      ['7902家', 'count'],
      ['349家', 'growth'],
    ]);
    expect(await kinds('全省粮食总产量达到617.5亿斤，比上年增加2.3亿斤，增长0.4%。')).toEqual([
      ['617.5亿斤', 'amount'],
      ['2.3亿斤', 'growth'],
      ['0.4%', 'growth'],
    ]);
    expect(await kinds('全省规模以上工业企业减少120家，新增市场主体35万户。')).toEqual([
      ['120家', 'growth'],
      ['35万户', 'count'],
    ]);
  });

  it('a decline is growth with a falling verb', async () => {
    const f = await figureAt('全省生产安全事故起数同比下降18.6%，死亡人数下降12.3%。', '18.6%');
    expect(f.kind).toBe('growth');
    expect(f.subject).toContain('下降');
  });

  it('倍 is a change', async () => {
    expect((await figureAt('跨境电商进出口增长1.5倍。', '1.5倍')).kind).toBe('growth');
  });

  it('counts of events, projects, people', async () => {
    expect(await kinds('本届投洽会共签约项目326个，举办专题活动12场，吸引客商3000余人。')).toEqual([
      ['326个', 'count'],
      ['12场', 'count'],
      ['3000余人', 'count'],
    ]);
  });
});

describe('ranks', () => {
  it('a scope and a position', async () => {
    const fs = await figuresOf('我省数字经济规模突破1.5万亿元，居中部第一、全国第九位。');
    expect(fs.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['1.5万亿元', 'amount', 1.5, '万亿元'],
      ['中部第一', 'rank', 1, '位'],
      // the whole country is the subject's business: the span is the rank (corpus gold: 第10位)
      ['第九位', 'rank', 9, '位'],
    ]);
    expect(fs[1]!.normalized).toEqual({ value: 1, unit: '位' });
  });

  it('a rank verb without a scope, and 前N', async () => {
    expect((await figuresOf('长沙市GDP排名第15位，跻身全国前20强。')).map((f) => [f.text, f.kind])).toEqual([
      ['第15位', 'rank'],
      ['前20强', 'rank'],
    ]);
  });

  it('the same rank stated twice is one figure', async () => {
    const fs = await figuresOf('对非贸易继续保持中西部第一。贸易规模继续稳居中西部第一。');
    expect(fs.map((f) => f.text)).toEqual(['中西部第一']);
    expect(fs[0]!.subject).toContain('对非贸易');
  });

  it('ordinals and enumerations are not ranks', async () => {
    expect(await figuresOf('第一，要坚持稳中求进；第二，要深化改革。')).toEqual([]);
    expect(await figuresOf('他第一次走进县城，第二天就开展工作，当选村第一书记。')).toEqual([]);
  });
});

describe('date ranges', () => {
  it('a meeting span to the day, with ISO dates when the year is known', async () => {
    const [f] = await figuresOf('12月10日至11日，全省经济工作会议在长沙召开。', 2024);
    expect(f).toMatchObject({ text: '12月10日至11日', kind: 'date-range', startDate: '2024-12-10', endDate: '2024-12-11', value: null });
    expect(f!.subject).toContain('全省经济工作会议');
    const [g] = await figuresOf('12月30日至1月2日举行迎新活动。');
    expect(g).toMatchObject({ startDate: '--12-30', endDate: '--01-02' });
  });

  it('a span of days with no month (a forecast: 23日至25日), with no ISO dates; not a span to the hour', async () => {
    const [f] = await figuresOf('预计23日至25日，全省持续晴热高温。');
    expect(f).toMatchObject({ text: '23日至25日', kind: 'date-range', value: null });
    expect(f!.startDate).toBeUndefined();
    expect(await figuresOf('预计19日20时至20日20时，长沙将出现高温。')).toEqual([]);
  });

  it('a deadline keeps its 内', async () => {
    const fs = await figuresOf('在收到通知之日起30天内将资金下达，15个工作日内完成申报。');
    expect(fs.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['30天内', 'date-range', 30, '天'],
      ['15个工作日内', 'date-range', 15, '个工作日'],
    ]);
  });

  it('a stated duration is a date-range; a time reference is not a figure', async () => {
    expect((await figuresOf('会议为期2天，审批时限压缩至3个工作日。')).map((f) => [f.text, f.kind])).toEqual([
      ['2天', 'date-range'],
      ['3个工作日', 'date-range'],
    ]);
    expect(await figuresOf('近3年来，我们吃了两天苦，各地要确保24小时值班。')).toEqual([]);
    // …nor the span up to now (十年来变化巨大), a reporting period in the gold of b7 onwards.
    expect(await figuresOf('十年来变化巨大。')).toEqual([]);
  });
});

describe('more kinds', () => {
  it('增幅为 states the change, 提高到 the level', async () => {
    expect((await figureAt('播种面积增加12万亩，增幅为3.6%。', '3.6%')).kind).toBe('growth');
    expect((await figureAt('播种面积增加12万亩，增幅为3.6%。', '12万亩')).kind).toBe('growth');
  });

  it('a bare 万 after a count noun is a count', async () => {
    const f = await figureAt('全省养老保险参保人数达到3200万，参保率稳定在95%以上。', '3200万');
    expect(f).toMatchObject({ kind: 'count', value: 3200, unit: '万', normalized: null });
  });

  it('per-mille and per-mille points', async () => {
    const fs = await figuresOf('全省人口出生率为6.5‰，比上年下降0.3个千分点，惠及企业4.5万家次。');
    expect(fs.map((f) => [f.text, f.kind, f.unit])).toEqual([
      ['6.5‰', 'share', '‰'],
      ['0.3个千分点', 'growth', '个千分点'],
      ['4.5万家次', 'count', '万家次'],
    ]);
  });

  it('a cut or a squeeze is a change (压缩, 削减, 缩减)', async () => {
    expect((await figureAt('办理时限压缩百分之十五以上。', '百分之十五')).kind).toBe('growth');
    expect((await figureAt('会议经费削减20%。', '20%')).kind).toBe('growth');
    expect((await figureAt('审批时限压缩至3个工作日。', '3个工作日')).kind).not.toBe('growth');
  });

  it('stated durations are date-ranges: time spent, years worked, a prison term, a building period', async () => {
    for (const [text, span] of [
      ['力争用3至5年时间把新材料产业打造成百亿产业集群。', '3至5年'],
      ['她在广东打了8年工。', '8年'],
      ['对主犯判处有期徒刑十四年。', '十四年'],
      ['建设期为2至3年。', '2至3年'],
    ] as const) {
      expect((await figureAt(text, span)).kind, text).toBe('date-range');
    }
    expect(await textsOf('今年5年级学生参加比赛。')).toEqual([]);
  });

  it('三方面 counts aspects; 一方面…另一方面 is no count', async () => {
    expect(await textsOf('抓好三方面工作。')).toEqual(['三方面']);
    expect(await textsOf('一方面要稳增长，另一方面要防风险。')).toEqual([]);
  });
});

describe('the shortest span, as the corpus gold prints it', () => {
  it('leaves the places counted out of a count (9个市州, 278个行政村), keeps a dimension in (7个方面)', async () => {
    expect((await figuresOf('全省有9个市州增速加快，全县278个行政村开展了产业帮扶。')).map((f) => f.text)).toEqual(['9个', '278个']);
    expect((await figuresOf('宣传重点分为7个方面。')).map((f) => f.text)).toEqual(['7个方面']);
  });
  it('leaves the whole area or a place out of a rank (全省前三, 张家界市第二), keeps a region (中西部第一)', async () => {
    expect((await figuresOf('空气质量居全省前三。')).map((f) => f.text)).toEqual(['前三']);
    expect((await figuresOf('对非贸易保持中西部第一。')).map((f) => f.text)).toEqual(['中西部第一']);
  });
});

describe('N大 before a noun', () => {
  it('counts the things named (三大门类, 4大中心), not a party congress (二十大)', async () => {
    expect((await figuresOf('全省规模工业三大门类全部增长，打造“4大中心”。')).map((f) => [f.text, f.kind, f.value])).toEqual([
      ['三大', 'count', 3], ['4大', 'count', 4],
    ]);
    expect(await figuresOf('学习贯彻党的二十大精神，一大批项目落地。')).toEqual([]);
  });
});

describe('medal tallies', () => {
  it('count each medal of a tally and golds won (揽4金1银3铜, 连入2金), not 金价 or 3枚金牌 twice', async () => {
    expect((await figuresOf('湘军全运会日揽4金1银3铜。湖南代表团连入2金，今年金价上涨。')).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['4金', 4, '金'], ['1银', 1, '银'], ['3铜', 3, '铜'], ['2金', 2, '金'],
    ]);
    expect((await figuresOf('我省选手夺得3枚金牌。')).map((f) => f.text)).toEqual(['3枚']);
  });
});

describe('results as sports pages print them', () => {
  it('reads 17米23 as 17.23 metres and 3分30秒21 in seconds', async () => {
    expect((await figuresOf('董斌以17米23夺冠，接力队跑出3分30秒21，水位38.31米。')).map((f) => [f.text, f.value, f.unit])).toEqual([
      ['17米23', 17.23, '米'], ['3分30秒21', 210.21, '秒'], ['38.31米', 38.31, '米'],
    ]);
  });
  it('reads a time by the clock whole, in seconds (1小时22分19秒, 51分14秒)', async () => {
    expect((await figuresOf('甲以1小时22分19秒夺冠，乙用时51分14秒。')).map((f) => [f.text, f.value, f.unit, f.kind])).toEqual([
      ['1小时22分19秒', 4939, '秒', 'amount'], ['51分14秒', 3074, '秒', 'amount'],
    ]);
  });
});

describe('a bare 万 before the people it counts', () => {
  it('is a count (160万建档立卡贫困人口), and 10万元 stays an amount', async () => {
    expect((await figuresOf('超过160万建档立卡贫困人口脱贫，投资10万元。')).map((f) => [f.text, f.kind])).toEqual([
      ['160万', 'count'], ['10万元', 'amount'],
    ]);
  });
});

describe('a bare 万 before the money it counts', () => {
  it('is an amount in yuan (捐了20万现金, 8万奖金)', async () => {
    const figures = await figuresOf('企业捐了20万现金，另设8万奖金。');
    expect(figures.map((f) => [f.text, f.kind, f.normalized?.value])).toEqual([['20万', 'amount', 200000], ['8万', 'amount', 80000]]);
  });
});

describe('tallies of prices moving', () => {
  it('counts each item of a price tally and a run of weeks (7涨3跌2持平, 六涨一降一平, 五连涨), not 三去一降一补', async () => {
    expect((await figuresOf('12大类生活必需品呈“7涨3跌2持平”态势。')).filter((f) => f.kind === 'count').map((f) => f.text)).toEqual(['12大类', '7涨', '3跌', '2持平']);
    expect((await figuresOf('与上月相比呈“六涨一降一平”态势。')).map((f) => [f.text, f.value])).toEqual([['六涨', 6], ['一降', 1], ['一平', 1]]);
    expect((await figuresOf('全省菜价呈“五连涨”。')).map((f) => f.text)).toEqual(['五连涨']);
    expect(await figuresOf('“三去一降一补”成效初显。')).toEqual([]);
  });
});

describe('a change jieba glues to 同比', () => {
  it('reads 同比增加 and 同比减少 (one word of jieba\'s) as changes', async () => {
    expect((await figureAt('旅客发送量超400万人次，同比增加21万人次。', '21万人次')).kind).toBe('growth');
    expect((await figureAt('播种面积同比减少346.6万亩。', '346.6万亩')).kind).toBe('growth');
    expect((await figureAt('营业收入同比增加37.3%。', '37.3%')).kind).toBe('growth');
  });
});
