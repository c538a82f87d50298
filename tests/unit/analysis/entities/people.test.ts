import { beforeAll, describe, expect, it } from 'vitest';
import { entities, peopleNames, warmUp } from './helpers';

/** name:titles of each official, for compact assertions. */
const officials = async (text: string) => (await entities(text)).officials.map((o) => `${o.name}:${o.titles.join('、')}`);

// Loading the wasm and the user dictionary takes seconds on a busy machine: not part of any test.
beforeAll(warmUp, 60_000);

describe('other people', () => {
  it('takes no pronoun (包括|我) and no verb of motion with its province (来|湘) for a name', async () => {
    expect(peopleNames(await entities('全省的传承人和工作者，包括我在内，都倍感振奋。'))).toEqual([]);
    expect(await officials('总书记习近平来湘考察时，勉励湖南持续用力。')).toEqual(['习近平:总书记']);
  });
  it('takes no credit’s name fused to the photo verb (通讯员田超摄) for a person', async () => {
    expect(peopleNames(await entities('秧苗长势良好。通讯员田超摄'))).not.toContain('田超摄');
  });

  it('takes no verb of motion with the verb it leads (来|观看) for a name, but keeps 谢|开明', async () => {
    expect(peopleNames(await entities('焰火吸引了超过60万游客来观看；志愿者谢开明等人的故事感人。'))).toEqual(['谢开明']);
  });
  it('takes no adverb before a verb (都|领到) or a feeling (幸福感) for a name', async () => {
    expect(peopleNames(await entities('每名村民都领到一袋米，提升了获得感和幸福感。'))).toEqual([]);
    expect(peopleNames(await entities('全镇农户都在争抢这几日好天气。'))).toEqual([]);
  });
  it('keeps 为 in a name followed by an adverbial verb of speech (邓有为高兴地说)', async () => {
    expect(peopleNames(await entities('刚捉到一只鸡的村民邓有为高兴地说：“这样好。”'))).toEqual(['邓有为']);
  });
  it('takes no storehouse (冷藏库/nr) and no 边说边 for a name, and reads 谢德明说 whole', async () => {
    expect(peopleNames(await entities('冷链设施包括冷藏库、冷冻库等。'))).toEqual([]);
    expect(await officials('“还有人上当。”民警边说边叹气。')).toEqual([]);
    expect(await officials('县委常委、常务副县长谢德明说，贷款已到位。')).toEqual(['谢德明:县委常委、常务副县长']);
  });

  it('ends a name before the preposition 以 (记者陈峰以《…》为题) and a ·-name before a verb (买买提查看)', async () => {
    expect(peopleNames(await entities('市电视台记者陈峰以《木兰接棒记》为题，讲述了脱贫故事。'))).toEqual(['陈峰']);
    expect(peopleNames(await entities('村民吾买尔·买买提查看自己的账户，笑得合不拢嘴。'))).toEqual(['吾买尔·买买提']);
  });

  it('takes no adverbial before its verb (安静地坐) and no conjunction before a kind of person (和商人) for a name', async () => {
    expect(peopleNames(await entities('大家安静地坐在座位上，认真翻阅资料。'))).toEqual([]);
    expect(peopleNames(await entities('后来，花炮由外国使者和商人辗转传播到日本。'))).toEqual([]);
  });

  it('gives an academician the role printed before the name', async () => {
    const e = await entities('中国科学院院士欧阳自远在湖南大学作报告。');
    expect(e.officials).toEqual([]);
    expect(e.people).toEqual([expect.objectContaining({ name: '欧阳自远', role: '中国科学院院士' })]);
  });

  it('reads roles of entrepreneurs, model workers and 见义勇为者', async () => {
    const e = await entities(
      '企业家刘永好说，湖南的营商环境越来越好。见义勇为者王海龙被授予“湖南好人”称号。全国劳动模范、湘潭电机厂高级技师王建国介绍，这项技术已经成熟。',
    );
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ['刘永好', '企业家'],
      ['王海龙', '见义勇为者'],
      ['王建国', '全国劳动模范、湘潭电机厂高级技师'],
    ]);
  });

  it('reads a chain of academic roles, with the university fused into the role', async () => {
    const e = await entities('湘潭大学教授、博士生导师曾令华认为，数字经济已经成为增长新引擎。');
    expect(e.people).toEqual([expect.objectContaining({ name: '曾令华', role: '湘潭大学教授、博士生导师' })]);
    expect(e.orgs).toEqual([]);
  });

  it('reads a name printed before a role (袁隆平院士)', async () => {
    const e = await entities('袁隆平院士的团队在三亚开展试验。');
    expect(e.people).toEqual([expect.objectContaining({ name: '袁隆平', role: '院士' })]);
  });

  it('finds a speaker with no title from 说 / 笑道 after a quotation', async () => {
    const e = await entities('“我们种的油茶今年丰收了。”种植户谭秋生笑道。“今年又多收了三成。”谭秋生说。');
    expect(e.people).toHaveLength(1);
    expect(e.people[0]).toMatchObject({ name: '谭秋生', role: '种植户' });
    expect(e.people[0]!.mentions).toHaveLength(2);
  });

  it('puts the village into a villager\'s role as printed and lists it as a place', async () => {
    const e = await entities('“日子越过越红火。”花垣县十八洞村村民施成富说。');
    expect(e.people).toEqual([expect.objectContaining({ name: '施成富', role: '十八洞村村民' })]);
    expect(e.places).toEqual(['花垣县', '十八洞村']);
  });

  it('reads 、-lists of names, with a head joined by 和 or a comma', async () => {
    const e = await entities('经过比拼，周文和陈思雨、林浩然团队获一等奖。吴天宇，孙悦、郑凯等4组选手获二等奖。');
    expect(peopleNames(e)).toEqual(['周文', '陈思雨', '林浩然', '吴天宇', '孙悦', '郑凯']);
  });

  it('reads a two-character name jieba joined with 说 (张|明说), and no forms of address', async () => {
    const e = await entities('湖南省农业科学院研究员张明说，这个品种抗病性强。王师傅说，今年订单多了。');
    expect(e.people.map((p) => [p.name, p.role])).toEqual([['张明', '湖南省农业科学院研究员']]);
  });

  it('reads the town of a villager as a place, and the nearest place into the role', async () => {
    const e = await entities('怀化市洪江市托口镇村民杨秀英说，现在日子好过了。');
    expect(e.people).toEqual([expect.objectContaining({ name: '杨秀英', role: '托口镇村民' })]);
    expect(e.places).toEqual(['怀化市', '洪江市', '托口镇']);
  });

  it('reads kin and companions as roles (和儿子周小军一起), and 名叫 X', async () => {
    const e = await entities('老党员周国强和儿子周小军一起参加了义务劳动。这位年轻人名叫李小龙，在村里种油茶。');
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ['周国强', '老党员'],
      ['周小军', '儿子'],
      ['李小龙', null],
    ]);
  });

  it('finds a person only mentioned (偶像是袁隆平)', async () => {
    const e = await entities('他的偶像是袁隆平，从小就立志学农。');
    expect(peopleNames(e)).toEqual(['袁隆平']);
  });

  it('does not take a recurring new word for a name unless a verb follows it (信创)', async () => {
    const e = await entities('信创产业发展迅速。信创产品不断丰富，信创生态日益完善，信创企业超过百家。');
    expect(peopleNames(e)).toEqual([]);
  });

  it('does not take lists of places, kinds of firms or groups of people for names', async () => {
    for (const text of [
      '国有企业、外资企业进出口分别增长4.4%、3.5%。',
      '常德、岳阳、邵阳等地气温骤降。',
      '干部群众纷纷表示，要把学习成果转化为实际行动。',
      '参赛选手有党员干部、退役军人、民兵、教师、学生等。',
      '通过悬挂横幅标语、张贴宣传海报等方式开展宣传。',
      '会议强调，要抓好落实。调研组指出，要加快发展。',
    ]) {
      const e = await entities(text);
      expect(peopleNames(e), text).toEqual([]);
      expect(e.officials, text).toEqual([]);
    }
  });

  it('does not take a recurring crop or product for a person, even when it starts with a surname', async () => {
    const e = await entities('一颗颗黄桃挂满枝头。当地把黄桃作为富民产业来抓，今年全县黄桃产量预计达5.5万吨。黄桃带动群众增收。');
    expect(peopleNames(e)).toEqual([]);
  });

  it('still finds a recurring new name that acts', async () => {
    const e = await entities('杨西炜说，公司去年营收增长。杨西炜介绍，产品远销海外。杨西炜表示，明年扩产。');
    expect(peopleNames(e)).toEqual(['杨西炜']);
  });

  it('gives a bare company role the company the sentence has just named', async () => {
    const e = await entities('湖南炎帝生物科技有限公司是当地的深加工企业，总经理苏海涛说，公司今年新上两条生产线。三一集团发布新品。总经理张明说，销量增长。');
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ['苏海涛', '湖南炎帝生物科技有限公司总经理'],
      ['张明', '总经理'],
    ]);
  });

  it('puts the village printed before a role into the role, and reads a professor after his laboratory', async () => {
    const e = await entities('7月20日清晨，西草坪村种植大户罗德胜带着村民下地。该校新能源材料与器件实验室陈立言教授团队取得突破。');
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ['罗德胜', '西草坪村种植大户'],
      ['陈立言', '教授'],
    ]);
    expect(e.orgs).toEqual(['新能源材料与器件实验室']);
  });

  it('does not take a span with a particle or an abstract noun for a name', async () => {
    const e = await entities('游客来了住下来，满意度达到95%。来了住不下。满意度提高。');
    expect(peopleNames(e)).toEqual([]);
  });
});

