import { describe, expect, it } from 'vitest';
import { parsePhotoCredit, readDateline } from '@/src/analysis/byline';
import { isBylineLine, joinSpacedNames, readCredit, trailingCredit } from '@/src/analysis/byline/grammar';
import { analyzeText } from '@/src/analysis/analyze';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

describe('credit forms of reposts and captions', () => {
  it('does not read the 讯 of 通讯员 as a dateline', () => {
    expect(readDateline('湖南日报·新湖南客户端通讯员 王一 李二').dateline).toBeNull();
    expect(readDateline('湖南日报·新湖南客户端5月2日讯（通讯员 王一）今天').dateline).toBe('湖南日报·新湖南客户端5月2日讯');
  });

  it('reads 特约通讯员 as a role of its own', () => {
    expect(readDateline('湖南日报·新湖南客户端5月27日讯（特约通讯员 王一 李二）今天').journalists).toEqual([
      { name: '王一', role: '特约通讯员' },
      { name: '李二', role: '特约通讯员' },
    ]);
  });

  it('gives names alone on the line under a byline the byline\'s last role', async () => {
    const text = [
      '湖南日报全媒体记者 曹辉 张福芳 张颐佳',
      '王茜 李曼斯',
      '“五一”假期，龙山县里耶镇八面山一家农家乐老板的手机响个不停，订餐的电话一个接一个，他忙得连饭都顾不上吃。',
      '“八面山火了，我们家烤全羊也成了游客必尝的‘网红食品’，一到节假日订单就排满了。”老板笑着告诉记者。',
      '这几年，当地修通了旅游公路，建起了观景台，越来越多的游客慕名而来，村民的腰包也鼓了起来。',
    ].join('\n');
    const doc = await analyzeText(text, nodeSegmenter());
    expect(doc.articles[0]!.journalists.map((j) => `${j.name}/${j.role}`).sort()).toEqual(
      ['曹辉', '张福芳', '张颐佳', '王茜', '李曼斯'].map((n) => `${n}/全媒体记者`).sort(),
    );
  });

  it('reads the writer\'s name alone under a one-sentence standfirst as the byline', async () => {
    const text = [
      '青年说｜让小城留住年轻人',
      '',
      '人才是县城发展的第一资源。',
      '陈晓雯',
      '县城要留住年轻人，首先要给他们施展才华的舞台。近年来，不少县城建起了创业园和人才公寓，吸引了一批返乡青年。',
      '舞台之外，还要有温度。住房、子女入学和医疗等问题解决好了，年轻人才能安心扎根。',
    ].join('\n');
    const doc = await analyzeText(text, nodeSegmenter());
    expect(doc.articles[0]!.journalists.map((j) => j.name)).toEqual(['陈晓雯']);
  });

  it('reads a first line of names set to one width (张福芳 周 妍) over an untitled text as its byline', async () => {
    const text = [
      '王海燕 李 敏',
      '2024年12月31日晚，五一商圈实时客流超过19万人，人潮涌动却秩序井然。',
      '近年来，长沙以“城市超级大脑”为底座，推动城市治理从经验判断向数据决策转变。',
      '数字政务：减负增效“加速跑”',
      '曾经，在长沙创业需奔波于多个部门，重复递交材料，等待近一个月。如今，应届毕业生在网上提交申请，一天就拿到了营业执照。',
      '数据多跑路，群众少跑腿。全市已有上千个事项实现“一网通办”，不少事项从“最多跑一次”变成了“一次都不用跑”。',
    ].join('\n');
    const doc = await analyzeText(text, nodeSegmenter());
    expect(doc.articles[0]!.title).toBe('');
    expect(doc.articles[0]!.journalists.map((j) => j.name)).toEqual(['王海燕', '李敏']);
  });

  it('reads a credit line opened by a mark and a 文/视频 label', () => {
    const line = '■文/视频 全媒体记者 张明 通讯员 刘红 李兵';
    expect(isBylineLine(line)).toBe(true);
    expect(readCredit(line).journalists).toEqual([
      { name: '张明', role: '全媒体记者' }, { name: '刘红', role: '通讯员' }, { name: '李兵', role: '通讯员' },
    ]);
  });

  it('reads the credit closing a whole caption in brackets', () => {
    expect(trailingCredit('（9月1日，某县某村，村民在抽水灌溉。目前，该县有序放水。 王大明 陈小红 摄影报道）')).toEqual([
      { name: '王大明', role: '摄影' }, { name: '陈小红', role: '摄影' },
    ]);
  });

  it('takes no role word for a photographer’s name', () => {
    expect(parsePhotoCredit('李某某院士 通讯员 摄')).toEqual([]);
  });

  it('keeps an untitled article’s closing credit line out of its title', async () => {
    const doc = await analyzeText('三湘都市报10月16日讯 今天凌晨，一列班列从怀化开出。\n记者了解到，班列运行平稳。\n■文/视频 全媒体记者 张明 通讯员 刘红', nodeSegmenter());
    expect(doc.articles[0]!.title).toBe('');
    expect(doc.articles[0]!.journalists.map((j) => j.name)).toEqual(['张明', '刘红']);
  });
});

