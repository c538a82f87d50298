import { beforeAll, describe, expect, it } from 'vitest';
import { entities, warmUp } from './helpers';

beforeAll(warmUp, 60_000);

// Invented sentences, one kind of text each.
describe('places: words that only look like places', () => {
  it('takes no count or kind of town, city or village for a name', async () => {
    const e = await entities('今年改造了2000个城镇老旧小区，争创省级文明城市，还评出一个“亿元村”。');
    expect(e.places).toEqual([]);
    expect((await entities('这里是个临江小镇，让人想起大城市的街道。')).places).toEqual([]);
    expect((await entities('“藏在深山里的千年古镇”吸引游客。')).places).toEqual([]);
  });

  it('reads the words of a park’s trade as kinds, not as its name', async () => {
    expect((await entities('汇报会谈到推进岳麓山视频文创产业园建设。')).places).toEqual(['岳麓山视频文创产业园']);
    expect((await entities('企业落户宁远县科创产业园。')).places).not.toContain('科创产业园');
  });

  it('reads a shopping district named by a date and a pedestrian street', async () => {
    expect((await entities('游客在长沙五一商圈的人潮中拍照。')).places).toEqual(['长沙', '五一商圈']);
    expect((await entities('新店亮相黄兴路步行街。')).places).toEqual(['黄兴路步行街']);
    // a named irrigation district is a place (the 灌区)
    expect((await entities('今年韶山灌区和铁山灌区完成渠道清淤。')).places).toEqual(['韶山灌区', '铁山灌区']);
    // a title the nation awards a county names no place of the story (中国柑橘之乡)
    expect((await entities('石门县被评为中国柑橘之乡。')).places).toEqual(['石门县']);
    // a Miao, Dong or Yao village by its own name, not a description (千年苗寨)
    expect((await entities('游客走进坪朗侗寨，又去了千年苗寨。')).places).toEqual(['坪朗侗寨']);
  });

  it('reads a tomb named after whom it holds as a site, not as a person', async () => {
    const e = await entities('清明节当天，讲解员在爱晚亭、黄兴墓、蔡锷墓为游客讲解。');
    expect(e.places).toContain('黄兴墓');
    expect(e.people.map((p) => p.name)).not.toContain('黄兴墓');
  });

  it('takes no kind of small town after a common word, but a town after a name', async () => {
    expect((await entities('各地打造果蔬小镇、文旅小镇，洞庭湖小镇也在建。')).places).toEqual(['洞庭湖小镇']);
  });

  it('takes no verb before the unit of a village word (发展|村|集体), nor a glued causative', async () => {
    expect((await entities('各村因地制宜发展村集体产业。')).places).toEqual([]);
    expect((await entities('资金到位后，使石江村实现了组组通公路。')).places).toEqual(['石江村']);
  });

  it('takes no clause after a county for a town or village of it', async () => {
    expect((await entities('领导赶到湘西送我们驻村，市长在洪江市坐镇指挥。')).places).toEqual(['湘西', '洪江市']);
  });

  it('takes no count of sites for a site', async () => {
    const e = await entities('天门山景区、大峡谷景区三大景区接待量大增，五大功能片区正在建设。');
    expect(e.places).toEqual(['天门山景区', '大峡谷景区']);
  });
});

describe('places: lists closed by a kind of area', () => {
  it('reads villages listed before 等N个贫困村 and cities before 等航点', async () => {
    expect((await entities('新村由过去的石源、龙阳、中坪等3个贫困村合并而成。')).places).toEqual(['石源', '龙阳', '中坪']);
    expect((await entities('机场将加密曼谷、甲米、苏梅等航点。')).places).toEqual(['曼谷', '甲米', '苏梅']);
  });
});

describe('places: foreign cities after their country', () => {
  it('reads cities jieba does not know, and the ones joined to them', async () => {
    const e = await entities('湘西州与法国安格市和希农市、南非赞扎巴尼市结为友好城市。');
    expect(e.places).toEqual(['湘西州', '法国', '安格市', '希农市', '南非', '赞扎巴尼市']);
    expect((await entities('代表团访问了日本滋贺县。')).places).toEqual(['日本', '滋贺县']);
  });

  it('reads no market or other word after a country as a city', async () => {
    expect((await entities('美国市场需求旺盛，美国总统发表讲话。')).places).toEqual(['美国']);
  });
});