describe('officials of kinds the corpus showed', () => {
  it('reads river and forest chiefs, with 省级 as a modifier', async () => {
    expect(await officials('省委副书记、省长、省总河长吴明带队巡河，一同前往的还有省级河长周红、何清。')).toEqual([
      '吴明:省委副书记、省长、省总河长', '周红:省级河长', '何清:省级河长',
    ]);
  });
  it('reads deputies named in a list before 等代表', async () => {
    expect(await officials('周红、何清等代表坦诚回应。')).toEqual(['周红:代表', '何清:代表']);
  });
  it('lets the body nearest the role decide: a work team sent by a university is a public post, a university committee is not', async () => {
    const team = await officials('湘潭大学驻新村乡村振兴工作队队长周红表示，将继续努力。');
    expect(team).toHaveLength(1);
    expect(team[0]).toMatch(/^周红:.*工作队队长$/);
    expect(await officials('中国科学院院士、湘潭大学学术委员会主任何清评价说。')).toEqual([]);
  });
  it('knows the national leaders by name alone', async () => {
    expect(await officials('会议传达学习了习近平在座谈会上的讲话精神。')).toEqual(['习近平:']);
  });
  it('takes every surname of the commonest hundred (赖, 傅)', async () => {
    expect(await officials('省政协副主席刘明、赖明勇、傅红出席。')).toEqual(['刘明:省政协副主席', '赖明勇:省政协副主席', '傅红:省政协副主席']);
  });
});

