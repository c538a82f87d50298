import { beforeAll, describe, expect, it } from 'vitest';
import { entities, officialTitles, peopleNames, warmUp } from './helpers';

beforeAll(warmUp, 60_000);

// Invented sentences: forms of officials' titles the paper prints.
describe('officials: lists with their count, titles set apart, posts of units', () => {
  it('gives a session title to a list whose count is printed right after it, when the count matches', async () => {
    expect(officialTitles(await entities('会上，王小明、李红霞、赵大年3位政协委员先后发言。'))).toEqual({
      王小明: ['政协委员'],
      李红霞: ['政协委员'],
      赵大年: ['政协委员'],
    });
    // a count that is not the list's length: no such reading
    expect(officialTitles(await entities('会上，王小明、李红霞5位政协委员先后发言。'))).toEqual({});
  });

  it('reads the heads of an inspection team and a name a handing over follows (X手中接过)', async () => {
    expect(officialTitles(await entities('省联络组副总协调人周立从中央督察组总协调人刘安平手中接过举报件。'))).toEqual({
      周立: ['省联络组副总协调人'],
      刘安平: ['中央督察组总协调人'],
    });
  });

  it('reads a title and a name on a line of their own, set apart by a space', async () => {
    expect(officialTitles(await entities('省人大代表 周建华\n农村电网基础差，需要加快改造。'))).toEqual({ 周建华: ['省人大代表'] });
  });

  it('reads the commanders of fire, police and city-management units and a township’s cadres', async () => {
    expect(officialTitles(await entities('记者接到消防救援大队中队长钟明亮的电话。'))).toEqual({ 钟明亮: ['消防救援大队中队长'] });
    expect(officialTitles(await entities('镇武装干事刘建军说，会密切关注天气。'))).toEqual({ 刘建军: ['镇武装干事'] });
    expect(officialTitles(await entities('村里的妇女主任杨秀英组织了舞蹈队。'))).toEqual({ 杨秀英: ['妇女主任'] });
  });

  it('ends a name before an adverbial and a verb of finding (惊喜地发现)', async () => {
    expect(officialTitles(await entities('省人大代表杨红梅惊喜地发现，建议被采纳了。'))).toEqual({ 杨红梅: ['省人大代表'] });
  });

  it('takes no name from two function words (和|对)', async () => {
    const e = await entities('这充分体现了对民意的尊重和对代表建议的重视，省人大会议表决通过了决议。');
    expect(Object.keys(officialTitles(e))).toEqual([]);
    expect(peopleNames(e)).toEqual([]);
  });
});

describe('officials and people: more forms', () => {
  it('reads a poverty-relief headquarters in a title (市脱贫攻坚指挥部副指挥长)', async () => {
    expect(officialTitles(await entities('市人大常委会副主任、市脱贫攻坚指挥部副指挥长刘建华说，帮扶要落到实处。'))).toEqual({
      刘建华: ['市人大常委会副主任', '市脱贫攻坚指挥部副指挥长'],
    });
  });

  it('reads a name whose last character jieba glued to the verb after it (熊璋|辉送)', async () => {
    expect(officialTitles(await entities('驻村帮扶工作队队长熊璋辉送孩子到县一中报到了！'))).toEqual({ 熊璋辉: ['驻村帮扶工作队队长'] });
  });

  it('reads a name after a kind of household and between an age and a kind of person', async () => {
    expect(peopleNames(await entities('住在这里的易地扶贫搬迁户武青山，他的新家宽敞明亮。'))).toEqual(['武青山']);
    expect(peopleNames(await entities('88岁的滕云书老人喜欢写板书。'))).toEqual(['滕云书']);
    // an adverb after the household is no surname
    expect(peopleNames(await entities('看到效益后，贫困户都服气了。'))).toEqual([]);
  });

  it('reads the short names of a list closed by a count of expressways as places, not people', async () => {
    const e = await entities('今年将建成平伍、伍益、江杉、宁韶等4条高速公路。');
    expect(peopleNames(e)).toEqual([]);
    expect(e.places).toEqual(['平伍', '伍益', '江杉', '宁韶']);
  });
});