describe('credit forms of reposts, continued', () => {
  it('reads outlets chained with a middle dot, and a label glued to an outlet', () => {
    expect(readCredit('湖南日报·华声在线记者 王一 李二').journalists).toEqual([{ name: '王一', role: '记者' }, { name: '李二', role: '记者' }]);
    expect(readCredit('■文/视频三湘都市报全媒体记者张明见习记者刘红').journalists).toEqual([
      { name: '张明', role: '全媒体记者' }, { name: '刘红', role: '见习记者' },
    ]);
  });

  it('reads a repost’s 据湖南日报…报道 as the dateline, with its credits', () => {
    const d = readDateline('某某网消息 据湖南日报10月28日报道（记者 王一 通讯员 李二）据省统计局今天发布的数据');
    expect(d.dateline).toBe('某某网消息 据湖南日报10月28日报道');
    expect(d.journalists).toEqual([{ name: '王一', role: '记者' }, { name: '李二', role: '通讯员' }]);
  });

  it('finds the dateline under a caption whose credit stands on the next line', async () => {
    const doc = await analyzeText('标题\n\n9月5日上午，展示活动在岳阳开幕。\n湖南日报·华声在线记者 王一 李二 摄影报道\n华声在线9月5日讯（湖南日报·华声在线记者 李二 王一）鼓声震天。今天，活动开幕。', nodeSegmenter());
    const a = doc.articles[0]!;
    expect(a.dateline).toBe('华声在线9月5日讯');
    expect(a.text.startsWith('鼓声震天')).toBe(true);
    expect(a.journalists).toContainEqual({ name: '李二', role: '记者' });
  });
});

describe('a photo credit over three lines', () => {
  it('keeps the lone verb on the last line out of the title', async () => {
    const doc = await analyzeText('7月26日，长沙兴联路大通道项目建设现场，建设者正加紧施工。\n湖南日报全媒体记者 王一\n通讯员 李二 张三\n摄影报道', nodeSegmenter());
    expect(doc.articles[0]!.title).toBe('');
    expect(doc.articles[0]!.journalists.map((j) => j.role)).toEqual(['摄影', '摄影', '摄影']);
  });
});

describe('a video’s credit block', () => {
  it('reads 编导, 摄像 (a photographer) and 后期 as roles', () => {
    expect(readCredit('摄像:易昂 邹尚奇').journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['易昂/摄影', '邹尚奇/摄影']);
    expect(readCredit('编导:徐果婧').journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['徐果婧/编导']);
    expect(readCredit('后期:郭宇轩').journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['郭宇轩/后期']);
  });
});

