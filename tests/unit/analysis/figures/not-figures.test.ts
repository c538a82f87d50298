import { describe, expect, it } from 'vitest';
import { textsOf } from './helpers';

describe('what is not a figure', () => {
  it('calendar dates, years and reporting periods', async () => {
    expect(await textsOf('2024年12月11日，记者获悉，今年前11个月、1至10月、前三季度、上半年以来，到2025年底前完成。')).toEqual([]);
    expect(await textsOf('10日，比赛举行；12月11日讯。')).toEqual([]);
  });

  it('the line that defines a group counted next', async () => {
    expect(await textsOf('去年营收超过50亿元的有6家企业，投资过3亿元的重点项目21个。')).toEqual(['6家', '21个']);
    // …but a figure passed, with nothing counted after it, is a figure.
    expect(await textsOf('全年销售额超过50亿元，比上年增长12%。')).toEqual(['50亿元', '12%']);
  });

  it('ordinal names of events and sessions', async () => {
    expect(await textsOf('湖南省第八届“爱我国防”主题演讲比赛，2024第二届融通生态大会，党的二十届三中全会，十四届全国人大二次会议。')).toEqual([]);
    expect(await textsOf('杨西炜将第一台设备安装在楼顶，这是第一批试点，第三方机构参与评估。')).toEqual([]);
  });

  it('names built on numbers: codes, products, models', async () => {
    expect(await textsOf('采用“1+N+1”模式，发展5G、4K超高清、G60科创走廊、C919大飞机，PM2.5浓度稳定。')).toEqual([]);
    expect(await textsOf('全省共建成5G基站12万个。')).toEqual(['12万个']);
  });

  it('hotlines, phone numbers and clock times', async () => {
    expect(await textsOf('通过“12345”举报平台或拨打0731-84722000反映问题，上午9时30分开始，晚上8点结束，10:30集合。')).toEqual([]);
  });

  it('numeral slogans and set phrases', async () => {
    expect(await textsOf('深入实施“三高四新”美好蓝图，推进“一带一路”建设，做到“两个维护”，打造“三个高地”，坚持四措并举。')).toEqual([]);
    expect(await textsOf('全省一盘棋，一把手负总责，千家万户受益，三番五次督促，一是要稳增长，二是要调结构。')).toEqual([]);
    expect(await textsOf('这是全省重点城市之一，一些企业、一批项目参与，调研组一行先后来到岳阳。')).toEqual([]);
  });

  it('一 as an article, but not as an item of a list of counts', async () => {
    expect(await textsOf('与一家专门做热水机组的公司达成合作，黑了一个度。')).toEqual([]);
    expect(await textsOf('即一场开幕式暨主论坛、三个分论坛、一个展览。')).toEqual(['一场', '三个', '一个']);
  });

  it('numeral characters inside words', async () => {
    expect(await textsOf('出口自动数据处理设备及其零部件，零售企业，统一部署，万一出现，十分注重，三番五次督促。')).toEqual([]);
  });

  it('page references of continuation marks', async () => {
    expect(await textsOf('▲▲（上接1版③）项目初见成效后，团队开始推广。')).toEqual([]);
  });

  it('size classes naming a category', async () => {
    expect(await textsOf('其中10亿元以上项目58个。')).toEqual(['58个']);
  });

  it('a measure word that starts a longer noun', async () => {
    // 人 of 人民 is no unit: 10万 counts the people the phrase names (the corpus gold: 7300万湖南人民).
    expect(await textsOf('迈上万亿台阶，带领10万人民群众。')).toEqual(['10万']);
  });

  it('a distance that names a race is no figure; a distance built is', async () => {
    expect(await textsOf('她在男子标准龙舟500米直道竞速中夺冠，又拿下100米自由泳冠军。')).toEqual([]);
    expect(await textsOf('新修建500米道路。')).toEqual(['500米']);
  });
});

describe('event and session names built on numbers', () => {
  it('reads no figure in a weight class, a crew or a session’s number', async () => {
    expect(await textsOf('她获得女子举重59公斤级冠军。')).toEqual([]);
    expect(await textsOf('男子四人双桨决赛在今天进行。')).toEqual([]);
    expect(await textsOf('省十四届人大二次会议今天开幕。')).toEqual([]);
    expect(await textsOf('党的二十届三中全会召开。')).toEqual([]);
  });

  it('still counts visits and reads medals after a verb of winning', async () => {
    expect(await textsOf('他先后四次来到湘西调研。')).toEqual(['四次']);
    expect(await textsOf('她在决赛中再添1银，队友拿下2金。')).toEqual(['1银', '2金']);
  });
});

describe('counts inside a short quoted name', () => {
  it('leaves out a Chinese-numeral count inside a quoted phrase of up to eight characters', async () => {
    expect(await textsOf('我省出台招商“黄金十条”，“四大检察”协同发力。')).toEqual([]);
    expect(await textsOf('全市新建了十条道路。')).toEqual(['十条']);
  });
});