describe('places: sites jieba cut apart', () => {
  it('reads a landform name cut before its kind whole', async () => {
    expect((await entities('占地2600亩的大江洞水库，就像一块绿宝石。')).places).toEqual(['大江洞水库']);
    expect((await entities('位于望城区的香炉洲大桥正在施工。')).places).toEqual(['望城区', '香炉洲大桥']);
  });

  it('reads railways and expressways named by their ends, not a verb glued to them', async () => {
    expect((await entities('随着常益长高铁建成通车，平益高速也在加紧建设。')).places).toEqual(['常益长高铁', '平益高速']);
    expect((await entities('黔张常铁路试运行，泸溪县接杭瑞高速。')).places).toEqual(['黔张常铁路', '泸溪县', '杭瑞高速']);
    expect((await entities('湖南高速通车里程突破7000公里。')).places).toEqual(['湖南']);
    expect((await entities('长沙地铁1号线铺轨工作进展顺利。')).places).toEqual(['长沙地铁1号线']);
  });

  it('reads an airport by its city and name however jieba cut them, and the name alone after it', async () => {
    const e = await entities('航线从昆明长水国际机场经湘西边城机场飞往北京大兴机场和宁波栎社机场，边城机场航站楼扩建。');
    expect(e.places).toEqual(['昆明长水国际机场', '湘西边城机场', '北京大兴机场', '宁波栎社机场', '边城机场']);
    expect((await entities('新建机场的选址工作启动。')).places).toEqual([]);
    expect((await entities('旅客经株洲、衡阳两个机场出境。')).places).toEqual(['株洲', '衡阳']);
  });

  it('reads a site after its town or village, a landform after a word of two, a rare first character', async () => {
    expect((await entities('比赛在洪江市黔城镇世纪广场鸣枪开跑，途经相思湖公园。')).places).toEqual(['洪江市', '黔城镇', '世纪广场', '相思湖公园']);
    expect((await entities('活动在沙洲村民俗广场举行，村民在沙洲村文化广场跳舞。')).places).toEqual(['沙洲村', '民俗广场']);
    expect((await entities('涔天河水库扩建工程完工，新晃侗族自治县工业集中区开工。')).places).toEqual(['涔天河水库', '新晃侗族自治县工业集中区']);
  });

  it('reads power plants and stations named with their voltage, and a span’s end after 西起', async () => {
    expect((await entities('星城500千伏变电站扩建，永州电厂满发。')).places).toEqual(['星城500千伏变电站', '永州电厂']);
    expect((await entities('该桥西起铜官电厂，村里建起光伏电站。')).places).toEqual(['铜官电厂']);
  });

  it('takes no place from the city that names the games (东京奥运会)', async () => {
    expect((await entities('她是东京奥运会铜牌获得者，曾在巴黎参加集训。')).places).toEqual(['巴黎']);
    expect((await entities('2008年北京奥运会开幕。')).places).toEqual([]);
  });

  it('reads lines listed before the one that carries the word, and takes none for a person', async () => {
    const e = await entities('建成后将与黔张常、张吉怀铁路衔接，先后建成张吉怀、常益长高铁等项目。');
    expect(e.places).toEqual(['黔张常', '张吉怀铁路', '张吉怀', '常益长高铁']);
    expect(e.people).toEqual([]);
    // (湖北高速交警 acting is the province's expressway police, a body: see org-kinds.test.ts.)
    const police = await entities('江西、湖北高速交警联合执法。');
    expect([police.places, police.orgs]).toEqual([['江西'], ['湖北高速交警']]);
  });

  it('reads hotels and the province’s own venues', async () => {
    expect((await entities('代表们抵达长沙蓉园宾馆报到。')).places).toEqual(['长沙', '蓉园宾馆']);
    expect((await entities('记者来到潇湘华天酒店驻地。')).places).toEqual(['潇湘华天酒店']);
    expect((await entities('会议在省人民会堂开幕。')).places).toEqual(['省人民会堂']);
  });
});

describe('places: ranges, regions and sites named by a county word', () => {
  it('reads a mountain range, a mountain area and an area’s region whole', async () => {
    expect((await entities('嫌疑人逃窜至雪峰山脉深处。')).places).toEqual(['雪峰山脉']);
    expect((await entities('动车开进武陵山区，长株潭地区空气优良。')).places).toEqual(['武陵山区', '长株潭地区']);
  });

  it('reads a county’s short name that is also a word as a place of its own before a site', async () => {
    expect((await entities('活动在永州零陵古城举行。')).places).toEqual(['永州', '零陵古城']);
  });
});