describe('credits printed with no role or a space', () => {
  const names = async (text: string) => (await analyzeText(text, nodeSegmenter())).articles[0]!.journalists.map((j) => `${j.name}/${j.role}`);

  it('reads a dateline whose credits follow a space, and outlets chained with a dot', async () => {
    expect(readDateline('本报6月3日讯 (记者 马一鸣 通讯员 周二) 今天上午，会议召开。').journalists.map((j) => j.name)).toEqual(['马一鸣', '周二']);
    expect(readDateline('某某晚报·新湖南客户端5月2日讯(记者 马一鸣)会议召开。').dateline).toBe('某某晚报·新湖南客户端5月2日讯');
  });

  it('takes names alone in brackets closing the last paragraph as the credit', async () => {
    expect(await names('标题一行\n\n今年以来，全市出口增长12%。\n前5月，进口大豆增加。(赵一鸣 钱二强)')).toEqual(['赵一鸣/', '钱二强/']);
  });

  it('takes names after a mark closing a paragraph, and a name alone over an essay', async () => {
    expect(await names('标题一行\n\n这本书展示了水利人的精神风貌。■ 孙小龙 李四\n另一段继续讲述。')).toEqual(['孙小龙/', '李四/']);
    // …also on a line of their own, names set to one width (王 强 = 王强).
    expect(await names('标题一行\n\n双方将深化合作。\n■ 王 强  周帙恒  李 华')).toEqual(['王强/', '周帙恒/', '李华/']);
    expect(await names('时光为证\n\n周晓梅\n十年来，全省经济总量连上台阶，人民生活持续改善。')).toEqual(['周晓梅/']);
  });

  it('does not take a paragraph of ordinary words in brackets', async () => {
    expect(await names('标题一行\n\n全市出口增长12%。(数据来源海关)')).toEqual([]);
  });
});

describe('an untitled caption closed by a credit block', () => {
  it('keeps the short credit lines apart: they say nothing of a PDF column', async () => {
    const doc = await analyzeText('9月12日，省运会体操比赛临近尾声，小将们在赛场上表现亮眼，各市州之间的良性竞争有利于后备人才成长。\n记者:王一 李二\n摄像:张三 赵四\n后期:钱五', nodeSegmenter());
    expect(doc.articles[0]!.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['王一/记者', '李二/记者', '张三/摄影', '赵四/摄影', '钱五/后期']);
  });

  it('reads a two-character name set with a space between its characters (王 晗), not 文 or 摄', async () => {
    expect(readCredit('湖南日报·新湖南客户端记者 王 晗').journalists).toEqual([{ name: '王晗', role: '记者' }]);
    expect(trailingCredit('签约仪式现场。朱 奥 摄')).toEqual([{ name: '朱奥', role: '摄影' }]);
    expect(readCredit('记者 刘 明 李华').journalists).toEqual([{ name: '刘明', role: '记者' }, { name: '李华', role: '记者' }]);
    const doc = await analyzeText('标题\n\n湖南日报记者 王 晗 通讯员 李 华\n3月18日，新区举行签约仪式。', nodeSegmenter());
    expect(doc.articles[0]!.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['王晗/记者', '李华/通讯员']);
  });

  it('splits three-character names a repost printed with no space after a role, and reads ■ as a break', () => {
    expect(readCredit('湖南日报全媒体记者王礼生廖声田沈可心').journalists.map((j) => j.name)).toEqual(['王礼生', '廖声田', '沈可心']);
    expect(readCredit('三湘都市报通讯员吴林芳张兴福■记者陈昂').journalists).toEqual([
      { name: '吴林芳', role: '通讯员' },
      { name: '张兴福', role: '通讯员' },
      { name: '陈昂', role: '记者' },
    ]);
  });

  it("takes a label for a reporter's piece (记者追踪：) for no name", async () => {
    const doc = await analyzeText('标题\n\n正文第一段。\n记者追踪：\n8月20日，镇政府回复。\n湖南日报全媒体记者 肖祖华', nodeSegmenter());
    expect(doc.articles[0]!.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['肖祖华/全媒体记者']);
  });

  it('reads a text opening with its dateline as having no headline', async () => {
    const doc = await analyzeText('本报12月23日讯 20日，警方通报打掉一个团伙。\n民警提醒，市民发现被骗应及时报警。（三湘都市报通讯员吴林芳■记者陈昂）', nodeSegmenter());
    expect(doc.articles.map((a) => a.title)).toEqual(['']);
  });

  it('reads a paste with no blank line whose last paragraph closes with credits as untitled', async () => {
    const doc = await analyzeText('春运返程高峰到来，长沙两站客流大增。\n铁路部门提醒旅客预留足够的进站时间，不要“掐点”进站乘车。（记者邓晶琎通讯员李盛家李莹莹）', nodeSegmenter());
    expect(doc.articles.map((a) => a.title)).toEqual(['']);
    expect(doc.articles[0]!.journalists.map((j) => j.name)).toEqual(['邓晶琎', '李盛家', '李莹莹']);
  });
});

