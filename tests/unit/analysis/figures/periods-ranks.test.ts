import { describe, expect, it } from 'vitest';
import { figureAt, textsOf } from './helpers';

// Invented sentences.
describe('stated periods', () => {
  it('reads a period a noun names (会期, 假期) or a span something went on in (年间)', async () => {
    expect(await textsOf('大会3月1日开幕，会期5天。')).toContain('5天');
    expect(await textsOf('景区假期7天接待游客12万人次。')).toContain('7天');
    expect(await textsOf('20年间，他走遍了全县的山村。')).toContain('20年');
  });
  it('reads a period of sustained work or a history held (奋战, 拥有)', async () => {
    expect(await textsOf('施工队连续奋战60天，建成新桥。')).toContain('60天');
    expect(await textsOf('这家老字号拥有150余年酿造历史。')).toContain('150余年');
  });
  it('reads a period spent fleeing, driving or waiting, and one that opens a clause', async () => {
    expect(await textsOf('潜逃6年的嫌疑人终于落网。')).toContain('6年');
    expect(await textsOf('他来到甲市，接连三天走访企业。')).toContain('三天');
    expect(await textsOf('气象台预计，未来三天全省晴热。')).toContain('三天');
    // The span a change starts from is stated too (由1个多小时缩至…).
    expect(await textsOf('车程将由1个多小时缩至40多分钟，整个过程仅花了十几秒钟。')).toEqual(['1个多小时', '40多分钟', '十几秒钟']);
    expect(await textsOf('他们驱车两小时赶到现场，接下来的三周走访了全镇。')).toEqual(['两小时', '三周']);
    expect(await textsOf('两天的研学活动，让孩子们收获满满。')).toContain('两天');
    expect(await textsOf('一年的收入达5万元。')).toEqual(['5万元']);
  });
  it('reads hours, minutes and seconds as spent wherever they stand, but for rates, moments and zones', async () => {
    expect(await textsOf('消防员赶到后，8分钟救出被困的3人。')).toEqual(['8分钟', '3人']);
    expect(await textsOf('翻山越岭，4个多小时才到达村部。')).toEqual(['4个多小时']);
    expect(await textsOf('一场6个多小时的手术顺利完成。')).toEqual(['6个多小时']);
    // 每小时 is a rate, 1小时后 a moment, 24小时 round the clock, 1小时经济圈 a zone.
    expect(await textsOf('水位每小时上涨2厘米。')).toEqual(['2厘米']);
    expect(await textsOf('车队出发，1小时后抵达山顶。')).toEqual([]);
    expect(await textsOf('服务站24小时值守，方便群众。')).toEqual([]);
    expect(await textsOf('两市共建1小时经济圈。')).toEqual([]);
    expect(await textsOf('市民每天读书半小时。')).toEqual([]);
  });
  it('reads a span a change starts from, time gone by, and a journey\'s length after the span', async () => {
    expect(await textsOf('工期由原来的8个月压缩到5个月。')).toEqual(['8个月', '5个月']);
    expect(await textsOf('30多天过去了，修缮工作进展如何？')).toEqual(['30多天']);
    expect(await textsOf('从甲镇到乙村原本要2个半小时左右的车程。')).toEqual(['2个半小时']);
    expect(await textsOf('从3日起，新线开通试运行。')).toEqual([]);
  });
  it('reads a half between 个 and its unit of time (3个半小时), not a 个 before a word in 半', async () => {
    expect((await figureAt('这段路驾车用了3个半小时。', '3个半小时'))?.value).toBe(3.5);
    expect(await textsOf('全程仅用了一个半月时间。')).toEqual(['一个半月']);
    expect(await textsOf('仓库里堆着3个半成品。')).not.toContain('3个半');
  });
  it('reads a span of some thousand years (1700多年) as a span, not as a year', async () => {
    expect(await textsOf('这座古镇迄今已有1200多年的历史。')).toEqual(['1200多年']);
    expect(await textsOf('1200年，这座古镇建成。')).toEqual([]);
  });
  it("reads a verb's completed span (抽了2个月), not a passing of time (过了两天) or one day's work", async () => {
    expect(await textsOf('去年泵站抽了2个月左右，今年只抽了半个月。')).toEqual(['2个月', '半个月']);
    // A verb and its one-character object around the span: 排了一个小时的队.
    expect(await textsOf('她在窗口排了一个小时的队，才办完手续。')).toEqual(['一个小时']);
    expect(await textsOf('过了两天，他开始了一天的巡查。')).toEqual([]);
  });
  it('reads halves: 半小时, 两年半, 3天半', async () => {
    const half = await figureAt('从村里到镇上只需半小时车程。', '半小时');
    expect(half.value).toBe(0.5);
    expect((await figureAt('他在村里驻点两年半，修通了公路。', '两年半')).value).toBe(2.5);
    expect(await textsOf('会议会期3天半，')).toContain('3天半');
    expect(await textsOf('今年上半年，全县增长6%。')).toEqual(['6%']);
  });
});

