import { beforeAll, describe, expect, it } from 'vitest';
import { entities, officialTitles, peopleNames, warmUp } from './helpers';

// Loading the wasm and the user dictionary takes seconds on a busy machine: not part of any test.
beforeAll(warmUp, 60_000);

describe('officials: titles before the name', () => {
  it('reads a title chain joined by 、 and a name of three characters', async () => {
    const e = await entities('会议由省委副书记、省长毛伟明主持。');
    expect(officialTitles(e)).toEqual({ 毛伟明: ['省委副书记', '省长'] });
  });

  it('reads two-character names and titles with a city in front', async () => {
    const e = await entities('衡阳市长朱健强调，要抓好安全生产。');
    expect(officialTitles(e)).toEqual({ 朱健: ['衡阳市长'] });
  });

  it('keeps several officials of one sentence apart, each with its own titles', async () => {
    const e = await entities('株洲市委副书记、市长曹慧泉，市委常委、常务副市长王锐参加。');
    expect(officialTitles(e)).toEqual({ 曹慧泉: ['株洲市委副书记', '市长'], 王锐: ['市委常委', '常务副市长'] });
  });

  it('reads long chains of party, discipline and supervisory titles', async () => {
    const e = await entities('省委常委、省纪委书记、省监委主任王双全主持会议。');
    expect(officialTitles(e)).toEqual({ 王双全: ['省委常委', '省纪委书记', '省监委主任'] });
  });

  it('takes the whole body before a position word (county, town, village)', async () => {
    const e = await entities('常德市鼎城区委书记黄学辉带队检查。');
    expect(officialTitles(e)).toEqual({ 黄学辉: ['常德市鼎城区委书记'] });
  });

  it('stops a title at prepositions and particles before it', async () => {
    const e = await entities('出席会议的省委常委、组织部部长王成在会上讲话，会议由副省长陈博彬主持。');
    expect(officialTitles(e)).toEqual({ 王成: ['省委常委', '组织部部长'], 陈博彬: ['副省长'] });
  });

  it('joins a body name that contains 及 or 和 (产业链, 工业和信息化厅)', async () => {
    const e = await entities('省工业和信息化厅厅长曹志强，省先进储能材料及电池产业链链长李红出席。');
    expect(officialTitles(e)).toEqual({ 曹志强: ['省工业和信息化厅厅长'], 李红: ['省先进储能材料及电池产业链链长'] });
  });

  it('handles compound surnames', async () => {
    const e = await entities('益阳市副市长欧阳菲在会上通报情况。');
    expect(officialTitles(e)).toEqual({ 欧阳菲: ['益阳市副市长'] });
  });

  it('reads 主任委员 as one position, not 主任 + a name 委员…', async () => {
    const e = await entities('民盟湖南省委主任委员张大方参加调研。');
    expect(officialTitles(e)).toEqual({ 张大方: ['民盟湖南省委主任委员'] });
  });

  it('reads 书记处书记 and ignores 书记处 alone', async () => {
    const e = await entities('中央书记处书记蔡奇出席会议。书记处工作会议召开。');
    expect(officialTitles(e)).toEqual({ 蔡奇: ['中央书记处书记'] });
  });

  it('reads 全国人大代表 and 全国政协委员 as offices', async () => {
    const e = await entities('全国政协委员、三一集团董事长向文波接受采访。');
    expect(officialTitles(e)).toEqual({ 向文波: ['全国政协委员', '三一集团董事长'] });
  });

  it('treats a court president as an official and a ward head as a person', async () => {
    const e = await entities('长沙市天心区人民法院院长刘建平介绍了案件审理情况。湘雅医院心内科主任王刚说，患者已经出院。');
    expect(officialTitles(e)).toEqual({ 刘建平: ['长沙市天心区人民法院院长'] });
    expect(e.people).toEqual([expect.objectContaining({ name: '王刚', role: '湘雅医院心内科主任' })]);
  });
});

