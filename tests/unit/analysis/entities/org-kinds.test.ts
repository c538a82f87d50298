import { beforeAll, describe, expect, it } from 'vitest';
import { entities, warmUp } from './helpers';

beforeAll(warmUp, 60_000);

// Invented sentences.
describe('organisations: what is not one body', () => {
  it('takes all the bodies of a kind, or a system, for no body', async () => {
    expect((await entities('全省各大医院将组织专家下乡。')).orgs).toEqual([]);
    expect((await entities('湖南法院坚决贯彻落实中央部署。')).orgs).toEqual([]);
    expect((await entities('会议表彰了全省政协系统的先进集体。')).orgs).toEqual([]);
  });

  it('takes no quoted slogan or layout for a body', async () => {
    expect((await entities('湖南落实“一带一部”定位，打造对外交流的“会客厅”。')).orgs).toEqual([]);
    expect((await entities('县里优化产业布局，形成发展新格局。')).orgs).toEqual([]);
  });

  it('leaves the role a body plays out of its name, and starts a party’s body at the party', async () => {
    expect((await entities('他结合后盾单位华天集团的优势，提出帮扶思路。')).orgs).toEqual(['华天集团']);
    expect((await entities('会上，向媒体通报民进湖南省委的调研成果。')).orgs).toEqual(['民进湖南省委']);
  });
});

describe('organisations: a unit printed right after its body', () => {
  it('reads a branch jieba tags as a verb (长沙 分行/v) and a bureau of a ministry (刑侦局)', async () => {
    expect((await entities('企业在浦发银行长沙分行的支持下发展壮大。')).orgs).toEqual(['浦发银行长沙分行']);
    expect((await entities('公安部刑侦局派员指导侦破。')).orgs).toEqual(['公安部刑侦局']);
  });
});

describe('organisations: a body naming its session', () => {
  it('lists no body printed only as the name of its session (省政协十一届三次会议)', async () => {
    expect((await entities('今天下午，省政协十一届三次会议召开选举大会。')).orgs).toEqual([]);
    expect((await entities('大会将审议湖南省高级人民法院工作报告。')).orgs).toEqual([]);
    expect((await entities('省人大常委会第十次会议审议了条例草案，省人大常委会将继续监督。')).orgs).toEqual(['省人大常委会']);
  });
});

describe('organisations: units and short names of colleges', () => {
  it('reads a detachment’s unit and vocational colleges by their short names', async () => {
    expect((await entities('岳阳市武警支队船艇大队官兵赶到。')).orgs).toEqual(['岳阳市武警支队船艇大队']);
    expect((await entities('湖南机电职院、长沙民政职院参赛。')).orgs).toEqual(['湖南机电职院', '长沙民政职院']);
  });
});

describe('organisations: pairs and parties', () => {
  it('splits a level’s committee and government printed as one (市委市政府)', async () => {
    expect((await entities('市委市政府高度重视防汛工作。')).orgs).toEqual(['市委', '市政府']);
  });
  it('reads no place joined by 与 into a body’s name, and a university’s attached school', async () => {
    expect((await entities('湖南与香港政府加强合作。')).orgs).toEqual(['香港政府']);
    expect((await entities('湖南师大附中学生获得金牌。')).orgs).toEqual(['湖南师大附中']);
  });
});

describe('organisations: a body after its county’s chain', () => {
  it('starts a body with a name of its own after the chain, but keeps a county’s department whole', async () => {
    const e = await entities('长沙市开福区清水塘小学的学生参加了活动。');
    expect(e.orgs).toEqual(['清水塘小学']);
    expect(e.places).toEqual(expect.arrayContaining(['长沙市', '开福区']));
    expect((await entities('浏阳市农业农村局发布通知。')).orgs).toEqual(['浏阳市农业农村局']);
  });
  it('drops a glued 现 ("now") before a body (现湘南学院)', async () => {
    expect((await entities('他毕业于郴州师专（现湘南学院）。')).orgs).toContain('湘南学院');
  });
});

describe('organisations: short names, terms and units', () => {
  it('reads a lexicon body that looks like a kind (湖南银行), and a body after its term (十三届省政协)', async () => {
    expect((await entities('湖南银行向该县发放水利贷款。')).orgs).toEqual(['湖南银行']);
    expect((await entities('十三届省政协召开第五十二次主席会议。')).orgs).toEqual(['省政协']);
    expect((await entities('十二届全国人大四次会议期间，代表们审议报告。')).orgs).toEqual([]);
  });

  it('reads courts by their short names and weather offices', async () => {
    expect((await entities('湖南高院撤销永州中院一审判决。')).orgs).toEqual(['湖南高院', '永州中院']);
    expect((await entities('长沙市气象台发布高温预警。')).orgs).toEqual(['长沙市气象台']);
  });

  it('splits a body and the unit it owns, and leaves a stadium to the places', async () => {
    expect((await entities('长沙海关所属星沙海关加强监管。')).orgs).toEqual(['长沙海关', '星沙海关']);
    const e = await entities('圣火在岳阳市体育中心点燃。');
    expect(e.orgs).toEqual([]);
    expect(e.places).toEqual(['岳阳市体育中心']);
  });
});

