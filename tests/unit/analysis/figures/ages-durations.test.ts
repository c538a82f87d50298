import { describe, expect, it } from 'vitest';
import { figureAt, textsOf } from './helpers';

describe('ages and stated durations', () => {
  it('reads a person’s age as an amount', async () => {
    const f = await figureAt('今年52岁的村支书刘明，每天骑车走村串户。', '52岁');
    expect(f.kind).toBe('amount');
    expect(f.unit).toBe('岁');
    expect(await textsOf('80多岁的龚奶奶挖了竹笋过来卖。')).toContain('80多岁');
  });
  it('reads durations a verb states: 只需要20个小时, 通过1个多月走访, 怀孕4个月', async () => {
    expect(await textsOf('通过烘干设备，只需要20个小时就能达到脱水标准。')).toContain('20个小时');
    expect(await textsOf('进村后，通过1个多月走访，他摸清了情况。')).toContain('1个多月');
    expect(await textsOf('如今，她已怀孕4个月。')).toContain('4个月');
  });
  it('reads a span of time before 时间 and a deadline before 后', async () => {
    expect(await textsOf('全省行动迅速，一年时间实现了河长全覆盖。')).toContain('一年');
    expect(await textsOf('推动公司合规整改，6个月后经第三方评估验收。')).toContain('6个月');
  });
  it('leaves out time references: 近3年, 两年后的今天, 这段时间', async () => {
    expect(await textsOf('近3年，全县新建学校12所。')).not.toContain('3年');
    expect(await textsOf('两年后的今天，这里变了样。')).toEqual([]);
  });
});

describe('units of weather, water and power news', () => {
  it('reads rainfall in 毫米, flow in 立方米每秒 and power in MW', async () => {
    expect(await textsOf('全省平均降雨量12.5毫米，怀化市22.4毫米。')).toEqual(['12.5毫米', '22.4毫米']);
    expect(await textsOf('洪峰过境流量预计为23900立方米每秒左右。')).toContain('23900立方米每秒');
    const mw = await figureAt('签约了150MW渔光互补光伏发电项目。', '150MW');
    expect(mw.normalized).toEqual({ value: 150000, unit: '千瓦' });
  });
  it('leaves out the span up to now (5年来, 近5年来): a reporting period', async () => {
    expect(await textsOf('5年来，全市旅游业取得长足发展。')).not.toContain('5年');
  });
});

describe('concentrations', () => {
  it('reads PM2.5 in 微克/立方米', async () => {
    const f = await figureAt('前三季度PM2.5平均浓度为31.1微克/立方米，同比下降8.5%。', '31.1微克/立方米');
    expect([f.value, f.unit, f.kind]).toEqual([31.1, '微克/立方米', 'amount']);
  });
});

describe('spans of a life, a calling or a history', () => {
  it('reads how long someone lived or worked at a thing, its object between', async () => {
    expect((await figureAt('他曾在国外从事进出口外贸业务17年。', '17年')).kind).toBe('date-range');
    expect((await figureAt('当了近30年村干部的老李解释说。', '30年')).kind).toBe('date-range');
    expect((await figureAt('他在报社做过20年编辑。', '20年')).kind).toBe('date-range');
    expect(await textsOf('他决定回乡创业，2009年成立公司。')).toEqual([]);
  });

  it('reads the years a history, a career or a life has lasted, and the age of a tree', async () => {
    expect((await figureAt('作为一所有114年办学历史的老校。', '114年')).kind).toBe('date-range');
    expect((await figureAt('28年的捕鱼生涯结束了。', '28年')).kind).toBe('date-range');
    expect(await textsOf('茶树王树龄达417年。')).toEqual(['417年']);
    expect(await textsOf('气温创1961年以来历史同期新高。')).toEqual([]);
  });
});

describe('a span and what was done in it', () => {
  it('reads a span right before a verb of getting something done (10天完成审批, 3天上涨了2.8米, 预计2年竣工)', async () => {
    expect((await figureAt('1天完成工商注册、10天完成土地审批转让。', '10天')).kind).toBe('date-range');
    expect((await figureAt('水位3天上涨了2.8米。', '3天')).kind).toBe('date-range');
    expect((await figureAt('项目预计2年竣工。', '2年')).kind).toBe('date-range');
    expect(await textsOf('项目于2010年完成。')).toEqual([]);
  });
});

describe('a calendar day is no span', () => {
  it('reads no span of days in 8月14日竣工, and still one in 仅用20日竣工', async () => {
    expect(await textsOf('该项目于8月14日竣工。')).toEqual([]);
    expect(await textsOf('工程仅用20日竣工。')).toEqual(['20日']);
  });
});