describe('titles whose body has a field between its parts', () => {
  it('keeps a field jieba tagged a verb between a body and its part (提案/v 委员会, 统计分析/l 处)', async () => {
    expect(officialTitles(await entities('全国政协提案委员会副主任周红在主席台就座。'))).toEqual({ 周红: ['全国政协提案委员会副主任'] });
    expect(officialTitles(await entities('长沙海关统计分析处处长何清介绍情况。'))).toEqual({ 何清: ['长沙海关统计分析处处长'] });
  });
  it('reads the short names of people\'s bodies (记协, 侨联) as bodies', async () => {
    expect(officialTitles(await entities('省记协副秘书长刘江出席。'))).toEqual({ 刘江: ['省记协副秘书长'] });
  });
});

describe('a character jieba left between a place and a body', () => {
  it('keeps it in the title (湖南省 直/d 团工委书记)', async () => {
    expect(officialTitles(await entities('湖南省直团工委书记周红出席。'))).toEqual({ 周红: ['湖南省直团工委书记'] });
  });
});

describe('where a name ends before 说', () => {
  beforeAll(warmUp);

  it('ends a name before 说, and keeps a given name ending in 团 that jieba proposed after a title', async () => {
    const names = async (t: string) => (await entities(t)).officials.map((o) => o.name);
    expect(await names('帮扶工作队队长田团说，村里变化很大。')).toEqual(['田团']);
    expect(await names('村党支部书记杨理带说，村里变化很大。')).toEqual(['杨理带']);
    expect(await names('村党支部书记王伟在说，村里变化很大。')).toEqual(['王伟']);
  });
});

describe('officials: leading groups, ministries, spokespersons and firms’ party posts', () => {
  it('reads the head of a leading group and a ministry’s chief professional as offices', async () => {
    expect(officialTitles(await entities('市安全生产工作领导小组组长刘国华、商务部总会计师韩明远出席。'))).toEqual({
      刘国华: ['市安全生产工作领导小组组长'],
      韩明远: ['商务部总会计师'],
    });
  });

  it('reads 负责人 as an office at a public body only, not at a firm, a club or a project', async () => {
    const e = await entities('市中级人民法院负责人郑启明通报案情。桃源茶业负责人吴大海、项目部主任孙立新在场。');
    expect(officialTitles(e)).toEqual({ 郑启明: ['市中级人民法院负责人'] });
    expect(peopleNames(e)).toEqual(expect.arrayContaining(['吴大海', '孙立新']));
  });

  it('reads a firm’s party secretary as its executive, also when the post follows its firm’s title', async () => {
    const e = await entities('华能电力有限公司董事长、党委书记范建平，湘江银行党委书记、行长陆云飞出席。');
    expect(officialTitles(e)).toEqual({});
    expect(peopleNames(e)).toEqual(expect.arrayContaining(['范建平', '陆云飞']));
  });

  it('never reads an ordinary word and a modal verb as a name (成员单位要)', async () => {
    expect(peopleNames(await entities('领导小组成员单位要做好值守。'))).toEqual([]);
  });

  it('reads 代表 before the bodies someone speaks for as the verb, not a deputy\'s title', async () => {
    const e = await entities('江西省党政代表团来湘考察。省委书记王建国主持。王建国代表省委、省政府对代表团一行表示欢迎。');
    expect(officialTitles(e)).toEqual({ 王建国: ['省委书记'] });
  });

  it('keeps a name whose last character jieba glued to the verb 下 (唐少东|下到田间)', async () => {
    const e = await entities('县农业农村局高级农艺师唐少东下到田间仔细查看稻苗长势。');
    expect(peopleNames(e)).toContain('唐少东');
  });
});