describe('organisations: a company by its brand and trade', () => {
  it('reads an unknown brand followed by its trade, with the place printed before it', async () => {
    expect((await entities('其中，翎耀智能科技总部和研发基地、沃驰科技研发运营基地落户园区。')).orgs).toEqual(['翎耀智能科技', '沃驰科技']);
    expect((await entities('还有安仁县仁城矿业、宜章志存新材料等重大项目。')).orgs).toEqual(['安仁县仁城矿业', '宜章志存新材料']);
  });

  it('takes no project, industry or park named by a trade for a company', async () => {
    expect((await entities('签约项目有领建科技新材料生产、汇杰重工整机生产。')).orgs).toEqual([]);
    expect((await entities('湖南宝悦新能源特种车产业园开工。')).orgs).toEqual([]);
  });
});

describe('organisations: a kind of body by its area', () => {
  it('takes a township clinic, a grassroots clinic or a mountain school for no body', async () => {
    expect((await entities('深夜，镇卫生院急诊室的灯还亮着。')).orgs).toEqual([]);
    expect((await entities('她在基层卫生院工作多年，走遍了山区学校。')).orgs).toEqual([]);
    expect((await entities('患者转到湘雅医院治疗。')).orgs).toEqual(['湘雅医院']);
  });
});

describe('organisations: short forms jieba knows, and a lone 委', () => {
  it('reads a group or a bank by its short form, and a prefecture committee jieba split off', async () => {
    expect((await entities('中粮集团在全球粮食企业中规模最大。')).orgs).toEqual(['中粮集团']);
    expect((await entities('工商银行向景区发放贷款。')).orgs).toEqual(['工商银行']);
    expect((await entities('湘西州委、州政府坚持项目建设。')).orgs).toEqual(['湘西州委', '州政府']);
    expect((await entities('研发中心和中小学校都在园区。')).orgs).toEqual([]);
  });
});

describe('organisations: examples, kinds in a list, schools jieba took for names', () => {
  it('drops 如 before an example body, and takes common nouns closed by 等单位 for kinds', async () => {
    expect((await entities('有的填补了国内空白，如长高集团生产的开关。')).orgs).toEqual(['长高集团']);
    expect((await entities('展会接待了来自部门、机关、园区、高校等单位的观众。')).orgs).toEqual([]);
  });

  it('reads a school jieba tagged as a person’s name', async () => {
    expect((await entities('来自长沙的长郡中学获得团体总分第一名。')).orgs).toEqual(['长郡中学']);
  });
});

describe('organisations: fire stations and volunteer teams', () => {
  it('reads a fire station named by its road or street, whatever jieba cut, places and all', async () => {
    const e = await entities('花垣县翠竹路消防救援站收到群众送来的锦旗，株洲市消防救援支队红旗街特勤消防站也赶到现场。');
    expect(e.orgs).toEqual(['花垣县翠竹路消防救援站', '株洲市消防救援支队红旗街特勤消防站']);
    expect(e.places).toEqual([]);
    expect((await entities('各消防站加强值守，消防救援站全员在岗。')).orgs).toEqual([]);
  });

  it('reads a volunteer team as a body', async () => {
    expect((await entities('长沙市红十字志愿服务队开展义诊活动。')).orgs).toEqual(['长沙市红十字志愿服务队']);
  });
});

describe('organisations: a visit or a joint act is no part of a name', () => {
  it('starts the body after a verb of visiting or acting together, or a conjunction before a level', async () => {
    expect((await entities('沈晓明在长沙调研洞庭实验室。')).orgs).toEqual(['洞庭实验室']);
    expect((await entities('湖南省科技馆联合中邮保险湖南分公司开展活动。')).orgs).toContain('中邮保险湖南分公司');
    expect((await entities('张先生与平江县政府签订协议。')).orgs).toEqual(['平江县政府']);
  });

  it('reads both bodies around a verb of joint work when a level body follows it', async () => {
    expect((await entities('省财政厅会同省农业农村厅下达补助资金。')).orgs).toEqual(['省财政厅', '省农业农村厅']);
    expect((await entities('市教育局联合市卫健委开展检查。')).orgs).toEqual(['市教育局', '市卫健委']);
  });

  it('keeps a conjunction inside a name', async () => {
    expect((await entities('省人力资源和社会保障厅发文。')).orgs).toEqual(['省人力资源和社会保障厅']);
  });
});


