import { describe, expect, it } from 'vitest';
import { figureAt, textsOf } from './helpers';

/** 一/两 + measure word: an article ("a", "a couple of") or a count of something concrete. */
describe('small Chinese counts', () => {
  it('两 + measure word after a verb of building or adding counts what was added', async () => {
    expect(await textsOf('镇里今年新建两座污水处理站。')).toEqual(['两座']);
    expect(await textsOf('机场上月开通了两条国际货运航线。')).toEqual(['两条']);
    expect(await textsOf('园区引进两家芯片封装企业。')).toEqual(['两家']);
  });

  it('两 + measure word summing up the items listed before it', async () => {
    expect(await textsOf('厂里投用了烘干和包装两条流水线。')).toEqual(['两条']);
    expect((await figureAt('学校开设茶艺、陶艺两个兴趣班。', '两个')).kind).toBe('count');
  });

  it('一 as an article stays out; 两 counts, unless it points back (这两家) or makes 两位数', async () => {
    expect(await textsOf('他和一家物流公司谈了三个月，小组里两个江西男生中途想过退出。')).toEqual(['三个月', '两个']);
    expect(await textsOf('她给我们讲了一个故事。')).toEqual([]);
    expect(await textsOf('消防员发现了两名被困人员，出动两辆消防车。')).toEqual(['两名', '两辆']);
    expect(await textsOf('这两家企业的产品都实现了两位数增长。')).toEqual([]);
    // 二 and a measure word is mostly a word of its own (二次开发).
    expect(await textsOf('推进资源二次开发。')).toEqual([]);
  });
});

describe('areas counted by their level', () => {
  it('reads 25县市, 14市州, 6镇14村 after an Arabic numeral, not 湘鄂两省 or 三市 or a 市委', async () => {
    expect(await textsOf('全省25县市能见度降至900米，14市州拉响高温橙警，活动在6镇14村开展。')).toEqual(['25县市', '900米', '14市州', '6镇', '14村']);
    expect(await textsOf('湘鄂两省交界，长株潭三市合作。')).toEqual([]);
  });
});

/** 一X、一Y、一Z: parallel rhetoric built on 一, not counts. */
describe('parallel 一X、一Y slogans', () => {
  it('items that all start with 一 are a slogan, with or without quotes', async () => {
    expect(await textsOf('窗口推行“一次登记、一窗受理、一网通办”。')).toEqual([]);
    expect(await textsOf('做到一次采集、一库管理、一码通行。')).toEqual([]);
    expect(await textsOf('坚持一个标准、一把尺子。')).toEqual([]);
  });

  it('a list of counts with other numerals stays a list of counts', async () => {
    expect(await textsOf('设一个主会场、四个分会场。')).toEqual(['一个', '四个']);
  });
});

describe('classes and departments counted', () => {
  it('reads N大类 as a count of classes and 等N部门 as a count of departments', async () => {
    expect(await textsOf('重点监测的7大类30个蔬菜品种价格上涨。')).toEqual(['7大类', '30个']);
    expect(await textsOf('商务部等9部门联合印发通知。')).toEqual(['9部门']);
  });

  it('reads counts of times things happened per item (项次, 站次, 个次)', async () => {
    expect(await textsOf('团队参与技术攻关100余项次，共有18站次超警戒。')).toEqual(['100余项次', '18站次']);
  });
});