describe('ranks', () => {
  it('reads the last places after a rank verb (排名后3位)', async () => {
    const f = await figureAt('全省城市空气质量排名后3位的城市是甲、乙、丙。', '后3位');
    expect(f.kind).toBe('rank');
  });
  it('reads a placing closing its phrase (联赛第四名, 较好的前三名, 列后三名), not a rival or a person', async () => {
    expect((await figureAt('球队在联赛第四名的位置上站稳了脚跟。', '第四名')).kind).toBe('rank');
    expect((await figureAt('甲、乙、丙列空气质量较好的前三名，丁、戊、己列后三名。', '前三名')).kind).toBe('rank');
    expect((await figureAt('甲、乙、丙列空气质量较好的前三名，丁、戊、己列后三名。', '后三名')).kind).toBe('rank');
    expect(await textsOf('他以领先第二名近3秒的成绩夺冠。')).not.toContain('第二名');
    expect(await textsOf('第一名志愿者来到现场。')).toEqual([]);
  });
  it('prints a placing without the event it was won in (荣获团体总分第一名)', async () => {
    expect(await textsOf('该校荣获团体总分第一名。')).toEqual(['第一名']);
  });
  it('reads a rank in a list of the best (百强第20位) and in a field after a rank verb', async () => {
    expect((await figureAt('该市排名全国城市百强第20位。', '第20位')).kind).toBe('rank');
    expect((await figureAt('旅客吞吐量位居中部机场第一。', '中部机场第一')).kind).toBe('rank');
    expect((await figureAt('进出口规模位列沿线国家首位。', '首位')).kind).toBe('rank');
  });
  it('counts the major ones of a kind where jieba ends a word at 大 (五大学科)', async () => {
    expect(await textsOf('他主管学校五大学科的竞赛。')).toContain('五大');
    expect(await textsOf('他考入三所大学。')).not.toContain('三大');
  });
});

describe('round numbers and levels', () => {
  it('reads a round hundred, thousand or ten thousand after a hedge or a verb of passing', async () => {
    expect((await figureAt('端午期间，全省推出近千场文旅惠民活动。', '千场')).value).toBe(1000);
    expect((await figureAt('两个景区接待游客均突破万人次。', '万人次')).value).toBe(10000);
    expect(await textsOf('千家万户喜迎新春。')).toEqual([]);
  });
  it('reads a level an economy reaches (迈上2万亿台阶, 跃过8千亿大关)', async () => {
    expect((await figureAt('2012年经济总量迈上2万亿台阶。', '2万亿')).kind).toBe('amount');
    expect(await textsOf('全市生产总值首次跃过8千亿大关。')).toContain('8千亿');
  });
});

describe('ranks after a long field', () => {
  it('reads a rank a verb puts after a ranking\'s long name, and the list items that share the verb', async () => {
    const s = '该县位列2023年度全国工业百强县第八，排名2023年度全国营商环境百强县第六位、消费活力百强县第九位。';
    expect((await textsOf(s)).filter((t) => t.startsWith('第'))).toEqual(['第八', '第六位', '第九位']);
  });

  it('leaves a move between ranks to the rules for moves', async () => {
    expect(await textsOf('球队联赛排名从第3位掉到了第七位。')).not.toContain('第七位');
  });
});

describe('the N-th largest', () => {
  it('reads 第N大 before the things ranked as a rank, never as a count of N大', async () => {
    expect(await textsOf('东洞庭湖是我省第二大淡水湖泊。')).toEqual(['第二大']);
    expect((await figureAt('欧盟是该市的第一大出口市场。', '第一大')).kind).toBe('rank');
  });

  it('still counts N大 with no 第 before it', async () => {
    expect(await textsOf('全市推进三大重点工程。')).toEqual(['三大']);
  });
});

describe('a rank on a measure of an area', () => {
  it('reads 全国储量第二 and 全省增速第一 as ranks: an area, the measure, then 第N', async () => {
    expect(await textsOf('这里守着全省储量第二的钨矿。')).toEqual(['第二']);
    expect((await figureAt('该县去年全市增速第一。', '第一')).kind).toBe('rank');
  });

  it('leaves an ordinal with a noun after it alone (全国人口第二届大会)', async () => {
    expect(await textsOf('全国青年第二届论坛开幕。')).toEqual([]);
  });
});
