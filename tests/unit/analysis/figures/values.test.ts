import { describe, expect, it } from 'vitest';
import { figureAt, figuresOf, textsOf } from './helpers';

describe('numerals and units', () => {
  it('reads money in 元, 万元, 亿元, 万亿元 and normalises to 元', async () => {
    const s = '全省地区生产总值完成38515.6亿元，社会消费品零售总额达1.6万亿元，居民人均可支配收入35000元，单个项目补助50万元。';
    expect(await textsOf(s)).toEqual(['38515.6亿元', '1.6万亿元', '35000元', '50万元']);
    const gdp = await figureAt(s, '38515.6亿元');
    expect(gdp).toMatchObject({ value: 38515.6, unit: '亿元', normalized: { value: 3851560000000, unit: '元' } });
    expect((await figureAt(s, '1.6万亿元')).normalized).toEqual({ value: 1.6e12, unit: '元' });
    expect((await figureAt(s, '50万元')).normalized).toEqual({ value: 500000, unit: '元' });
  });

  it('keeps decimals exact when normalising', async () => {
    const f = await figureAt('湖南获得5.5181亿元支持。', '5.5181亿元');
    expect(f.value).toBe(5.5181);
    expect(f.normalized).toEqual({ value: 551810000, unit: '元' });
  });

  it('gives every bare 亿 of a list the unit printed at its end', async () => {
    const fs = await figuresOf('对东盟、欧盟、美国分别进出口530亿、420.6亿、318.2亿元。');
    expect(fs.map((f) => [f.text, f.unit, f.normalized?.value])).toEqual([
      ['530亿', '亿元', 53000000000],
      ['420.6亿', '亿元', 42060000000],
      ['318.2亿元', '亿元', 31820000000],
    ]);
  });

  it('reads Chinese, mixed and separated numerals', async () => {
    const s = '十余家企业、数十名专家参加论坛，两千名群众观看演出，全省新增规模以上工业企业1,234家，新增学位2.3万个。';
    const fs = await figuresOf(s);
    expect(fs.map((f) => [f.text, f.value, f.unit, f.qualifier])).toEqual([
      ['十余家', 10, '家', '余'],
      ['两千名', 2000, '名', null],
      ['1,234家', 1234, '家', null],
      ['2.3万个', 2.3, '万个', null],
    ]);
    expect(fs[3]!.normalized).toEqual({ value: 23000, unit: '个' });
  });

  it('reads 百分之… and fractions as percentages', async () => {
    const fs = await figuresOf('百分之七十五点六的受访者表示满意，三分之一的企业订单增长。');
    expect(fs.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['百分之七十五点六', 75.6, '%'],
      ['三分之一', 33.33, '%'],
    ]);
  });

  it('reads people, visits, households and other measure words', async () => {
    const s = '城镇新增就业73.5万人，全年接待游客6.8亿人次，走访群众2000多户，开行中欧班列1000列，新增充电桩8.5万台，生猪出栏6000万头。';
    const fs = await figuresOf(s);
    expect(fs.map((f) => [f.text, f.normalized])).toEqual([
      ['73.5万人', { value: 735000, unit: '人' }],
      ['6.8亿人次', { value: 680000000, unit: '人次' }],
      ['2000多户', { value: 2000, unit: '户' }],
      ['1000列', { value: 1000, unit: '列' }],
      ['8.5万台', { value: 85000, unit: '台' }],
      ['6000万头', { value: 60000000, unit: '头' }],
    ]);
    expect(fs.every((f) => f.kind === 'count')).toBe(true);
  });

  it('reads areas, masses, lengths, power and energy as amounts', async () => {
    const s = '全省已建成高标准农田4300多万亩，粮食总产量达617.5亿斤，新建高速公路320公里，新增光伏装机容量120万千瓦，全社会用电量2300亿千瓦时，新建厂房12万平方米。';
    const fs = await figuresOf(s);
    expect(fs.map((f) => [f.text, f.unit, f.kind])).toEqual([
      ['4300多万亩', '万亩', 'amount'],
      ['617.5亿斤', '亿斤', 'amount'],
      ['320公里', '公里', 'amount'],
      ['120万千瓦', '万千瓦', 'amount'],
      ['2300亿千瓦时', '亿千瓦时', 'amount'],
      ['12万平方米', '万平方米', 'amount'],
    ]);
    expect(fs[3]!.normalized).toEqual({ value: 1200000, unit: '千瓦' });
    expect(fs[5]!.normalized).toEqual({ value: 120000, unit: '平方米' });
  });

  it('reads 块钱 as 元, foreign currencies and prices per unit', async () => {
    expect((await figureAt('我们50块钱买5碗粥。', '50块钱')).unit).toBe('元');
    expect((await figureAt('货值超过40亿美元。', '40亿美元')).normalized).toEqual({ value: 4e9, unit: '美元' });
    expect((await figureAt('稻谷收购价每斤1.5元，钢材价格4200元/吨。', '4200元/吨')).unit).toBe('元/吨');
  });

  it('takes 个百分点 as percentage points, not %', async () => {
    const f = await figureAt('增速比全国高0.3个百分点。', '0.3个百分点');
    expect(f).toMatchObject({ value: 0.3, unit: '个百分点', normalized: { value: 0.3, unit: '个百分点' } });
  });

  it('reads 百亿元 and 百万辆', async () => {
    expect(await figureAt('税收收入超百亿元。', '百亿元')).toMatchObject({ value: 100, unit: '亿元', qualifier: '超' });
    expect((await figureAt('新能源汽车保有量突破百万辆。', '百万辆')).normalized).toEqual({ value: 1e6, unit: '辆' });
  });

  it('joins a dimension noun to a count when it heads the phrase', async () => {
    expect(await textsOf('从7个方面开展宣传，产品覆盖11个省份的近1000个站点。')).toEqual(['7个方面', '11个省份', '1000个站点']);
    expect(await textsOf('14个市州人大财经委负责同志发言。')).toEqual(['14个']);
  });
});

