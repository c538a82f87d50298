import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/src/analysis/entities';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

const seg = nodeSegmenter();
const orgs = async (text: string) => extractEntities(text, await seg.tag(text)).orgs;

describe('organisation edges', () => {
  it('never starts an organisation with 据 (according to)', async () => {
    expect(await orgs('据南洞庭湖自然保护区管理局统计，今年越冬候鸟明显增多。')).toEqual(['南洞庭湖自然保护区管理局']);
    expect(await orgs('据北京大学化学学院发布的消息，成果已通过鉴定。')).not.toContain('据北京大学化学学院');
  });

  it('ends a body before an act it does to another body', async () => {
    const found = await orgs('衡阳市人民政府办公室函复耒阳市人民政府，同意调整规划。');
    expect(found).toContain('耒阳市人民政府');
    expect(found.some((o) => o.includes('函复') || o.includes('复函'))).toBe(false);
    expect(await orgs('株洲市检察机关推动企业总部落户。')).not.toContain('株洲市检察机关推动企业总部');
  });

  it('reads 联合会商 as a verb of joint work after a body, not a federation', async () => {
    expect(await orgs('省水利厅与省气象局联合会商，得出如下结论。省残疾人联合会发出倡议。')).toEqual(['省水利厅', '省气象局', '省残疾人联合会']);
  });

  it('splits two bodies at 协同, a verb of joint work', async () => {
    expect(await orgs('近日，岳阳警方协同岳阳市医保局破获一起骗保案。')).toEqual(['岳阳市医保局']);
  });

  it('takes no unnamed government or committee of a town for a body', async () => {
    expect(await orgs('镇政府组织村民修路，镇党委书记带队，平江县政府给予支持。')).toEqual(['平江县政府']);
  });

  it('keeps a verb that names what a body does inside its name', async () => {
    expect(await orgs('省地方戏曲保护传承中心近日发布名录。')).toEqual(['省地方戏曲保护传承中心']);
    expect(await orgs('常德市麋鹿保护协会组织志愿者巡护。')).toEqual(['常德市麋鹿保护协会']);
  });

  it('opens a body’s name at the level of government printed before it', async () => {
    expect(await orgs('数据由省生态环境监测中心发布。')).toEqual(['省生态环境监测中心']);
    // …also after a word of the sentence jieba took for a noun (积极响应/n, 指导/n)
    expect(await orgs('各地积极响应国家体育总局号召，督查组指导省生态环境厅党组整改。')).toEqual(['国家体育总局', '省生态环境厅党组']);
    // …while a parent body's name and a site's own name stay (民盟长沙市委, 梅溪湖康复医院)
    expect(await orgs('民盟长沙市委开展义诊，梅溪湖康复医院派出医生。')).toEqual(['民盟长沙市委', '梅溪湖康复医院']);
  });

  it('reads a company’s site with a name of its own as a body of its own', async () => {
    expect(await orgs('湘潭丰源粮油有限公司韶峰粮库今年收储早稻。')).toEqual(['湘潭丰源粮油有限公司', '韶峰粮库']);
    expect(await orgs('人民日报社湖南分社记者参加。')).toEqual(['人民日报社湖南分社']);
  });
});

describe('a body next to another', () => {
  it('ends a body before a word that places something next to it (省人民医院 斜对面 …)', async () => {
    expect(await orgs('投诉人住在省人民医院斜对面的小区。')).toEqual(['省人民医院']);
  });
});

describe('a body after a chain of levels', () => {
  it('starts a body the last level names at that level (邵阳市 洞口县人民医院), not at an area (保护区)', async () => {
    expect(await orgs('他在邵阳市洞口县人民医院就诊。')).toEqual(['洞口县人民医院']);
    expect(await orgs('张家界市武陵源区政府大院里停满了车。')).toEqual(['武陵源区政府']);
    expect(await orgs('南洞庭湖自然保护区南县管理局开展巡护。')).toEqual(['南洞庭湖自然保护区南县管理局']);
  });
});

describe('a list of companies', () => {
  it('names every company of a 、-list whole, however jieba cut the brand', async () => {
    expect(await orgs('大北农集团、新希望公司、正邦农牧公司入选全国饲料企业20强。')).toEqual(['大北农集团', '新希望公司', '正邦农牧公司']);
  });

  it('takes no kind of company for a name', async () => {
    expect(await orgs('全省有上市公司、子公司和分公司多家。')).toEqual([]);
  });
});

describe('newspapers and channels', () => {
  it('names papers and channels named as media, not the paper of a dateline or credit', async () => {
    const found = await orgs('湖南日报记者李明报道。解放日报、新民晚报的记者参加了活动。');
    expect(found).toEqual(['解放日报', '新民晚报']);
  });
});