describe('officials: titles after the name, lists, appointments', () => {
  it('reads a title printed after the name (习近平总书记)', async () => {
    const e = await entities('深入学习习近平总书记关于安全生产重要论述。');
    expect(officialTitles(e)).toEqual({ 习近平: ['总书记'] });
    const f = await entities('深入落实习近平总书记考察湖南重要讲话精神。');
    expect(officialTitles(f)).toEqual({ 习近平: ['总书记'] });
  });

  it('gives every name of a 省领导 list the collective title', async () => {
    const e = await entities('省领导谢卫江、张迎龙、周海兵参加。');
    expect(officialTitles(e)).toEqual({ 谢卫江: ['省领导'], 张迎龙: ['省领导'], 周海兵: ['省领导'] });
  });

  it('reads names listed before 等省领导', async () => {
    const e = await entities('王明、李四等省领导出席开幕式。');
    expect(officialTitles(e)).toEqual({ 王明: ['省领导'], 李四: ['省领导'] });
  });

  it('reads names listed before 等 + the list\'s size + an office (等6名省人大代表)', async () => {
    const e = await entities('甲乙、王明、李四等3名省人大代表先后走上代表通道。'.slice(3));
    expect(officialTitles(e)).toEqual({ 王明: ['省人大代表'], 李四: ['省人大代表'] });
  });

  it('reads a name jieba cut into a word and a lone character after a title (杜家|毫|专题)', async () => {
    const e = await entities('10月30日，省委书记、省人大常委会主任杜家毫专题调研洞庭湖区生态保护。');
    expect(officialTitles(e)).toEqual({ 杜家毫: ['省委书记', '省人大常委会主任'] });
  });

  it('prefers that reading to a new word of two jieba proposed (孙录/x 春/tg 多次), and keeps a name of two before a word (陈秋 多次)', async () => {
    expect(officialTitles(await entities('县长孙录春多次调研茶叶产业。'))).toEqual({ 孙录春: ['县长'] });
    expect(officialTitles(await entities('局长陈秋多次调研茶叶产业。'))).toEqual({ 陈秋: ['局长'] });
  });

  it('reads a public body\'s cadre (农业农村局干部) and a party congress delegate (党的二十大代表) as offices', async () => {
    expect(officialTitles(await entities('市农业农村局干部王强介绍了情况。'))).toEqual({ 王强: ['市农业农村局干部'] });
    expect(officialTitles(await entities('党的二十大代表、合作社理事长李敏芳正带领社员春耕。'))).toEqual({ 李敏芳: ['党的二十大代表', '合作社理事长'] });
  });

  it('reads a post held on assignment in a village (驻村队长) and a village cadre (村党建专干) as offices', async () => {
    expect(officialTitles(await entities('学校驻村队长曹志超汇报工作进展。'))).toEqual({ 曹志超: ['学校驻村队长'] });
    expect(officialTitles(await entities('村党建专干左欣娥介绍了情况。'))).toEqual({ 左欣娥: ['村党建专干'] });
    expect(officialTitles(await entities('公司专干王明介绍了情况。'))).toEqual({});
  });

  it('separates a 市领导 list from the officials before it', async () => {
    const e = await entities('市委书记吴桂英、市长周海兵，市领导张三、李四等参加活动。');
    expect(officialTitles(e)).toEqual({ 吴桂英: ['市委书记'], 周海兵: ['市长'], 张三: ['市领导'], 李四: ['市领导'] });
  });

  it('reads appointments: 任命 X 为 title', async () => {
    const e = await entities('会议决定任命欧阳明为长沙市副市长。近日，省人大常委会任命李华为省科技厅厅长。');
    expect(officialTitles(e)).toEqual({ 欧阳明: ['长沙市副市长'], 李华: ['省科技厅厅长'] });
  });
});

describe('officials: other wordings', () => {
  it('reads 任 with a 、-chain of titles (中共中央批准：X同志任…)', async () => {
    const e = await entities('中共中央批准：王一鸥同志任湖南省委委员、常委、副书记。');
    expect(officialTitles(e)).toEqual({ 王一鸥: ['湖南省委委员', '常委', '副书记'] });
  });

  it('leaves 图为 out of a caption\'s title', async () => {
    const e = await entities('图为省委书记沈晓明（中）在企业调研。');
    expect(officialTitles(e)).toEqual({ 沈晓明: ['省委书记'] });
  });

  it('accepts any word after a name jieba proposed as a new word (陈博彬 调度)', async () => {
    const e = await entities('副省长陈博彬调度防汛工作。');
    expect(officialTitles(e)).toEqual({ 陈博彬: ['副省长'] });
  });

  it('reads foreign heads of state and envoys, with their country fused into the title', async () => {
    const e = await entities('俄罗斯总统普京会见了越南驻华大使范文明。');
    expect(officialTitles(e)).toEqual({ 普京: ['俄罗斯总统'], 范文明: ['越南驻华大使'] });
    expect(e.places).toEqual([]);
  });

  it('gives a 、-list after a role the same role (院士张三、李四)', async () => {
    const e = await entities('会见了中国工程院院士张伟、李强。');
    expect(e.officials).toEqual([]);
    expect(e.people.map((p) => [p.name, p.role])).toEqual([
      ['张伟', '中国工程院院士'],
      ['李强', '中国工程院院士'],
    ]);
  });
});

