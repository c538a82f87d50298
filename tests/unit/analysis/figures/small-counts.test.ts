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

/** 级 is mostly a rank (三级医院, 一级巡视员); it counts only tiers of government, or measures wind and quakes. */
describe('tiers, wind forces and quakes in 级', () => {
  it('counts the tiers after a list of levels or before the system they make', async () => {
    expect(await textsOf('区、镇、村三级共同发力，建成县乡两级调度平台。')).toEqual(['三级', '两级']);
    expect((await figureAt('全县推行四级联动机制。', '四级')).kind).toBe('count');
    expect(await textsOf('市里建立了五级湖长体系。')).toEqual(['五级']);
  });

  it('leaves ranks of hospitals, posts, species and responses alone', async () => {
    expect(await textsOf('这家三级医院启动一级响应，院内有国家二级保护动物标本，一级巡视员到场。')).toEqual([]);
    expect(await textsOf('县城两级法院开展执行攻坚。')).toEqual([]);
  });

  it('reads wind forces and magnitudes as measures', async () => {
    expect((await figureAt('夜间有6级以上西北大风。', '6级')).kind).toBe('amount');
    expect((await figureAt('当地发生4.2级地震。', '4.2级')).kind).toBe('amount');
  });
});

describe('episodes, characters and speeds', () => {
  it('counts episodes and characters, not 集团 or 十字', async () => {
    expect(await textsOf('这部剧每周播出四集，剧本写了12万字。')).toEqual(['四集', '12万字']);
    expect(await textsOf('三一集团门前的十字路口。')).toEqual([]);
  });

  it('reads a speed as one unit, with 千 given back to 千米', async () => {
    const f = await figureAt('新线设计时速为120千米/小时。', '120千米/小时');
    expect([f.kind, f.unit, f.normalized]).toEqual(['amount', '千米/小时', { value: 120, unit: '公里/小时' }]);
    expect(await textsOf('风速约15米/秒。')).toEqual(['15米/秒']);
  });
});

describe('a count of people jieba glued to the verb after it', () => {
  it('reads 120多人 before 学, which jieba glues into 人学/n', async () => {
    expect(await textsOf('培训开班后，120多人学得认真。')).toEqual(['120多人']);
  });
});

describe('sets of equipment by 台套', () => {
  it('reads 台套 whole, not 台 with 套 left over', async () => {
    expect(await textsOf('共享平台上线设备600台套。')).toEqual(['600台套']);
  });
});

describe('courts and fields by 片', () => {
  it('counts the courts of a sports park, not a stretch of something (一片)', async () => {
    expect(await textsOf('公园建有8片网球场、24片羽毛球场。')).toEqual(['8片', '24片']);
    expect(await textsOf('山坡上一片绿意盎然。')).toEqual([]);
  });
});

describe('devices by 具 and a species tally by its ranks', () => {
  it('counts devices or bodies by 具, but not in 具有, 具备 or 具体', async () => {
    expect(await textsOf('全市已发放轮椅300多具，安装假肢58具。')).toEqual(['300多具', '58具']);
    expect(await textsOf('这3具有代表性的案例具体说明了问题。')).toEqual([]);
  });

  it('counts the orders, families and genera of a tally, never a lone 科 or 目', async () => {
    expect(await textsOf('保护区记录鸟类9目21科，植物88科203属。')).toEqual(['9目', '21科', '88科', '203属']);
    expect(await textsOf('全校开设5科，考生属于3个类别。')).toEqual(['3个']);
  });
});

describe('counts jieba glued to the word after them', () => {
  it('reads 等15人为 (人为 one word of jieba\'s) and 9部委 as counts', async () => {
    expect(await textsOf('决定授予王某等15人为优秀志愿者。')).toEqual(['15人']);
    expect(await textsOf('商务部等9部委联合发文。')).toEqual(['9部委']);
  });
});

describe('counts of aspects', () => {
  it('reads 六个方面 before a verb as a count (the verb follows the noun, not the measure word)', async () => {
    expect(await textsOf('通过理念、设施、产业等六个方面融入大湾区。')).toEqual(['六个方面']);
  });
});

describe('a bare 万 before the people it counts', () => {
  it('reads 6800万湖南人 and 1000万三湘儿女 as counts of people', async () => {
    expect((await figureAt('6800万湖南人是我们的坚强后盾！', '6800万')).kind).toBe('count');
    expect(await textsOf('全省1000万三湘儿女积极参与。')).toEqual(['1000万']);
  });
});

describe('tables at a banquet', () => {
  it('counts 桌 as a measure word of tables, a round hundred after a hedge too', async () => {
    expect(await textsOf('他在家中操办宴席共125桌。')).toEqual(['125桌']);
    expect(await textsOf('有的宴请多达上百桌。')).toEqual(['百桌']);
  });
});

describe('stations counted in weather and flood reports', () => {
  it('counts 站 after an Arabic numeral, and not 一站式', async () => {
    expect(await textsOf('截至今天10时，全省仍有12站超警戒水位。')).toEqual(['12站']);
    expect(await textsOf('办事实现一站式服务。')).toEqual([]);
  });
  it('takes 这9站 for the 9站 counted before it, not a new count', async () => {
    expect(await textsOf('全省有9站超警戒水位，这9站全部位于沅水流域。')).toEqual(['9站']);
  });
});

describe('rainfall in millimetres printed mm', () => {
  it('reads 102.8mm as a measure in 毫米', async () => {
    const f = await figureAt('该乡最大降雨量已达102.8mm。', '102.8mm');
    expect(f?.normalized).toEqual({ value: 102.8, unit: '毫米' });
  });
});

describe('cubic metres printed 方', () => {
  it('reads 58亿方 and 80万方 as volumes, not 三方 or 505方 (carvings)', async () => {
    expect((await figureAt('建成后年输气量可达58亿方。', '58亿方')).normalized).toEqual({ value: 5.8e9, unit: '立方米' });
    expect(await textsOf('双方签订三方协议，山上共有505方摩崖石刻。')).toEqual([]);
  });
});
