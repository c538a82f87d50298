import { beforeAll, describe, expect, it } from 'vitest';
import { entities, warmUp } from './helpers';

beforeAll(warmUp, 60_000);

describe('a company by its registered name', () => {
  it('is read back from its legal form over a brand jieba cuts into odd pieces', async () => {
    const e = await entities('记者走进王大明的湖南省蒸水源生态农业发展有限公司车间。湖南中栊木业有限公司今年扩产。');
    expect(e.orgs).toEqual(['湖南省蒸水源生态农业发展有限公司', '湖南中栊木业有限公司']);
  });

  it('stops at a preposition or a particle before it', async () => {
    const e = await entities('在龙牌食品股份有限公司，工人正在装箱。');
    expect(e.orgs).toEqual(['龙牌食品股份有限公司']);
  });

  it('is not listed when it is printed only inside a person’s role, as a body inside a title is not', async () => {
    const e = await entities('湖南中核金原新材料有限责任公司总经理李涛说，项目年内投产。');
    expect(e.orgs).toEqual([]);
    expect(e.people.map((p) => p.name)).toEqual(['李涛']);
  });

  it('reads trades named by a verb (规划, 勘察)', async () => {
    expect((await entities('湖南省交通规划勘察设计院有限公司承担设计。')).orgs).toEqual(['湖南省交通规划勘察设计院有限公司']);
  });

  it('needs a name before the legal form', async () => {
    const e = await entities('该有限公司去年营收增长。');
    expect(e.orgs).toEqual([]);
  });
});

describe('bodies side by side', () => {
  it('keeps an ordinal inside a hospital’s name', async () => {
    const e = await entities('患者转到岳阳市第二人民医院治疗。');
    expect(e.orgs).toEqual(['岳阳市第二人民医院']);
  });

  it('does not join two bodies across 联合', async () => {
    const e = await entities('零陵区政协医卫界委员工作室联合永州市第四人民医院开展义诊。');
    expect(e.orgs).toEqual(['零陵区政协医卫界委员工作室', '永州市第四人民医院']);
  });
});

describe('bodies of a town, task forces, and words that only look like bodies', () => {
  it('reads a body named after a town jieba does not know', async () => {
    const e = await entities('近年来，张坊镇退役军人服务站坚持把荣誉送到家。');
    expect(e.orgs).toEqual(['张坊镇退役军人服务站']);
  });

  it('does not take the centre of a town for a body', async () => {
    const e = await entities('记者走到青树坪镇中心，看到新修的广场。');
    expect(e.orgs).toEqual([]);
  });

  it('reads 中心工作 as "central work", not a centre', async () => {
    const e = await entities('委员们围绕省委、省政府中心工作建言献策。');
    expect(e.orgs).toEqual(['省委', '省政府']);
  });
});

describe('bodies of one level in a list', () => {
  it('reads a bare level body after another body of a list as that place’s', async () => {
    const e = await entities('本次活动由省文旅厅、岳阳市委、市政府主办。');
    expect(e.orgs).toEqual(['省文旅厅', '岳阳市委', '市政府']);
  });

  it('does not read the state and a province’s government joined by 和 as one body', async () => {
    const e = await entities('他多次受到国家和省政府表彰。');
    expect(e.orgs).toEqual(['省政府']);
  });
});

describe('a registered name among the words of a sentence', () => {
  it('stops at 兼 and leaves a glued 如 out', async () => {
    expect((await entities('他任办事处主任兼中国铁路广州局集团有限公司副总经理。')).orgs).toContain('中国铁路广州局集团有限公司');
    expect((await entities('如大有兴业实业集团有限公司在郴州投资10亿元。')).orgs).toEqual(['大有兴业实业集团有限公司']);
  });
});

describe('a registered name with a bracketed part', () => {
  it('reads over the bracket', async () => {
    expect((await entities('中声海洋科技（浙江）有限公司落户郴州。')).orgs).toEqual(['中声海洋科技（浙江）有限公司']);
  });

  it('leaves out what is left of a brand cut at 和', async () => {
    expect((await entities('他会见了长江和记实业（集团）有限公司主席。')).orgs).toEqual([]);
  });
});