describe('people and appointments of kinds the corpus showed', () => {
  it('reads an election list after 增补了', async () => {
    const e = await entities('会上还增补了周红、何清为省政协常务委员。');
    expect(e.officials.map((o) => `${o.name}:${o.titles.join('、')}`)).toEqual(['周红:省政协常务委员', '何清:省政协常务委员']);
  });
  it('reads a name after a kind of person (评论家, 名将, “爱心奶奶”)', async () => {
    const names = (await entities('知名财经评论家叶檀表示，要靠民间投资。“爱心奶奶”周宝莲也来了。')).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['叶檀', '周宝莲']));
  });
  it('reads a name opening a clause before what the person does (率领, 在)', async () => {
    const names = (await entities('决赛中，黄瑰芬率领湖南队一路领先。')).people.map((p) => p.name);
    expect(names).toContain('黄瑰芬');
  });
});

describe('a name before a title after a year', () => {
  it('reads 2013年习近平总书记 with its title', async () => {
    const e = await entities('这里是2013年习近平总书记来考察时的首站。');
    expect(e.officials.map((o) => [o.name, o.titles])).toEqual([['习近平', ['总书记']]]);
  });
});

describe('meeting lists', () => {
  it('gives the group before a colon to every name listed after it', async () => {
    expect(await officials('出席大会的省党政军领导和老同志有：周红、何清、刘江。')).toEqual([
      '周红:省党政军领导和老同志', '何清:省党政军领导和老同志', '刘江:省党政军领导和老同志',
    ]);
  });
  it('reads every item of a list after a title whole, one jieba cut before a conjunction too (谢湘|和)', async () => {
    expect(await officials('会议举行。市领导梁卫平、谢湘和、梁堂林出席。')).toEqual(['梁卫平:市领导', '谢湘和:市领导', '梁堂林:市领导']);
  });
  it('reads the list after 还有 and a half-width colon, items however jieba cut them', async () => {
    expect(await officials('出席会议的省领导和老同志还有:李微微、乌兰、杨正午。')).toEqual([
      '李微微:省领导和老同志', '乌兰:省领导和老同志', '杨正午:省领导和老同志',
    ]);
  });
  it('makes officials of those listed after the leaders attending, outside a session too', async () => {
    const e = await entities('会议在长沙举行。出席会议的省领导还有杨正午、刘夫生。');
    expect(e.officials.map((o) => o.name)).toEqual(['杨正午', '刘夫生']);
    const other = await entities('活动在长沙举行。出席活动的还有杨正午、刘夫生。');
    expect(other.officials).toEqual([]);
  });
  it('reads a bare role later in the sentence as a post of the body named before it', async () => {
    expect(await officials('省人大常委会副主任周红主持会议，副主任杨明、陈飞，秘书长王刚出席会议。')).toEqual([
      '周红:省人大常委会副主任', '杨明:副主任', '陈飞:副主任', '王刚:秘书长',
    ]);
  });
  it('reads it so after the same role chained to a body\'s office (党组书记、副主任 X … 副主任 Y、Z)', async () => {
    expect(await officials('省人大常委会党组书记、副主任周红主持会议，副主任杨明、陈飞出席会议。')).toEqual([
      '周红:省人大常委会党组书记、副主任', '杨明:副主任', '陈飞:副主任',
    ]);
  });
  it('but not after an association\'s posts, which name no body (常务副主席、秘书长 X，副主席 Y)', async () => {
    expect(await officials('县作家协会常务副主席、秘书长周红，副主席杨明出席。')).not.toContain('杨明:副主席');
  });
  it('leaves a bare role alone after a company post', async () => {
    expect(await officials('公司副总经理周红主持，副主任何清发言。')).toEqual([]);
  });
});