describe('ranges', () => {
  it('a range is one figure; its low end is the qualifier', async () => {
    const fs = await figuresOf('要在3至5年内建成一批创新平台，每年新增10-15家上市企业。');
    expect(fs.map((f) => [f.text, f.value, f.qualifier, f.kind])).toEqual([
      ['3至5年内', 5, '3至', 'date-range'],
      ['10-15家', 15, '10-', 'count'],
    ]);
  });

  it('a range printing its unit at both ends is one figure, whatever joins the ends', async () => {
    const fs = await figuresOf('贷款利率下调3%—5%。今明两天湘南最高气温34℃~36℃，其他地区37℃-39℃。');
    expect(fs.map((f) => [f.text, f.kind, f.qualifier])).toEqual([
      ['3%—5%', 'growth', '3%—'],
      ['34℃~36℃', 'amount', '34℃~'],
      ['37℃-39℃', 'amount', '37℃-'],
    ]);
  });

  it('a temperature below zero keeps its sign, at either end of a range, not a range’s dash', async () => {
    const fs = await figuresOf('明晨湘西北最低气温-4℃，湘中零下2℃，湘南-2至1℃，长沙2-5℃，山区-6～-3℃。');
    expect(fs.map((f) => [f.text, f.value])).toEqual([
      ['-4℃', -4],
      ['零下2℃', -2],
      ['-2至1℃', 1],
      ['2-5℃', 5],
      ['-6～-3℃', -3],
    ]);
  });

  it('a time clocked to the hundredth is a result; whole seconds are a duration', async () => {
    expect((await figureAt('她以7.25秒夺得速度赛冠军。', '7.25秒')).kind).toBe('amount');
    expect(await textsOf('请稍等10秒后重试。')).toEqual([]);
    // a margin over a rival is a difference
    expect((await figureAt('她以领先对手2秒的优势夺冠。', '2秒')).kind).toBe('growth');
  });

  it('a range of days may print 日 at its high end only', async () => {
    expect(await textsOf('预计25-26日高温加强，27至28日全省最高气温将达37℃。')).toEqual(['25-26日', '27至28日', '37℃']);
  });

  it('a clock time whose 时 a repost lost is no score; a score is', async () => {
    expect(await textsOf('19日凌晨441分，指挥中心接到报警。453分，首批救援人员抵达。上午930分，选手出发。')).toEqual([]);
    expect(await textsOf('他在期末考试中考了120分，全班第一。')).toContain('120分');
  });
});