describe('credit forms, continued', () => {
  it('builds a reporter\'s role from its parts: medium, rank, 记者', () => {
    expect(readCredit('文/视频 全媒体见习记者 王一 融媒体首席记者 李二 通讯员 张三').journalists).toEqual([
      { name: '王一', role: '全媒体见习记者' },
      { name: '李二', role: '融媒体首席记者' },
      { name: '张三', role: '通讯员' },
    ]);
  });

  it('reads a dateline whose 月 a reposting site dropped (323日讯 for 3月23日)', () => {
    const d = readDateline('湖南日报·新湖南客户端323日讯(记者 王一 通讯员 李二)春光明媚。');
    expect(d.dateline).toBe('湖南日报·新湖南客户端323日讯');
    expect(d.journalists).toEqual([{ name: '王一', role: '记者' }, { name: '李二', role: '通讯员' }]);
  });

  it('finds the dateline under an editor\'s note and keeps the note out of the body', async () => {
    const text = [
      '丰收节特别报道：看莲藕生香',
      '',
      '编者按：',
      '中国农民丰收节，是第一个在国家层面专门为农民设立的节日。',
      '从今天起，本报推出系列报道，敬请关注。',
      '湖南日报·新湖南客户端9月23日讯（记者 王一 通讯员 李二）今天，某区庆祝农民丰收节活动举行，村民们喜笑颜开。',
    ].join('\n');
    const a = (await analyzeText(text, nodeSegmenter())).articles[0]!;
    expect(a.dateline).toBe('湖南日报·新湖南客户端9月23日讯');
    expect(a.journalists).toEqual([{ name: '王一', role: '记者' }, { name: '李二', role: '通讯员' }]);
    expect(a.text.startsWith('今天')).toBe(true);
  });
});

describe('names printed glued or spaced out in a credit', () => {
  it('cuts glued names after a label when only one reading into surname-led names exists', () => {
    expect(readCredit('文/贺佳周帙恒余蓉').journalists.map((j) => j.name)).toEqual(['贺佳', '周帙恒', '余蓉']);
    expect(readCredit('通讯员 彭国清梁涛贺大瑀').journalists.map((j) => j.name)).toEqual(['彭国清', '梁涛', '贺大瑀']);
    // two readings (王文|李华 or 王文李|华…): nothing is guessed
    expect(readCredit('记者 王文李华').journalists.map((j) => j.name)).not.toContain('王文');
  });

  it('joins a spaced-out name whose second character is 文', () => {
    expect(joinSpacedNames('(王 文 李 婧 沈慧玲)')).toBe('(王文 李婧 沈慧玲)');
    expect(joinSpacedNames('朱 奥 摄')).toBe('朱奥 摄');
    expect(joinSpacedNames('李 摄')).toBe('李 摄');
  });
});

describe('names alone with no role word', () => {
  it('reads four characters as a name only with a compound surname', async () => {
    const { bareNames } = await import('@/src/analysis/byline/grammar');
    expect(bareNames('陶芳芳 鞠文霞').map((j) => j.name)).toEqual(['陶芳芳', '鞠文霞']);
    expect(bareNames('欧阳铁强').map((j) => j.name)).toEqual(['欧阳铁强']);
    expect(bareNames('农场兄弟 段照 段誉')).toEqual([]);
    expect(bareNames('初冬时节')).toEqual([]);
  });
});

describe('names alone under the captions at the top of a story', () => {
  it('reads the writers named alone on the line under the pictures\' captions', async () => {
    const doc = await analyzeText('古城新颜\n\n城东的新桥。 王小明 摄\n新建的广场。 王小明 摄\n赵丽 钱军 孙 波\n9月26日晚，市区灯火明亮。\n这座古城正在变化。', nodeSegmenter());
    expect(doc.articles[0]!.journalists).toEqual(
      expect.arrayContaining([{ name: '赵丽', role: '' }, { name: '钱军', role: '' }, { name: '孙波', role: '' }]),
    );
  });

  it('…also under a caption whose credit is set on the line below it', async () => {
    const doc = await analyzeText('古城新颜\n\n整治后的古城焕然一新。\n王小明 摄\n赵丽 钱军 孙 波\n这座古城正在变化，游客越来越多。', nodeSegmenter());
    expect(doc.articles[0]!.journalists).toEqual(
      expect.arrayContaining([{ name: '赵丽', role: '' }, { name: '钱军', role: '' }, { name: '孙波', role: '' }, { name: '王小明', role: '摄影' }]),
    );
  });

  it('takes no body line for names', async () => {
    const doc = await analyzeText('古城新颜\n\n城东的新桥。 王小明 摄\n市区灯火明亮\n这座古城正在变化。', nodeSegmenter());
    expect(doc.articles[0]!.journalists).toEqual([{ name: '王小明', role: '摄影' }]);
  });
});