describe('words that look like names but are not', () => {
  it('a trade before an abstract noun (文旅融合) and words ending in 型, 房 or 最', async () => {
    const names = peopleNames(await entities('文旅融合带动文旅消费，文旅项目说干就干。村里盘活型项目多，周转房说建就建。'));
    expect(names).toEqual([]);
  });
});

describe('titles of bodies sent somewhere', () => {
  it('read through 驻 to the body that sent the team', async () => {
    expect(await officials('华天集团驻双龙村扶贫工作队队长、第一书记周红说。')).toEqual(['周红:华天集团驻双龙村扶贫工作队队长、第一书记']);
  });
});

describe('foreign names joined by ·', () => {
  it('take the title before them and end before what follows', async () => {
    expect(await officials('斯洛文尼亚驻华大使玛丽娅·阿达尼娅等驻华使节表示欢迎。')).toEqual(['玛丽娅·阿达尼娅:斯洛文尼亚驻华大使']);
    expect(await officials('谢斯得罗列茨克市市长伊万诺夫·安德烈·弗拉基米罗维奇致辞。')).toEqual(['伊万诺夫·安德烈·弗拉基米罗维奇:谢斯得罗列茨克市市长']);
  });
  it('are not slogans or places joined by ·', async () => {
    const e = await entities('车窗上贴着“再见·珍重”的纸条，游客游览矮寨·十八洞·德夯大峡谷。');
    expect([...e.officials, ...e.people]).toEqual([]);
    // …nor a theme quoted whole, whatever jieba made of its words.
    const theme = await entities('今天，主题活动“粽情罗国故都·畅享诗画屈原”在屈原管理区举行。');
    expect([...theme.officials, ...theme.people]).toEqual([]);
  });
});

describe('people after a loose kind of person', () => {
  it('reads a name after 跑友 or 妹子, but no clause after 朋友', async () => {
    const e = await entities('长沙妹子柳芸芸在决赛中摘银。江西跑友邹晓岚早早抵达起点。我和朋友商量后选择了凤凰。');
    expect(e.people.map((p) => p.name)).toEqual(['柳芸芸', '邹晓岚']);
  });
});

