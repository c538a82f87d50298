import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers';

const q = async (s: string) => (await figuresOf(s)).map((f) => [f.text, f.qualifier]);

describe('qualifiers', () => {
  it('hedges before the number stay out of the text', async () => {
    expect(await q('社会消费品零售总额约39.90万亿元，公司采购了近20台设备，货值超过40亿美元，税收超百亿元，惠及逾3万户家庭。')).toEqual([
      ['39.90万亿元', '约'],
      ['20台', '近'],
      ['40亿美元', '超过'],
      ['百亿元', '超'],
      ['3万户', '逾'],
    ]);
  });

  it('上 before a round hundred or thousand is a hedge outside the text (上百条, 上千亩)', async () => {
    expect(await q('活动有上百条彩龙登场，村里有上千亩果园。')).toEqual([
      ['百条', '上'],
      ['千亩', '上'],
    ]);
  });

  it('数 before ten thousands is a hedge outside the text (数万亩); 数十个, 几百只 are no figures', async () => {
    expect(await q('山林与数万亩林海相连，冻结赃款数百万元。')).toEqual([
      ['万亩', '数'],
      ['百万元', '数'],
    ]);
    expect(await q('搭起数十个帐篷，飞来几百只候鸟，经历数十年风雨，吸引数万群众。')).toEqual([]);
  });

  it('hedges after the unit stay out of the text', async () => {
    expect(await q('设备节能率提升了30%左右，粮食产量稳定在600亿斤以上，赚到了25万元左右的“第一桶金”。')).toEqual([
      ['30%', '左右'],
      ['600亿斤', '以上'],
      ['25万元', '左右'],
    ]);
  });

  it('余 and 多 between number and unit are in the text and in the qualifier', async () => {
    expect(await q('组织选拔赛200余场次，覆盖700多家酒店，总投资2800余亿元，在校生150余万人，中央财政下达8.6亿余元。')).toEqual([
      ['200余场次', '余'],
      ['700多家', '多'],
      ['2800余亿元', '余'],
      ['150余万人', '余'],
      ['8.6亿余元', '余'],
    ]);
  });

  it('达 states a figure, it does not hedge it', async () => {
    const [f] = await figuresOf('现场签约金额达120亿元。');
    expect(f).toMatchObject({ text: '120亿元', qualifier: null });
  });

  it('a hedge glued to the verb before it still counts (已有近20人)', async () => {
    expect(await q('如今，杨西炜的团队已有近20人。')).toEqual([['20人', '近']]);
  });

  it('近 inside 最近 is no hedge', async () => {
    expect(await q('最近5家企业完成改制。')).toEqual([['5家', null]]);
  });
});