describe('places: expressways by number and section, and toll stations', () => {
  it('reads an expressway with its number and its section (G59呼北高速常德至张家界段)', async () => {
    expect((await entities('G59呼北高速常德至张家界段和厦蓉高速湖南段今天通车。')).places).toEqual(['G59呼北高速常德至张家界段', '厦蓉高速湖南段']);
  });
  it('takes no part a qualifier picks out (部分路段, 拥堵路段) for a named section', async () => {
    expect((await entities('受冰冻影响，沪昆高速部分路段临时封闭，京港澳高速拥堵路段已疏通。')).places).toEqual(['沪昆高速', '京港澳高速']);
  });
  it('reads toll stations by name and the items of a list sharing one 收费站, not 各收费站', async () => {
    const e = await entities('关闭S20马安高速安化、龙塘、羊角塘收费站，经开区收费站也临时关闭，各收费站加强管理。');
    expect(e.places).toEqual(['S20马安高速', '安化', '龙塘', '羊角塘收费站', '经开区收费站']);
    // A service area by name, not a kind of area in a plan (配套服务区) or the preposition before it.
    expect((await entities('规划了电子信息产业区、配套服务区。车辆在涟源西服务区停靠。')).places).toEqual(['涟源西服务区']);
  });
});

describe('places: the stops of a line listed one after another', () => {
  it('reads each stop of a metro list, not gauging stations on rivers', async () => {
    const e = await entities('地铁1号线已有17个车站完成主体结构，分别是汽车北站站、北辰三角洲站、五一广场站。');
    expect(e.places).toEqual(expect.arrayContaining(['汽车北站站', '北辰三角洲站', '五一广场站']));
    const r = await entities('超警站点分别为浏阳河榔梨站、捞刀河罗汉庄站，水位仍在上涨。');
    expect(r.places).not.toContain('浏阳河榔梨站');
  });
});

describe('places: roads jieba made a new word of', () => {
  it('reads named roads (翠荷路, 瓦官|口路), not railways, kinds of road or ways in a figure of speech', async () => {
    expect((await entities('竣工项目包括瓦官口路、翠荷路和观沙路。')).places).toEqual(['瓦官口路', '翠荷路', '观沙路']);
    expect((await entities('修通了通组路，走上了致富路，踏上逐梦之路。')).places).toEqual([]);
  });

  it('reads no road in the street in general, whatever jieba made of it (清扫马路/nz)', async () => {
    expect((await entities('凌晨，环卫工人正在清扫马路。')).places).toEqual([]);
  });
});

describe('places: compass parts of the province, and words glued to a name', () => {
  it('takes no compass part of the province (湘中, 湘东地区) for a place, but the named regions', async () => {
    expect((await entities('湘东地区和湘中地区将迎来降雨，湘南多云。')).places).toEqual([]);
    expect((await entities('泛湘南地区和大湘东的旅游收入增长。')).places).toEqual(['泛湘南地区', '大湘东']);
  });
  it('takes no verb of going (途经, 去逛) or 原/现 into a place', async () => {
    expect((await entities('公路途经茅草街、三仙湖等乡镇。')).places).toEqual(['茅草街']);
    expect((await entities('她先去逛坡子街，再去买特产。')).places).toEqual(['坡子街']);
    expect((await entities('该村由原排碧乡和现双龙镇管辖。')).places).toContain('双龙镇');
    // A verb standing alone may open the name (走/v 马街/ns 镇).
    expect((await entities('他来到走马街镇调研。')).places).toEqual(['走马街镇']);
  });
});

describe('places: a verb and its river, and a bare unit', () => {
  it('takes no verb with its river (巡河, 过江) and no bare 自治州 for a place', async () => {
    expect((await entities('来，咱们聊聊巡河这回事，再建一条过江通道。')).places).toEqual([]);
    expect((await entities('自治州成立65周年庆祝大会隆重举行。')).places).toEqual([]);
  });
});

describe('places: venues, museums and numbered roads', () => {
  it('reads a named museum, theatre and a city’s conference centre as places, not bodies', async () => {
    const e = await entities('游客走进湖南省博物馆，晚上去浏阳天空剧院看演出，论坛在长沙市会议中心举行。');
    expect(e.places).toEqual(['湖南省博物馆', '浏阳天空剧院', '长沙市会议中心']);
    expect(e.orgs).toEqual([]);
  });
  it('reads a national road by its number', async () => {
    expect((await entities('大桥位于207国道道县段。')).places).toContain('207国道');
  });
});