describe('an outlet and a role alone on a line, the names on the next', () => {
  it('reads the two lines as one credit', async () => {
    const doc = await analyzeText('红色旅游分外火\n\n编者按\n沿线红色资源富集，本报推出系列报道。\n湖南日报·新湖南客户端记者\n王一 李二\n深冬的韶山游人如织。', nodeSegmenter());
    expect(doc.articles[0]!.journalists).toEqual([{ name: '王一', role: '记者' }, { name: '李二', role: '记者' }]);
  });
});

describe('a county media centre’s reporters', () => {
  it('reads 石门融媒记者 as an outlet and its role, the county no name', async () => {
    const doc = await analyzeText('稻谷丰收\n\n村民正在收割。(湖南日报全媒体记者 王明 桃源融媒记者 李强 赵刚 视频报道)', nodeSegmenter());
    expect(doc.articles[0]!.journalists).toEqual([
      { name: '王明', role: '全媒体记者' },
      { name: '李强', role: '融媒记者' },
      { name: '赵刚', role: '融媒记者' },
    ]);
  });
});

describe("a column's long credit line", () => {
  it('reads every label and its names, advisers and coordinators too, and drops the body thanked at its end', () => {
    const line = '文/赵一鸣 钱二 图/孙三 设计/李四 / 智库/周五 吴六 郑七 综合协调/王八 统筹/冯九 特别支持/湖南省水利厅';
    expect(trailingCredit(line)).toEqual([
      { name: '赵一鸣', role: '文' }, { name: '钱二', role: '文' }, { name: '孙三', role: '摄影' }, { name: '李四', role: '设计' },
      { name: '周五', role: '智库' }, { name: '吴六', role: '智库' }, { name: '郑七', role: '智库' },
      { name: '王八', role: '综合协调' }, { name: '冯九', role: '统筹' },
    ]);
  });

  it('still refuses a long line of one or two labels', () => {
    expect(trailingCredit('文/赵一鸣 钱二 孙三 李四 周五 吴六 郑七 王八 冯九 陈十 褚十一 卫十二 蒋十三 沈十四 韩十五 杨十六 朱十七')).toEqual([]);
  });
});

describe('摄影 between two credits', () => {
  it('credits the pictures to the role and name after it, not to the reporter before it', () => {
    expect(readCredit('全媒体记者 赵一鸣 摄影 通讯员 钱小二').journalists).toEqual([
      { name: '赵一鸣', role: '全媒体记者' }, { name: '钱小二', role: '摄影' },
    ]);
    expect(readCredit('全媒体记者 赵一鸣 摄影 华声在线全媒体记者 钱小二').journalists).toEqual([
      { name: '赵一鸣', role: '全媒体记者' }, { name: '钱小二', role: '摄影' },
    ]);
  });

  it('still reads 摄影 after names with nothing after it as the verb', () => {
    expect(readCredit('记者 赵一鸣 摄影').journalists).toEqual([{ name: '赵一鸣', role: '摄影' }]);
  });
});

describe('辑: a compilation credited to its compiler', () => {
  it('reads the reporter before 辑 closing a quoted piece', () => {
    expect(trailingCredit('——某公司负责人钱某 (湖南日报·华声在线记者 赵一鸣 辑)')).toEqual([{ name: '赵一鸣', role: '记者' }]);
    expect(readCredit('记者 赵一鸣 辑').journalists).toEqual([{ name: '赵一鸣', role: '记者' }]);
  });
});

describe('outlets chained with a dot are no foreign name', () => {
  it('reads the reporter after 三湘都市报·华声在线记者 closing a paragraph after a mark', async () => {
    const doc = await analyzeText('标题\n\n华声在线5月27日讯 今日上午，会议在长沙开幕。\n会议听取了报告。 ■三湘都市报·华声在线记者 赵一鸣\n', nodeSegmenter());
    expect(doc.articles[0]!.journalists).toEqual([{ name: '赵一鸣', role: '记者' }]);
  });
});
