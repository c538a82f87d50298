import { beforeAll, describe, expect, it } from 'vitest';
import { entities, warmUp } from './helpers';

beforeAll(warmUp, 60_000);

// Invented sentences.
describe('organisations: a list of bodies', () => {
  it('reads brands and short names in a list closed by 等 and a kind of body', async () => {
    expect((await entities('年货节通过淘宝、京东、拼多多等电商平台销售土特产。')).orgs).toEqual(['淘宝', '京东', '拼多多']);
    expect((await entities('来自南航、厦航、成都航空等航空公司的代表参加座谈。')).orgs).toEqual(['南航', '厦航', '成都航空']);
    expect((await entities('园区聚集了时代新材、时代电动等11家大型企业。')).orgs).toEqual(['时代新材', '时代电动']);
  });

  it('reads the items joined by 和, and a list mostly of bodies found already', async () => {
    const e = await entities('形成了三一集团、山河智能、中联工起、铁建重工和五新隧装等龙头企业集群。');
    expect(e.orgs).toEqual(['三一集团', '山河智能', '中联工起', '铁建重工', '五新隧装']);
  });

  it('takes no clause word, glued preposition or name cut by a verb for a body', async () => {
    expect((await entities('队伍由区产业发展局、区科工信局等单位组成。')).orgs).toEqual(['区产业发展局', '区科工信局']);
    expect((await entities('评选出东信烟花、亚太烟花等12家企业。')).orgs).toEqual(['东信烟花', '亚太烟花']);
    expect((await entities('张明、李华等企业家参加了座谈。')).orgs).toEqual([]);
    expect((await entities('苹果、香蕉、橘子等水果丰收。')).orgs).toEqual([]);
  });

  it('reads companies described at length before 企业, not industries (等动力产业规模企业)', async () => {
    expect((await entities('长沙已拥有甲乙汽车、丙丁电动、戊己新能源等12家新能源汽车整车生产企业。')).orgs).toEqual(['甲乙汽车', '丙丁电动', '戊己新能源']);
    expect((await entities('轨道交通、汽车、航空等动力产业规模企业87家。')).orgs).toEqual([]);
  });

  it('leaves a copula before the first item out (是|松下)', async () => {
    // (松下 alone is a two-character common noun to jieba, so it is left out as a kind.)
    expect((await entities('主要供应商是松下、三星、宁德时代等国际知名企业。')).orgs).toEqual(['三星', '宁德时代']);
  });
});

describe('the firms that stand for a trade', () => {
  it('reads each item of 以A、B等为代表的 + a trade as a body, not those standing for a kind of person', async () => {
    const e = await entities('全省形成了以星辰科技、云帆数据等为代表的数字教育服务，以鲜丰汇、好食记等为代表的电子商务。');
    expect(e.orgs).toEqual(expect.arrayContaining(['星辰科技', '云帆数据', '鲜丰汇', '好食记']));
    expect((await entities('涌现出以张明远、李秋实等为代表的一批科学家。')).orgs).toEqual([]);
  });
});

describe('a list of bodies closed by its size', () => {
  it('ends the last item before the count (江声实验学校 三个考点)', async () => {
    const e = await entities('今年，湘潭县设湘潭县一中、云龙实验中学、江声实验学校三个考点。');
    expect(e.orgs).toEqual(['湘潭县一中', '云龙实验中学', '江声实验学校']);
  });
});

describe("a level's office by its short name", () => {
  it('reads 省农委 (a level glued before a two-character office) as a body, not 党委 or 村委', async () => {
    expect((await entities('从今年开始，省农委将连续5年开展品牌评选。')).orgs).toEqual(['省农委']);
  });
});