describe('officials: mentions', () => {
  it('links later short mentions (一行, 强调, 说) to the same official', async () => {
    const text = '省委书记沈晓明率队到湘西调研。沈晓明一行先后来到花垣县。沈晓明强调，要巩固脱贫成果。';
    const e = await entities(text);
    expect(e.officials).toHaveLength(1);
    const [o] = e.officials;
    expect(o!.titles).toEqual(['省委书记']);
    expect(o!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['沈晓明', '沈晓明', '沈晓明']);
    expect(peopleNames(e)).toEqual([]);
  });

  it('does not count 同志 after a name as a title', async () => {
    const e = await entities('省委书记沈晓明同志在会上讲话。');
    expect(officialTitles(e)).toEqual({ 沈晓明: ['省委书记'] });
  });

  it('merges the titles of the same person printed in two places', async () => {
    const e = await entities('省委常委、秘书长刘明出席。会上，省委秘书长刘明作总结讲话。');
    // The short 秘书长 repeats the fuller 省委秘书长 printed later: it adds no title (the corpus convention).
    expect(officialTitles(e)).toEqual({ 刘明: ['省委常委', '省委秘书长'] });
  });
});

describe('officials: traps', () => {
  it('ignores ordinary words after a title (强调, 期以来, 为组长)', async () => {
    for (const text of ['省长期以来高度重视民生工作。', '以省委书记为组长的领导小组成立。', '省委书记强调，要抓落实。', '会议听取了市长关于工作的汇报。']) {
      const e = await entities(text);
      expect(e.officials, text).toEqual([]);
      expect(e.people, text).toEqual([]);
    }
  });

  it('does not take a body for a name before a position word (宣传部部长, 省委书记)', async () => {
    const e = await entities('长沙市委常委、宣传部部长谭勇出席颁奖仪式。');
    expect(officialTitles(e)).toEqual({ 谭勇: ['长沙市委常委', '宣传部部长'] });
  });

  it('does not report a journalist named in the exclude set', async () => {
    const e = await entities('副省长陈博彬出席。记者李明报道。', ['李明']);
    expect(officialTitles(e)).toEqual({ 陈博彬: ['副省长'] });
    expect(peopleNames(e)).toEqual([]);
  });
});

describe('officials: deputies and members in a session report, short titles, names before 和', () => {
  it('reads 代表 and 委员 after a name as the office in a report of a session', async () => {
    const e = await entities('在常德市代表团，王建国代表建议加快高铁建设。李春花委员代表民盟湖南省委发言。');
    expect(officialTitles(e)).toEqual({ 王建国: ['代表'], 李春花: ['委员'] });
  });

  it('does not make 代表 an office outside a session report', async () => {
    const e = await entities('颁奖仪式上，王建国代表公司上台领奖。');
    expect(officialTitles(e)).toEqual({});
  });

  it('drops a short title that repeats a fuller one of the same person', async () => {
    const e = await entities('市委书记张卫东来到工地。“感谢张卫东书记的关心。”');
    expect(officialTitles(e)).toEqual({ 张卫东: ['市委书记'] });
  });

  it('stops a title at 和 after a list of names, and keeps 和 in a name before a verb', async () => {
    const e = await entities('王小明、陈立新和秘书长刘红兵出席会议。国防科技大学政委孙志和出席会议。');
    expect(officialTitles(e)).toMatchObject({ 刘红兵: ['秘书长'], 孙志和: ['国防科技大学政委'] });
  });
});

describe('officials: the words after a title that are no name', () => {
  it('takes no name from an ordinary word and a character more', async () => {
    const e = await entities('各级河长全体参与巡河，领导干部在一线带头。省委书记王国庆出席。');
    expect(Object.keys(officialTitles(e))).toEqual(['王国庆']);
  });
});

describe('officials: a delegation’s leaders', () => {
  it('reads 代表团团长 as an office, and bare 副团长 after it as the same body’s', async () => {
    const e = await entities('湖南代表团举行全体会议。代表团团长张卫东主持，副团长李春生、王晓明出席。艺术团团长周丽介绍节目。');
    expect(officialTitles(e)).toEqual({ 张卫东: ['代表团团长'], 李春生: ['副团长'], 王晓明: ['副团长'] });
  });
});

