import { beforeAll, describe, expect, it } from 'vitest';
import { entities, warmUp } from './helpers';

beforeAll(warmUp, 60_000);

describe('places: a chain of towns and villages', () => {
  it('reads two towns joined by 和 as two places, and no 驻村 or 村队和村 for a village', async () => {
    expect((await entities('辐射桂东县青山乡和四都镇等地。')).places).toEqual(['桂东县', '青山乡', '四都镇']);
    expect((await entities('学校驻村队长汇报了驻村后的工作进展。')).places).toEqual([]);
    expect((await entities('调研组在驻村队和村“两委”陪同下入户慰问。')).places).toEqual([]);
  });
});

describe('places: a list of areas', () => {
  it('takes what a city runs (等市政设施, 等市场主体) for no closer of a list of areas', async () => {
    expect((await entities('将推进辖区内道路、桥梁等市政设施的管养。')).places).toEqual([]);
    expect((await entities('超市、农贸市场等市场主体参与。')).places).toEqual([]);
  });

  it('reads a short county name the lexicon holds back when the list closes with a kind of area', async () => {
    const e = await entities('全省旱情持续，慈利、新邵、保靖等74个县达到特旱。');
    expect(e.places).toEqual(['慈利', '新邵', '保靖']);
  });

  it('reads every polder of a list closed by 等N个重点垸, the first after a preposition', async () => {
    const e = await entities('今年将对松澧、安造、大通湖、烂泥湖等4个重点垸实施加固。');
    expect(e.places).toEqual(['松澧', '安造', '大通湖', '烂泥湖']);
  });

  it('takes an unknown item when two thirds of the list are places', async () => {
    const e = await entities('长沙、株洲、湘潭、韶关、龙川作为试点参会。');
    expect(e.places).toContain('龙川');
  });

  it('leaves lists of other things alone, and a name cut short by jieba', async () => {
    expect((await entities('他喜欢苹果、香蕉、橘子等水果。')).places).toEqual([]);
    const e = await entities('在新马工业园、栗雨工业园、动力谷自主创新园，工人正在施工。');
    expect(e.places).not.toContain('动力谷');
  });
});

describe('places: a list of areas closed by their count', () => {
  it('reads villages listed before N个村 with no 等', async () => {
    expect((await entities('记者看到，新寨坪、楠木冲、小能溪3个村连片的药材长廊蔚为壮观。')).places).toEqual(['新寨坪', '楠木冲', '小能溪']);
  });
});

describe('places: a list of streets closed by its count', () => {
  it('reads every lane of 观音井巷、东茅街巷、苏家巷5条老街 as a place', async () => {
    const e = await entities('今年，化龙池片区改造完工，青石井巷、西牌楼街巷、潘家巷3条老街焕然一新。');
    expect(e.places).toEqual(expect.arrayContaining(['青石井巷', '西牌楼街巷', '潘家巷']));
  });

  it('takes no item of a list that is not all streets', async () => {
    const e = await entities('全镇修通了幸福路、产业大道、红旗村3条道路。');
    expect(e.places).not.toContain('幸福路');
  });
});