describe('organisations: national media by their short names', () => {
  it('reads 央视 and 澎湃新闻 acting in the story as bodies', async () => {
    const e = await entities('作为本报联合央视打造的品牌活动，该节目还被澎湃新闻转载。');
    expect(e.orgs).toEqual(['央视', '澎湃新闻']);
  });
});

describe('organisations: schools by number, shopping platforms', () => {
  it('reads a school by its place and number, and no school in 其中一中队', async () => {
    const e = await entities('怀化三中的学生来到宁乡一中，长沙市一中和东郡二小的老师也来了。');
    expect(e.orgs).toEqual(['怀化三中', '宁乡一中', '长沙市一中', '东郡二小']);
    expect(e.places).toEqual([]);
    expect((await entities('其中一中队负责警戒。')).orgs).toEqual([]);
  });

  it('reads the national shopping platforms as bodies', async () => {
    expect((await entities('产品在淘宝、京东上热销。')).orgs).toEqual(['淘宝', '京东']);
  });
});

describe('organisations: a centre that is a role or a middle', () => {
  it('takes no body from 以…为中心 or a place\'s role as a centre, and keeps a body named 中心', async () => {
    expect((await entities('以罗文村整村为中心，打造湖南金融中心和长株潭区域中心，省疾控中心介入。')).orgs).toEqual(['省疾控中心']);
  });
});

describe('party committees jieba cut or tagged oddly', () => {
  beforeAll(warmUp);

  it("reads a county's committee when jieba tags the county a person (华容县/nr 委), and its government after it", async () => {
    expect((await entities('洪灾发生后，华容县委、县政府快速反应。')).orgs).toEqual(['华容县委', '县政府']);
  });

  it("reads a democratic party's provincial committee whole (民盟省委), not as the CPC's 省委", async () => {
    expect((await entities('民盟省委、农工党省委提交了集体提案。')).orgs).toEqual(['民盟省委', '农工党省委']);
  });
});

describe('the head of a name a place left off, and bodies that are no one body', () => {
  beforeAll(warmUp);

  it('reads a national centre and the app’s desk whole (国家超级计算天津中心, 新湖南编辑部)', async () => {
    expect((await entities('如今，部署在国家超级计算天津中心的天河一号运行良好。')).orgs).toEqual(['国家超级计算天津中心']);
    expect((await entities('在新湖南编辑部，大家连连点赞。')).orgs).toEqual(['新湖南编辑部']);
  });

  it('lists no body for 党和政府, 党委政府 or 市中心', async () => {
    expect((await entities('“党和政府的政策好。”她说。市中心城区将改造。')).orgs).toEqual([]);
  });
});

describe('channels and offices jieba misreads', () => {
  it('reads a television channel by its name and an office jieba tags an idiom (扶贫办/i)', async () => {
    expect((await entities('节目在湖南公共频道播出，由省扶贫办指导。')).orgs).toEqual(['湖南公共频道', '省扶贫办']);
    expect((await entities('你可以切换频道。')).orgs).toEqual([]);
  });
});

describe('associations named by an activity', () => {
  it('reads over an activity jieba tags a verb when a level or a place opens the name', async () => {
    expect((await entities('省围棋协会和长沙市广场舞协会联合主办。')).orgs).toEqual(['省围棋协会', '长沙市广场舞协会']);
    expect((await entities('他们推动协会发展。')).orgs).toEqual([]);
  });
});

describe('a body opening a quoted title', () => {
  it('names the programme or the prize, not itself (“湖南交通频道一帮一爱心大行动”)', async () => {
    expect((await entities('活动有“湖南交通频道一帮一爱心行动”等。')).orgs).toEqual([]);
    expect((await entities('湖南交通频道发起“一帮一爱心行动”。')).orgs).toEqual(['湖南交通频道']);
    expect((await entities('他获评“湖南省人民政府质量奖”。')).orgs).toEqual([]);
  });
});

describe("a place's fire, traffic and police forces by their short names", () => {
  it('reads 娄底消防, 怀化高速交警 and 长沙公安 acting as bodies', async () => {
    const e = await entities('娄底消防接警后迅速出动。怀化高速交警提醒广大车主。长沙公安深入开展专项行动。');
    expect(e.orgs).toEqual(['娄底消防', '怀化高速交警', '长沙公安']);
  });
  it('takes no force before a noun (消防安全, 公安力量) or inside a longer name (消防救援队伍)', async () => {
    const e = await entities('长沙消防安全形势平稳，株洲公安力量充足，湖南消防救援队伍接警出动。');
    expect(e.orgs.filter((o) => /消防|公安/u.test(o) && !/队伍$/u.test(o))).toEqual([]);
  });
});