describe('more units', () => {
  it('laws, cases, votes; 部 inside 部门 is no unit, 部门 counts departments', async () => {
    expect(await textsOf('会议表决通过了3部地方性法规，受理案件85.6万件，破获案件1.2万起，以552票赞成通过。三部门联合印发通知。')).toEqual([
      '3部',
      '85.6万件',
      '1.2万起',
      '552票',
      '三部门',
    ]);
    expect(await textsOf('他主政一地一部门多年。')).toEqual([]);
  });

  it('temperatures in ℃ and 摄氏度, a forecast above a line included; a departure from the norm is a change', async () => {
    expect(await textsOf('甲地将出现39℃以上高温，最高气温将达到37摄氏度。')).toEqual(['39℃', '37摄氏度']);
    expect((await figureAt('平均气温较常年同期偏高4至6℃。', '4至6℃')).kind).toBe('growth');
    expect((await figureAt('冷空气过后气温下降8至10摄氏度。', '8至10摄氏度')).kind).toBe('growth');
  });

  it('prints a rate of things as its count (10万辆/年), a price whole, the measure in its unit (3000元/吨)', async () => {
    expect(await textsOf('达产后年产能10万辆/年，日门诊量达4363例/日，收购价3000元/吨。')).toEqual(['10万辆', '4363例', '3000元/吨']);
  });

  it('scores in 分 after an Arabic numeral, not a clock or 十分; trains in 趟 and 对', async () => {
    expect(await textsOf('他以666分的成绩考入大学。会议于8时30分开始，他十分高兴。')).toEqual(['666分']);
    expect(await textsOf('南站开行动车组175.5对，普速列车160趟。')).toEqual(['175.5对', '160趟']);
    expect((await figureAt('今年气温较常年高出2℃。', '2℃')).kind).toBe('growth');
  });

  it('wells and ponds in 口, quilts in 床; a household of 三口 is no count', async () => {
    expect(await textsOf('全村有66口山塘，已完成40多口的整修，调拨棉被2万床。他家一家三口都来了。')).toEqual(['66口', '40多口', '2万床']);
  });

  it('a total of time in 万/亿 hours is an amount, not a period', async () => {
    expect(await figureAt('累计志愿服务时长超过3亿小时。', '3亿小时')).toMatchObject({ kind: 'amount', qualifier: '超过' });
  });
});

describe('spans of days counted and changed', () => {
  it('reads a number of days counted as a count and days added as growth', async () => {
    const fs = await figuresOf('去年全市空气优良天数321天，较上年增加19天。');
    expect(fs.map((f) => [f.text, f.kind])).toEqual([
      ['321天', 'count'],
      ['19天', 'growth'],
    ]);
  });

  it('keeps the 内 of a deadline, not of the end a change comes to', async () => {
    expect(await textsOf('车程将从原来的2小时缩短至1小时内，工程力争3年内完工。')).toEqual(['2小时', '1小时', '3年内']);
  });
});

describe('round magnitudes printed bare', () => {
  it('reads 千亩, 百米 and 百万元 as amounts, and no figure in 千家万户 or 万人植树', async () => {
    const fs = await figuresOf('千亩油菜花盛放，百米长龙腾飞，村集体收入突破百万元。幸福带进千家万户，万人义务植树。');
    expect(fs.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['千亩', 1000, '亩'],
      ['百米', 100, '米'],
      ['百万元', 100, '万元'],
    ]);
  });
});

describe('thresholds with 的', () => {
  it('takes no figure for a class above a line, with or without 的', async () => {
    expect(await textsOf('给全村170名60岁以上的老人发放慰问品，年产值500万元以上的企业有12家。')).toEqual(['170名', '12家']);
  });
});

describe('ages in decades', () => {
  it('reads 六旬 as an age in 旬, and no figure in 上旬', async () => {
    const fs = await figuresOf('一位六旬老人倒在路边。5月上旬降雨偏多。');
    expect(fs.map((f) => [f.text, f.value, f.unit])).toEqual([['六旬', 6, '旬']]);
  });
});

