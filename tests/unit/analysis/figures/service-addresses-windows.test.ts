import { describe, expect, it } from 'vitest';
import { figureAt, textsOf } from './helpers';

// Invented sentences.
describe('lengths of service, addresses, windows of time', () => {
  it('reads a length of service after a verb of holding to a calling, with or without its object', async () => {
    expect(await textsOf('从教12年来，她一直扎根乡村。')).toContain('12年');
    expect(await textsOf('老李当兵16年，从未请过一天假。')).toContain('16年');
    expect((await figureAt('他耕耘三尺讲台29年。', '29年')).kind).toBe('date-range');
  });

  it('leaves out 工作人员18年如一日 and the reporting period of 5年来', async () => {
    expect(await textsOf('社区工作人员18年如一日照顾孤寡老人。')).toEqual([]);
    expect(await textsOf('5年来，全市新增就业岗位。')).toEqual([]);
  });

  it("takes no count from an address's group or building (红旗村一组, 某某小区11栋)", async () => {
    expect(await textsOf('险情发生在北景港镇红旗村一组附近的水渠边。')).toEqual([]);
    expect(await textsOf('家住幸福小区11栋的业主说，电梯修好了。')).toEqual([]);
    expect(await textsOf('全村分成9组开展巡查。')).toContain('9组');
  });

  it('reads 毫升 and 毫克 as measures, and no distance from the last mile (最后一公里)', async () => {
    expect((await figureAt('56位村民共计献血22400毫升。', '22400毫升')).kind).toBe('amount');
    expect(await textsOf('打通服务群众的“最后一公里”。')).toEqual([]);
  });

  it('reads a window from one clock time to another, and a period from today to a day, as date ranges', async () => {
    expect((await figureAt('将于8月13日23:00至14日10:00停水。', '8月13日23:00至14日10:00')).kind).toBe('date-range');
    expect((await figureAt('停水时间为2023年10月23日22:00至10月24日9:00。', '2023年10月23日22:00至10月24日9:00')).kind).toBe('date-range');
    expect((await figureAt('整治行动即日起至6月30日开展。', '即日起至6月30日')).kind).toBe('date-range');
    // a warning's period of validity, to the hour, stays out
    expect(await textsOf('预计19日20时至20日20时，长沙有大雨。')).toEqual([]);
  });
});

describe('fish counted by the tail', () => {
  it('reads 尾 as a measure word (放流50万尾), not in 尾气 or 年尾', async () => {
    expect((await figureAt('共向湘江投放鱼种50万尾。', '50万尾')).kind).toBe('count');
    expect(await textsOf('年尾将至，尾气排放下降。')).toEqual([]);
  });
});

describe('counts of N大', () => {
  it('counts the things after N大 whatever jieba tagged the head (三大 水上项目, 四大 灯阵, 4大 系列活动, 6大 应用平台)', async () => {
    expect(await textsOf('村里打造三大水上项目。')).toEqual(['三大']);
    expect(await textsOf('景区启动四大灯阵。')).toEqual(['四大']);
    expect(await textsOf('本次节会开展4大系列活动。')).toEqual(['4大']);
    expect(await textsOf('全市建设6大应用平台。')).toEqual(['6大']);
  });

  it('not 一大, a county’s 四大班子, its 五大分指挥部, nor 三大姐', async () => {
    expect(await textsOf('这一大亮点吸引游客。')).toEqual([]);
    expect(await textsOf('县四大班子领导参加了活动。')).toEqual([]);
    expect(await textsOf('县五大分指挥部牵头推进。')).toEqual([]);
    expect(await textsOf('游客走进石三大姐家。')).toEqual([]);
  });
});

describe('一度', () => {
  it('is the adverb, not a kilowatt-hour (一度突破, 一年一度), unless electricity follows (一度电)', async () => {
    expect(await textsOf('交易量一度突破100万吨。')).toEqual(['100万吨']);
    expect(await textsOf('一年一度的龙舟赛开幕。')).toEqual([]);
    expect(await textsOf('每户节约一度电。')).toEqual(['一度']);
  });
});
