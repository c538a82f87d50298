import { describe, expect, it } from 'vitest';
import { figureAt, textsOf } from './helpers';

describe('ranges with the unit at both ends, 首位, 时隔', () => {
  it('reads a range printing its unit at both ends as one figure', async () => {
    expect(await textsOf('新桥梁的主跨可达80米至120米。')).toEqual(['80米至120米']);
    expect(await textsOf('项目总投资30亿元到45亿元。')).toEqual(['30亿元到45亿元']);
    // The low end may print its magnitude (万, 亿) and leave the unit to the high end.
    expect(await textsOf('年产能将提升200万至400万千瓦。')).toEqual(['200万至400万千瓦']);
    // …and its low end may be hedged.
    expect(await textsOf('每人每月能拿到2000多元至3500元的工资。')).toEqual(['2000多元至3500元']);
    // Different units are two figures.
    expect(await textsOf('日产3吨、年产1000吨。')).toEqual(['3吨', '1000吨']);
  });

  it('reads 首位 after a rank verb as the first place', async () => {
    const f = await figureAt('全省粮食产量连续三年居中部六省首位。', '首位');
    expect(f.kind).toBe('rank');
    expect(f.value).toBe(1);
    expect(await textsOf('她是村里首位女大学生。')).toEqual([]);
  });

  it('reads 首位 and 之首 after a rank verb with the field ranked in between, not what is put first', async () => {
    expect((await figureAt('技术服务合同跃居各类技术合同成交额首位。', '首位')).kind).toBe('rank');
    expect((await figureAt('长沙以3037项居各地区之首。', '之首')).value).toBe(1);
    expect(await textsOf('我们始终把群众安全放在首位。')).toEqual([]);
    expect(await textsOf('居民把健康摆在首位。')).toEqual([]);
  });

  it('reads 前N位 and 前N名 as the top places unless a noun follows', async () => {
    expect((await figureAt('目标任务完成率前3位分别是张家界市、湘潭市和株洲市。', '前3位')).kind).toBe('rank');
    expect((await figureAt('增速前3名的市州是长沙、湘潭、郴州。', '前3名')).kind).toBe('rank');
    expect(await textsOf('前3位专家先后发言。')).not.toContain('前3位');
  });

  it('reads the years since something last happened as a stated period', async () => {
    const f = await figureAt('湖南选手时隔12年再夺这枚金牌。', '12年');
    expect(f.kind).toBe('date-range');
  });
});

describe('lists of ranks and 榜首', () => {
  it('reads each item of a list of ranks', async () => {
    expect(await textsOf('玉米面积、产量分居全省第2、第4位。')).toEqual(['第2', '第4']);
    // No rank verb or scope: a list of places in a race, not ranks.
    expect(await textsOf('第1、第2名选手晋级。')).toEqual([]);
  });

  it('reads 榜首 as the first place', async () => {
    const f = await figureAt('这台计算机登上世界500强榜首。', '榜首');
    expect(f.kind).toBe('rank');
  });
});

describe('age groups', () => {
  it('reads no figure in an age group that names an event', async () => {
    expect(await textsOf('比赛设50岁组女子单打和60岁以上组男子单打。')).toEqual([]);
  });
});

describe('placings won in an event', () => {
  it('reads 第N名, 前N名 and a range of places after a verb of winning as ranks', async () => {
    const f = await figureAt('长沙市代表队夺得混合团体组第一名。', '第一名');
    expect(f.kind).toBe('rank');
    expect((await figureAt('常德市代表队获得第四至八名。', '第四至八名')).kind).toBe('rank');
    expect((await figureAt('王丽获得女子单打前三名。', '前三名')).kind).toBe('rank');
    expect(await textsOf('他是第一名进入会场的代表。')).toEqual([]);
  });
});