describe('places: teams named after their town', () => {
  it('takes no place from a team with a name of its own (娄底水镇慕长龙舟队)', async () => {
    expect((await entities('娄底水镇慕长龙舟队、株洲悠移庄园龙舟队分获第二、第三名。')).places).toEqual([]);
  });
});

describe('places: parks and scenic areas whatever jieba made of their names', () => {
  it('reads a protected area or park named after a landform, a place before it being a place of its own', async () => {
    const e = await entities('市民来到清江湖国家湿地公园游玩，游客走进大泽湖近自然湿地公园，辰溪仙人界省级森林公园位于辰溪县。');
    expect(e.places).toEqual(['清江湖国家湿地公园', '大泽湖近自然湿地公园', '辰溪', '仙人界省级森林公园', '辰溪县']);
  });

  it('reads a scenic area whose name jieba cut as a numeral or a verb, and no scenic areas counted or visited', async () => {
    expect((await entities('周末，市民走进万佛山景区赏花。')).places).toEqual(['万佛山景区']);
    expect((await entities('惹巴拉景区迎来客流高峰。')).places).toEqual(['惹巴拉景区']);
    expect((await entities('节日里不少景区推出优惠，满足游客参观景区的需求。')).places).toEqual([]);
  });
});

describe('places: a verb of gathering glued to the name', () => {
  it('reads the place after 齐聚, and no place when only a kind of site is left', async () => {
    expect((await entities('市民齐聚北塔公园观看舞龙。')).places).toEqual(['北塔公园']);
    expect((await entities('上百家企业齐聚园区。')).places).toEqual([]);
  });
});

describe('places: the city\'s roads, ring roads and interchanges', () => {
  it('reads a road named by a date, a ring road by its side and an interchange jieba cut apart', async () => {
    expect((await entities('车辆沿五一大道行驶，经东二环、鸭子铺立交桥到达。')).places).toEqual(['五一大道', '东二环', '鸭子铺立交桥']);
    expect((await entities('早高峰时，万家丽高架桥上车流如织。')).places).toEqual(['万家丽高架桥']);
  });

  it('cuts a preposition jieba glued to a road\'s name, and counts no interchanges', async () => {
    expect((await entities('大火一度蔓延至三一大道。')).places).toEqual(['三一大道']);
    expect((await entities('全市新建两条大道和三座立交桥。')).places).toEqual([]);
  });
});

describe('places: slogans, eras and compass parts that only name a place', () => {
  it('takes no place from a campaign, the new China, a brand phrase or 湘西北', async () => {
    expect((await entities('推动平安湖南建设。庆祝新中国成立70周年。九狮寨荣获中国驰名商标。“寻味中国年”开幕。湘西北有雨。')).places).toEqual([]);
    expect((await entities('湘西州、湖南省长沙市')).places).toEqual(['湘西州', '湖南省', '长沙市']);
  });
});

describe('places: a site named by two coined words', () => {
  it('reads the whole name over words jieba could not place (茭源/x 矿冶/j 遗址), and stops at a verb', async () => {
    const names = async (t: string) => (await entities(t)).places;
    expect(await names('考古人员发现茭源矿冶遗址。')).toContain('茭源矿冶遗址');
    expect(await names('他住在华源府第小区。')).toContain('华源府第小区');
    expect(await names('我们参观贺龙纪念馆。')).toContain('贺龙纪念馆');
  });
});

describe('places: old streets', () => {
  it('reads an old street by its name (太平老街), not a street described as old', async () => {
    expect((await entities('游客漫步太平老街。')).places).toEqual(['太平老街']);
    expect((await entities('这条老街很热闹。')).places).toEqual([]);
  });
});

describe('residential compounds', () => {
  it('reads a compound by its name, a place or road before it a place of its own', async () => {
    const e = await entities('长沙县星悦社区橄榄城小区广场暖意融融。武冈市武威路霞飞小区路口，居民在转移物资。');
    expect(e.places).toEqual(expect.arrayContaining(['橄榄城小区', '霞飞小区']));
  });
  it('reads no name in a kind of compound', async () => {
    const e = await entities('全县48个老旧小区改造已全部开工，事发小区位于城东。');
    expect(e.places.filter((p) => p.endsWith('小区'))).toEqual([]);
  });
});