describe('editions', () => {
  it('counts the editions held, and reads no figure in an edition\'s or a session\'s number', async () => {
    expect(await textsOf('该节已连续成功举办十四届。第十五届油菜花节开幕，二十届三中全会精神深入人心。')).toEqual(['十四届']);
  });
});

describe('half of a whole', () => {
  it('reads 一半 as a share of 50%, and no figure in 另一半', async () => {
    const fs = await figuresOf('岳阳进出口农产品占全省近一半。他的另一半也来了。');
    expect(fs.map((f) => [f.text, f.value, f.unit, f.kind])).toEqual([['一半', 50, '%', 'share']]);
  });
});


describe('the same figure again', () => {
  it('lists it again in the same sentence of another subject, not in a later sentence', async () => {
    expect(await textsOf('张明等5人当选敬业好人，李强等5人当选孝老好人。')).toEqual(['5人', '5人']);
    expect(await textsOf('全村种了30亩茶。今年，这30亩茶迎来丰收。')).toEqual(['30亩']);
  });
});

describe('a hundred million printed as its unit', () => {
  it('reads 超亿元 and 上亿元 as 1 亿元 with the hedge, and no figure in a threshold naming a kind', async () => {
    expect((await figuresOf('实缴税收过亿元，总产值上亿元。')).map((f) => [f.text, f.value, f.unit, f.qualifier])).toEqual([
      ['亿元', 1, '亿元', '过'], ['亿元', 1, '亿元', '上'],
    ]);
    expect(await textsOf('全省入选产值超亿元村名单。')).toEqual([]);
  });
});

describe('units a kind of news prints', () => {
  it('reads tenths written with a digit (9成以上, 约占4成), not 5成员', async () => {
    expect((await figureAt('病例中有9成以上是通过性接触感染。', '9成')).kind).toBe('share');
    expect((await figureAt('同性性接触约占4成。', '4成')).value).toBe(4);
    expect(await textsOf('5成员单位参加了会议。')).toEqual([]);
  });

  it('reads medals right after the event they were won at (世锦赛3金、汤姆斯杯1金)', async () => {
    expect(await textsOf('分别是举重世锦赛3金、汤姆斯杯羽毛球赛1金。')).toEqual(['3金', '1金']);
  });

  it('reads square and cubic metres in Latin symbols, years lived through and laps', async () => {
    expect((await figureAt('新院区总建筑面积为138314.17m2。', '138314.17m2')).kind).toBe('amount');
    expect((await figureAt('环湘赛走过了10个年头。', '10个年头')).kind).toBe('date-range');
    expect((await figureAt('专业组赛程为环湖3圈。', '3圈')).kind).toBe('count');
    expect(await textsOf('构建一核两轴三圈的格局。')).toEqual([]);
  });
});

describe('the counted noun in a figure', () => {
  it("takes in the seed's dimension nouns (7个方面) but not kinds (3个类别, 57个品种)", async () => {
    expect(await textsOf('从基地建设、产品开发等7个方面推出措施。')).toEqual(['7个方面']);
    expect(await textsOf('成功筛选出57个品种。')).toEqual(['57个']);
    expect(await textsOf('比赛分专业组和体验组等3个类别。')).toEqual(['3个']);
  });
});

describe('units that are the start of a word', () => {
  it('reads 12日元宵节 as a day before a festival, not 12 yen', async () => {
    expect(await textsOf('2月12日元宵节，游客很多。')).toEqual([]);
    expect((await figureAt('每件售价500日元。', '500日元')).kind).toBe('amount');
  });
});

describe('fractions written with a slash', () => {
  it('reads 1/4 and 约2/3 of a whole as shares in %', async () => {
    const f = await figureAt('参加筹备的代表中，本省人占1/4。', '1/4');
    expect([f.kind, f.value, f.unit]).toEqual(['share', 25, '%']);
    expect((await figureAt('全县约2/3的耕地种上了油菜。', '2/3')).value).toBeCloseTo(66.67, 1);
  });

  it('leaves dates, rounds, scores and codes alone (3/8日, 1/4决赛, 2024/12/12)', async () => {
    expect(await textsOf('球队闯入1/4决赛。')).toEqual([]);
    expect(await textsOf('活动定于2024/12/12举行。')).toEqual([]);
    expect(await textsOf('比分最终定格为5/3。')).toEqual([]);
  });
});