describe('slogans that look like lists of names', () => {
  it('takes no names from 谈合作、展未来', async () => {
    expect((await entities('交流会以谈合作、展未来为主题。')).people).toEqual([]);
  });
});

describe('people after the body they work for', () => {
  it('reads a name between a body and a word that follows names', async () => {
    const e = await entities('从中南大学刘建平在材料领域的深耕，到湖南师范大学陈晓红在管理学上的探索。长沙市民周小兰立马下单。');
    expect(e.people.map((p) => p.name)).toEqual(['刘建平', '陈晓红', '周小兰']);
  });
});

describe('a person described before 的', () => {
  it('reads a name after 的 that then acts, but no place or counted thing', async () => {
    const e = await entities('“真是太难忘了。”50岁的邹建波玩得像个孩子。名不见经传的覃晓梅，把金牌挂在了胸前。走进美丽的苗寨，看到天上的那颗星。');
    expect(e.people.map((p) => p.name)).toEqual(['邹建波', '覃晓梅']);
  });
});

describe('people after a kin word', () => {
  it('reads 姐姐 X', async () => {
    const e = await entities('在姐姐覃秀芳的帮助下，他救起了老人。');
    expect(e.people.map((p) => p.name)).toEqual(['覃秀芳']);
  });
});

// Invented sentences: words that only look like names.
describe('other people: what is no name', () => {
  it('takes no outlet’s head for a name (湖南日报·华声在线记者)', async () => {
    const e = await entities('省长主持团拜会。以上图片均为湖南日报·华声在线记者 罗明 摄');
    expect(peopleNames(e)).not.toContain('华声');
  });

  it('takes no ordinary word and a one-character word after it for a name (公司早, 毕业后, 董事兼)', async () => {
    expect(peopleNames(await entities('作为重点企业，公司早在春节期间就安排生产。'))).toEqual([]);
    expect(peopleNames(await entities('他从农业大学硕士毕业后走进农科院。'))).toEqual([]);
    const e = await entities('联科科技有限公司执行董事兼总经理娄珂介绍。');
    expect(peopleNames(e)).toEqual(['娄珂']);
  });
});

describe('other people: words that mark a name as a person', () => {
  it('reads a name before 同志 or 等N人, but not an anonymised one or a memorial', async () => {
    expect(peopleNames(await entities('“李小健同志是扶贫的好干部。”'))).toEqual(['李小健']);
    expect(peopleNames(await entities('法院判处被告人谢某某等12人有期徒刑。'))).toEqual([]);
    expect(peopleNames(await entities('游客参观了刘少奇同志故居。'))).toEqual([]);
  });

  it('reads names with their team in brackets in a list of results', async () => {
    const e = await entities('决赛中，宋明（长沙市）、王丽（湘潭市）和万浩（省直）获得女子单打前三名。');
    expect(peopleNames(e)).toEqual(['宋明', '王丽', '万浩']);
  });
});

describe('a profile: name, sex, then posts', () => {
  it('reads the person and keeps the bodies of their posts out of the organisations', async () => {
    const e = await entities('简介\n王明远，男，1950年出生于长沙，中国工程院院士，中南大学湘雅医院终身教授，国家卫健委培训基地负责人。多年来从事研究。');
    expect(e.people.map((p) => p.name)).toEqual(['王明远']);
    expect(e.orgs).toEqual([]);
  });

  it('takes a post announced by 现任 as an office, and no party membership', async () => {
    const e = await entities('李四，男，汉族，1968年3月生，湖南浏阳人，中共党员，现任浏阳市委副书记。');
    expect(e.officials.map((o) => `${o.name}[${o.titles.join('、')}]`)).toEqual(['李四[浏阳市委副书记]']);
  });
});

describe('police and civil-service ranks', () => {
  it('takes a police station head, a police officer and a ranked civil servant as officials', async () => {
    expect(await officials('桃林镇白石铺派出所所长赵一民打开案卷。民警钱二龙报告，嫌疑人落网。')).toEqual(['赵一民:桃林镇白石铺派出所所长', '钱二龙:民警']);
    expect(await officials('湖北省体育局群体处二级调研员孙立为比赛鸣枪。')).toEqual(['孙立:湖北省体育局群体处二级调研员']);
  });

  it('keeps a research institute’s head a person', async () => {
    expect(await officials('中南大学临床药理研究所所长王五介绍了成果。')).toEqual([]);
  });
});