describe('a body after its town', () => {
  it('is named from its own name, the town a place of its own', async () => {
    const e = await entities('比赛在洪山街道金鹰小学开赛。');
    expect(e.places).toEqual(['洪山街道']);
    expect(e.orgs).toEqual(['金鹰小学']);
  });

  it('keeps the town when the town names it', async () => {
    expect((await entities('张坊镇退役军人服务站坚持送喜报。')).orgs).toEqual(['张坊镇退役军人服务站']);
  });
});

describe('registered names: where the name opens', () => {
  it('starts at the province the name opens with, not at the words of the sentence before it', async () => {
    expect((await entities('团队成员实地考察湖南宏园美湘莲食品有限公司，了解湘莲加工。')).orgs).toEqual(['湖南宏园美湘莲食品有限公司']);
  });
  it('keeps one-character words jieba made of a brand between the province and the rest (湖南 极|和 智慧…)', async () => {
    expect((await entities('湖南极和智慧农业科技有限公司技术人员正在调试设备。')).orgs).toEqual(['湖南极和智慧农业科技有限公司']);
  });
  it('keeps a city inside the brand, and starts no name at a place before 的', async () => {
    expect((await entities('湖南华电常德发电有限公司完成检修。')).orgs).toEqual(['湖南华电常德发电有限公司']);
    expect((await entities('记者走进位于株洲市天元区的株洲恒驰电驱科技股份有限公司。')).orgs).toEqual(['株洲恒驰电驱科技股份有限公司']);
  });
});

describe('registered names: where they open', () => {
  it('keeps the province or city that opens the name, over a word jieba took for a verb or an adverb', async () => {
    expect((await entities('湖南贯通沃开新材料有限公司投资建设生产线。')).orgs).toEqual(['湖南贯通沃开新材料有限公司']);
    expect((await entities('项目由湖南高速物流发展有限公司投资建设。')).orgs).toEqual(['湖南高速物流发展有限公司']);
    expect((await entities('合作社与四川绵阳迪澳药业有限公司合作。')).orgs).toEqual(['四川绵阳迪澳药业有限公司']);
  });
  it('leaves out a village, a park or a jurisdiction before the brand', async () => {
    expect((await entities('活动在辖区三能房屋有限公司举办。')).orgs).toEqual(['三能房屋有限公司']);
  });
  it('reads a short form only as a word of its own, not a trade (冶炼厂, 冶炼企业)', async () => {
    const e = await entities('株洲冶炼集团股份有限公司源于株洲冶炼厂，是大型冶炼企业。');
    expect(e.orgs).not.toContain('冶炼');
  });
});

describe('co-operatives and family farms by their name', () => {
  it('reads a co-operative or a farm back from its form to its brand, its county opening it', async () => {
    expect((await entities('黄盖镇广坪村广锦棉花种植合作社基地，棉花已挂桃。')).orgs).toEqual(['广锦棉花种植合作社']);
    expect((await entities('去年底，李某返乡创办绿碧岭家庭农场。')).orgs).toEqual(['绿碧岭家庭农场']);
  });
  it('names a co-operative with no brand by its village, and a kind of co-operative not at all', async () => {
    expect((await entities('今年春笋收购前，月形湾村竹笋专业合作社主动对接企业。')).orgs).toEqual(['月形湾村竹笋专业合作社']);
    expect((await entities('全县发展种植养殖合作社和农民专业合作社。')).orgs).toEqual([]);
  });
});

describe('trades named by a verb inside a registered name', () => {
  it('reads on over the trade a company is registered for, whatever jieba tagged it (组织/v, 发行/v)', async () => {
    expect((await entities('比赛由株洲星河体育组织服务有限公司执行承办。')).orgs).toEqual(['株洲星河体育组织服务有限公司']);
    expect((await entities('影片由湘江影视发行有限责任公司发行。')).orgs).toEqual(['湘江影视发行有限责任公司']);
  });
});