describe('markets, grounds and halls by their name', () => {
  it('reads a market, a ground or a hall after its name as a place to go', async () => {
    const e = await entities('记者来到毛家桥菜市场，又去了湖南党史陈列馆，比赛在中南球场举行。');
    expect(e.places).toEqual(expect.arrayContaining(['毛家桥菜市场', '湖南党史陈列馆', '中南球场']));
  });
  it('reads no place in a trade\'s market', async () => {
    expect((await entities('文旅市场持续回暖，房地产市场趋稳。')).places).toEqual([]);
  });
});

describe("a city's people", () => {
  it('reads the city by its name in 市民 (株洲市民), not by its level', async () => {
    expect((await entities('不少株洲市民前来观看。')).places).toEqual(['株洲']);
    expect((await entities('株洲市民政局发布通知。')).places).not.toContain('株洲');
  });
});

describe('a kind of park a place has', () => {
  it('reads the place, not a site, in a place and kinds before 产业园', async () => {
    const e = await entities('安化县国家产业园返乡创业人数居全国前列。');
    expect(e.places).toEqual(['安化县']);
  });
});

describe('sites named after someone', () => {
  it('keeps a memorial hall or a former residence that bears a name the text lists as a person', async () => {
    const e = await entities('彭德怀同志是湘潭人。国庆期间，彭德怀纪念馆和彭德怀故居游客如织。');
    expect(e.places).toEqual(expect.arrayContaining(['彭德怀纪念馆', '彭德怀故居']));
    expect(e.people.map((p) => p.name)).toContain('彭德怀');
  });
});

describe('sites jieba knows whole or tags oddly', () => {
  it('reads a station jieba took whole under a city name, and a park after a bay jieba tagged zg', async () => {
    expect((await entities('8月28日，长沙火车站，旅客走出车站。')).places).toContain('长沙火车站');
    expect((await entities('绿水环绕的银星湾公园即将建成投用。')).places).toContain('银星湾公园');
  });
});

describe('halls and the troupes that play in them', () => {
  it('reads a concert hall or a theatre as a place, with the size jieba cut off its kind', async () => {
    const e = await entities('星城交响乐团在湘潭音乐厅演出，下月将在株洲神农大剧院和岳阳大剧院各演一场。');
    expect(e.places).toEqual(expect.arrayContaining(['湘潭音乐厅', '神农大剧院', '岳阳大剧院']));
    expect(e.orgs).not.toContain('湘潭音乐厅');
  });

  it('reads an orchestra, a song-and-dance troupe or an opera theatre company as a body', async () => {
    const e = await entities('株洲交响乐团、邵阳市歌舞团和湖南省花鼓戏剧院联合演出。');
    expect(e.orgs).toEqual(expect.arrayContaining(['株洲交响乐团', '邵阳市歌舞团', '湖南省花鼓戏剧院']));
    expect(e.places).not.toContain('湖南省花鼓戏剧院');
  });

  it('leaves a preposition jieba glued to a hall\'s name outside it', async () => {
    expect((await entities('记者从梅溪湖大剧院了解到，新剧将首演。')).places).toContain('梅溪湖大剧院');
  });
});

describe('places: a lake or river jieba cut from its name', () => {
  it('reads 宝峰|湖 and 华容|河 as one place', async () => {
    expect((await entities('游客乘船游览武陵源区宝峰湖，碧水青山。')).places).toContain('宝峰湖');
    expect((await entities('藕池河、华容河穿境而过。')).places).toContain('华容河');
  });

  it('reads no lake after a count or a word of water (江河湖库)', async () => {
    expect((await entities('全县江河湖库水质稳定。')).places).not.toContain('江河湖');
  });
});

describe("places: a province's network and names jieba cut at a preposition or a noun", () => {
  it('takes no line for 从省高速公路 (a preposition glued to the level)', async () => {
    expect((await entities('记者今天从省高速公路路网运行监测指挥中心获悉，车流平稳。')).places).toEqual([]);
  });
  it('reads 炭河里遗址 after 距 glued to it and after the county (宁乡 炭|河里 遗址)', async () => {
    expect((await entities('新屋湾遗址西北距炭河里遗址约2公里。')).places).toContain('炭河里遗址');
    expect((await entities('宁乡炭河里遗址出土了大量青铜器。')).places).toEqual(['宁乡', '炭河里遗址']);
  });
});
