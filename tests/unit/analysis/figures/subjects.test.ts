import { describe, expect, it } from 'vitest';
import { figureAt, figuresOf } from './helpers';

const subjects = async (s: string) => (await figuresOf(s)).map((f) => [f.text, f.subject]);

describe('subjects', () => {
  it('the noun phrase and verb before the number, without the reporting period', async () => {
    expect((await figureAt('今年前11个月，湖南省进出口总值5121.9亿元。', '5121.9亿元')).subject).toBe('湖南省进出口总值');
    expect((await figureAt('今年1至10月，我国社会消费品零售总额约39.90万亿元。', '39.90万亿元')).subject).toBe('我国社会消费品零售总额');
  });

  it('a clause with only a change verb takes the topic of the figure before it', async () => {
    expect(await subjects('其中，出口3003.4亿元，进口2118.5亿元、增长10%。')).toEqual([
      ['3003.4亿元', '出口'],
      ['2118.5亿元', '进口'],
      ['10%', '进口增长'],
    ]);
    const [, , share] = await figuresOf('生产型企业进出口值2350.3亿元，增长11.3%，占同期全省进出口总值的45.9%。');
    expect(share!.subject.startsWith('生产型企业进出口值占')).toBe(true);
  });

  it('list items are paired with a list of numbers after 分别', async () => {
    expect(await subjects('怀化、株洲、郴州、湘潭分别增长32.4%、27.1%、10.5%、5.7%。')).toEqual([
      ['32.4%', '怀化增长'],
      ['27.1%', '株洲增长'],
      ['10.5%', '郴州增长'],
      ['5.7%', '湘潭增长'],
    ]);
    expect(await subjects('对巴西、俄罗斯、中国台湾分别进出口230亿、203.3亿、186.9亿元，分别增长1.3%、17.3%、34.4%。')).toEqual([
      ['230亿', '对巴西进出口'],
      ['203.3亿', '对俄罗斯进出口'],
      ['186.9亿元', '对中国台湾进出口'],
      ['1.3%', '对巴西进出口增长'],
      ['17.3%', '对俄罗斯进出口增长'],
      ['34.4%', '对中国台湾进出口增长'],
    ]);
  });

  it('a verb shared by the list is spread to each item', async () => {
    expect(await subjects('国有企业、外资企业进出口分别增长4.4%、3.5%。')).toEqual([
      ['4.4%', '国有企业进出口增长'],
      ['3.5%', '外资企业进出口增长'],
    ]);
    expect(await subjects('出口汽车、船舶分别增长45.2%、12.1%。')).toEqual([
      ['45.2%', '出口汽车增长'],
      ['12.1%', '出口船舶增长'],
    ]);
  });

  it('a count names what it counts', async () => {
    expect(await subjects('即1场开幕式暨主论坛、3个分论坛、1个展览。')).toEqual([
      ['1场', '开幕式暨主论坛'],
      ['3个', '分论坛'],
      ['1个', '展览'],
    ]);
    expect((await figureAt('本届投洽会共签约项目326个。', '326个')).subject).toContain('签约项目');
  });

  it('after 等, the examples are left out and the counted noun kept', async () => {
    expect((await figureAt('提前下达公共文化服务体系建设补助等三笔资金预算。', '三笔')).subject).toBe('提前下达资金预算');
    expect((await figureAt('朱龙波、潘婷等4组选手荣获二等奖。', '4组')).subject).toContain('选手');
  });

  it('another holder of the same measure in a parallel clause', async () => {
    const [, hunan] = await figuresOf('全国补助资金预算总额是134.3180亿元，湖南获得5.5181亿元。');
    expect(hunan!.subject).toMatch(/^湖南获得.*补助资金/);
  });

  it('a share with 的 before its noun takes the noun', async () => {
    expect((await figureAt('全省30%的规上企业实现盈利增长。', '30%')).subject).toContain('规上企业');
  });

  it('a rank drops its rank verb', async () => {
    expect((await figureAt('对非贸易继续保持中西部第一。', '中西部第一')).subject).toBe('对非贸易');
  });

  it('a size before 的 measures the thing built or bought, not the builder', async () => {
    expect((await figureAt('县里建起两千平方米的冷链分拣中心，统一标准。', '两千平方米')).subject).toBe('冷链分拣中心');
  });

  it('a size right before a noun measures that noun, not what the clause says next', async () => {
    expect((await figureAt('“今年挂果好，我家80亩桃园预计能收40多吨。', '80亩')).subject).toBe('我家桃园');
    expect((await figureAt('“今年挂果好，我家80亩桃园预计能收40多吨。', '40多吨')).subject).toBe('我家桃园预计能收');
  });

  it('households and people of a whole village are its household count and population', async () => {
    expect((await figureAt('全村有386户1529人。', '386户')).subject).toBe('全村户数');
    expect((await figureAt('全村有386户1529人。', '1529人')).subject).toBe('全村人口');
  });
});