describe('officials: those attending a session meeting', () => {
  it('reads the names after 出席会议的还有 in a session report as officials with no title', async () => {
    const e = await entities('湖南代表团举行全体会议。出席会议的还有王立新、陈红梅、赵建华。');
    expect(officialTitles(e)).toEqual({ 王立新: [], 陈红梅: [], 赵建华: [] });
  });

  it('reads the names seated on the rostrum (在主席台就座的还有) the same way', async () => {
    const e = await entities('某县人民代表大会开幕。在主席台就座的还有刘向东、李茜、彭正明等大会主席团成员。');
    expect(officialTitles(e)).toEqual({ 刘向东: [], 李茜: [], 彭正明: [] });
  });

  it('gives a title before a long 、-list to every name, however jieba cuts one (喻|名团)', async () => {
    const e = await entities('大会执行主席王雄文、陈永高、黄永华、喻名团、曹伟兴在主席台前排就座。');
    expect(Object.keys(officialTitles(e))).toEqual(['王雄文', '陈永高', '黄永华', '喻名团', '曹伟兴']);
    expect(officialTitles(e)['喻名团']).toEqual(['大会执行主席']);
  });

  it('leaves them people outside a session report', async () => {
    const e = await entities('村里召开座谈会。出席会议的还有王立新、陈红梅。');
    expect(officialTitles(e)).toEqual({});
  });
});

describe('words that only look like names', () => {
  it('takes no doubled word (殷殷) or list of aims (高端化、智能化) for a name, and gives a leader his title', async () => {
    const e = await entities('要牢记习近平总书记殷殷嘱托，推动产业高端化、智能化、绿色化发展。');
    expect(officialTitles(e)).toEqual({ 习近平: ['总书记'] });
    expect(e.people).toEqual([]);
  });
});

describe('former posts and leaders listed without posts', () => {
  it('keeps 原 between a body and its post in the title', async () => {
    const e = await entities('全国政协人口资源环境委员会原主任陈立新出席。');
    expect(officialTitles(e)).toEqual({ 陈立新: ['全国政协人口资源环境委员会原主任'] });
  });

  it('reads the names before 等领导和老同志 as officials with no title, however jieba cuts them', async () => {
    const e = await entities('以及李微微、乌兰、杨正午、胡彪等领导和老同志出席团拜会。');
    expect(officialTitles(e)).toEqual({ 李微微: [], 乌兰: [], 杨正午: [], 胡彪: [] });
  });
});

describe('a body’s term in a title', () => {
  it('keeps 十一届 at the head of a person’s title, and leaves a session’s name no body', async () => {
    const e = await entities('十一届省政协主席会议成员李微微、戴道晋出席。省十二届人大一次会议开幕。');
    expect(officialTitles(e)).toEqual({ 李微微: ['十一届省政协主席会议成员'], 戴道晋: ['十一届省政协主席会议成员'] });
    expect(e.orgs).not.toContain('省十二届人大');
  });
});

describe('officials: a title after a list of names, and rarer surnames', () => {
  it('gives the deputies of a session every name of the list before 代表', async () => {
    const e = await entities('周朝辉、张炬、江再红和王爱民代表结合政府工作报告，反复讨论修改建议。');
    expect(officialTitles(e)).toEqual({ 周朝辉: ['代表'], 张炬: ['代表'], 江再红: ['代表'], 王爱民: ['代表'] });
  });

  it('reads a rarer surname under a collective title (县领导 翦某、李某)', async () => {
    const e = await entities('县委副书记、县长王启武，县领导翦鹰、李阳、熊德蓉出席。');
    expect(officialTitles(e)).toMatchObject({ 翦鹰: ['县领导'], 李阳: ['县领导'], 熊德蓉: ['县领导'] });
  });
});

describe('officials: words before a post that are not the post', () => {
  it('drops a preposition jieba glued into the body and a word describing the person', async () => {
    expect(officialTitles(await entities('据金鞭溪景区管委会主任龚建勇介绍，游客增多。'))).toEqual({ 龚建勇: ['金鞭溪景区管委会主任'] });
    expect(officialTitles(await entities('年轻民警陈名双第一时间赶到现场。'))).toEqual({ 陈名双: ['民警'] });
  });
});