describe('district bodies and divisions of a department', () => {
  it('opens a body at 区 and reads a department’s 管理处', async () => {
    expect(await orgs('区产业发展局负责人介绍了情况。')).toEqual(['区产业发展局']);
    expect(await orgs('据省农业农村厅种植业管理处负责人介绍，早稻已收。')).toEqual(['省农业农村厅种植业管理处']);
  });

  it('opens a body at the level jieba glued to a preposition (据省|旅游发展委员会)', async () => {
    expect(await orgs('据省旅游发展委员会统计，假期全省接待游客3000万人次。')).toEqual(['省旅游发展委员会']);
    // …also when the reading back took in the words before the preposition (记者|从省|卫生厅).
    expect(await orgs('今晚，记者从省卫生厅获悉，我省新增1例确诊病例。')).toEqual(['省卫生厅']);
  });

  it('reads international bodies and state forest farms', async () => {
    expect(await orgs('世界卫生组织研究证实，接种疫苗是最有效的手段。')).toEqual(['世界卫生组织']);
    expect(await orgs('甲市雪峰山国有林场获评秀美林场。')).toEqual(['甲市雪峰山国有林场']);
  });

  it('takes every body of a kind in the province or city for no one body (全省国有林场, 全市中学)', async () => {
    expect(await orgs('全省国有林场工作会议召开，全市中学校长参加。')).toEqual([]);
  });

  it("reads the state's banks by short name and their branches, not a second body joined by 及", async () => {
    expect(await orgs('在农行郴州分行的支持下，农行为大户放款。')).toEqual(['农行郴州分行', '农行']);
    expect(await orgs('见到来调研的国家开发银行及省分行工作人员。')).toEqual(['国家开发银行']);
  });

  it('reads co-operative federations (供销合作联合社, 供销总社) and ends a body before 隶属于', async () => {
    expect(await orgs('在中华供销总社的支持下，怀化市供销合作联合社组织果农参展。')).toEqual(['中华供销总社', '怀化市供销合作联合社']);
    expect(await orgs('省财贸医院隶属于省供销合作总社。')).toEqual(['省财贸医院', '省供销合作总社']);
  });

  it('reads disease-control centres and bodies by their pre-2018 names', async () => {
    expect(await orgs('倡议书由衡阳市疾病预防控制中心发布，文化部曾予指导。')).toEqual(['衡阳市疾病预防控制中心', '文化部']);
  });

  it('keeps a city jieba tagged as a verb at the head of its body (怀化/v 市委党校)', async () => {
    expect(await orgs('培训由怀化市委党校承办，怀化市委宣传部协办。')).toEqual(['怀化市委党校', '怀化市委宣传部']);
  });

  it('takes a kind of body in quotes (“超级中学”) for no body, a named one (“专创融合中心”) for one', async () => {
    expect(await orgs('这里不打造“超级中学”，而是办好每一所学校。')).toEqual([]);
    expect(await orgs('学院建成“专创融合中心”。')).toEqual(['专创融合中心']);
  });
});

describe('orgs: a body whose name jieba cut inside a place', () => {
  it('starts at the place (湖南|省农业农村厅, 安乡县|委宣传部, 月|田|镇政府)', async () => {
    expect(await orgs('湖南省农业农村厅发布通知。')).toEqual(['湖南省农业农村厅']);
    expect(await orgs('本次活动由安乡县委宣传部主办。')).toEqual(['安乡县委宣传部']);
    expect(await orgs('月田镇政府回复了群众。')).toEqual(['月田镇政府']);
  });

  it('not from a word that only ends like a place (其中|国防科技大学)', async () => {
    expect(await orgs('他们来自5所大学，其中国防科技大学新增了3位院士。')).not.toContain('中国防科技大学');
  });
});

describe('orgs: works by their name', () => {
  it('reads a named works as a body (衡阳县污水处理厂, 株洲冶炼厂), not a works of no name', async () => {
    expect(await orgs('衡阳县污水处理厂正在建设。')).toEqual(['衡阳县污水处理厂']);
    expect(await orgs('株洲冶炼厂搬迁了。')).toEqual(['株洲冶炼厂']);
    expect(await orgs('每个县都建了污水处理厂。')).toEqual([]);
  });
});

describe('a pronoun glued to a body', () => {
  it('reads the body without the pronoun and its preposition (我受/x 省人民政府委托)', async () => {
    expect(await orgs('各位委员：我受省人民政府委托，报告今年的审计工作。')).toEqual(['省人民政府']);
  });
});

describe('federations and leading groups', () => {
  it('reads a 总会 and a 领导小组 as bodies', async () => {
    expect(await orgs('比赛由省体育总会主办。')).toEqual(['省体育总会']);
    expect(await orgs('活动由中央宣传思想文化工作领导小组指导。')).toEqual(['中央宣传思想文化工作领导小组']);
  });
});

describe('orgs: a titled person is no body', () => {
  it('reads no school in 院士邹学校: a title, then a name that ends like a body', async () => {
    expect(await orgs('专家组包括中国工程院院士邹学校以及多名教授。')).not.toContain('中国工程院院士邹学校');
  });
});