describe('no name from a modal and its adverb', () => {
  it('takes 应按时 for words, not a person', async () => {
    expect(peopleNames(await entities('全体代表应按时出席会议。'))).toEqual([]);
  });
});

describe('offices read through a field word, a 的, and places that are no names', () => {
  it('reads a committee named by its field (省禁毒委) and an office before 的 after 当选', async () => {
    expect(await officials('副省长、省禁毒委主任、省公安厅厅长孙立出席活动。')).toEqual(['孙立:副省长、省禁毒委主任、省公安厅厅长']);
    expect(await officials('刚当选省政协主席的李微微赶往新闻中心。')).toEqual(['李微微:省政协主席']);
    expect(await officials('省长的秘书来了。')).toEqual([]);
  });

  it('takes no person for a town the text lists as a place', async () => {
    const e = await entities('陈家坊、太芝庙、严塘等乡镇受灾严重。县委书记深入严塘、陈家坊等重灾区现场指挥。');
    expect(peopleNames(e)).toEqual([]);
    expect(e.places).toEqual(expect.arrayContaining(['陈家坊', '严塘']));
  });
});

describe('no name across a demonstrative', () => {
  it('takes 但这位局长 for no official', async () => {
    expect(await officials('但这位局长强调，唱歌只是业余爱好。')).toEqual([]);
  });
});

describe('people: a preposition before an audience', () => {
  it('takes no name from 向大会 or 向观众', async () => {
    const e = await entities('省长代表省人民政府向大会作工作报告，演员们向观众致意。');
    expect(peopleNames(e)).toEqual([]);
  });
});

describe('people: a list of kinds of one thing', () => {
  it('takes no names from a list whose items all end in the same character', async () => {
    expect(peopleNames(await entities('假期里，文博游、康养游、研学游持续走红。'))).toEqual([]);
  });
});

describe('a name jieba read together with the 以 of a result', () => {
  it('ends the name before 以 and the number (周盈以/x 38分51秒)', async () => {
    expect(peopleNames(await entities('长沙选手周盈以38分51秒获女子组冠军。'))).toEqual(['周盈']);
  });
});

describe('lists of things', () => {
  it('reads no people in a list its 等 closes with firms or places', async () => {
    expect(peopleNames(await entities('园区已有富士康、欧姆龙、特变电工等19家企业入驻。'))).toEqual([]);
    expect(peopleNames(await entities('赛道途经羊角山隧道口、古战壕、雷劈岩等地。'))).toEqual([]);
    expect(peopleNames(await entities('记者见到了张明、李强等人。'))).toEqual(['张明', '李强']);
  });
});

describe('winners as results are printed', () => {
  it('reads a name before a verb of winning a prize, and after 冠军为', async () => {
    expect(peopleNames(await entities('比赛中，其中周雨桐获钳工项目一等奖。'))).toEqual(['周雨桐']);
    expect(peopleNames(await entities('山地精英组冠军为齐奇；女子组第一名是刘冉。'))).toEqual(['齐奇', '刘冉']);
    expect(peopleNames(await entities('江南以3分20秒获得男子组冠军。'))).toEqual([]);
  });
});

describe('people after more kinds of person, and names withheld', () => {
  it('reads a name after a stall-keeper, a master, a villager or a founder', async () => {
    expect(peopleNames(await entities('走进菜市场，摊主周刚热情地介绍灌肠。'))).toEqual(['周刚']);
    expect(peopleNames(await entities('榨油师傅周文明将茶籽粉包在饼上。'))).toEqual(['周文明']);
  });
  it('reads a name after a quoted honour that names a kind of person', async () => {
    expect(peopleNames(await entities('敬业奉献“湖南好人”周孝文、孝老爱亲“湖南好人”唐爱珍的事迹感人。'))).toEqual(['周孝文', '唐爱珍']);
  });
  it('lists no name the paper withheld (刘某, 赵某龙)', async () => {
    expect(peopleNames(await entities('嫌疑人赵某龙落网，村民刘某报警。'))).toEqual([]);
  });
});
