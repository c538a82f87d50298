import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineRoles, headlineUnits, splitPage } from '@/src/analysis/split';

const seed = readFileSync('tests/fixtures/seed/hnrb-2024-12-12-page02.txt', 'utf8');
const gold = JSON.parse(readFileSync('tests/fixtures/seed/gold.json', 'utf8')) as {
  articles: Array<{ id: string; title_lines: string[]; body_span: { raw_start: number; raw_end: number } }>;
};
const nows = (s: string) => s.replace(/\s+/g, '');

describe('splitPage on the seed page', () => {
  const pieces = splitPage(seed);

  it('finds the 13 pieces of the gold with their exact body spans', () => {
    expect(pieces).toHaveLength(13);
    pieces.forEach((p, i) => {
      const g = gold.articles[i]!;
      expect([p.start, p.end], g.id).toEqual([g.body_span.raw_start, g.body_span.raw_end]);
    });
  });

  it('gives every piece its own headline, printed after the body or in a block elsewhere', () => {
    pieces.forEach((p, i) => {
      const whole = nows([p.introTitle, p.title, p.subTitle].filter(Boolean).join(''));
      expect(whole, gold.articles[i]!.id).toBe(nows(gold.articles[i]!.title_lines.join('')));
    });
  });

  it('tells commentary, continuations and photo news apart and keeps their marks', () => {
    expect(pieces.map((p) => p.kind)).toEqual([
      'news', 'news', 'commentary', 'news', 'news', 'news', 'news', 'news', 'news',
      'continuation', 'continuation', 'continuation', 'photo',
    ]);
    expect(pieces[2]).toMatchObject({ column: '三湘时评', byline: '湖南日报全媒体评论员 周泽中', title: '消费挖潜 投资增效' });
    expect(pieces.slice(9, 12).map((p) => p.continuedFrom)).toEqual(['1版③', '1版①', '1版②']);
    // The portrait caption names the feature's subject, so it goes to that story.
    expect(pieces[9]!.captions).toEqual(['杨西炜（左）。 湖南日报全媒体记者 李健 摄']);
  });

  it('assigns 引题 / 主题 / 副题 by the paper\'s habits', () => {
    expect(pieces[0]).toMatchObject({ introTitle: null, title: '前11个月我省进出口5121.9亿元', subTitle: '进口规模创历史同期新高' });
    expect(pieces[4]).toMatchObject({ introTitle: '全省人大财经预算工作座谈会在长沙举行', title: '在服务全省经济高质量发展中彰显人大担当', subTitle: null });
    expect(pieces[3]!.subTitle).toBe('第二届国家新一代自主安全计算系统产业集群融通生态大会开幕');
  });
});

describe('splitPage on other layouts', () => {
  it('reads a page whose headlines stand above their bodies', () => {
    const page = [
      '长株潭都市圈建设提速',
      '湖南日报3月2日讯（全媒体记者 李明）记者从省发展改革委获悉，今年长株潭都市',
      '圈将新开工重大项目120个，总投资超过800亿元。',
      '项目涵盖交通、产业和公共服务等领域，其中轨道交',
      '通项目18个。',
      '岳阳港集装箱吞吐量创新高',
      '湖南日报3月2日讯（通讯员 周红）岳阳城陵矶港今年前两个月完成集装箱吞',
      '吐量15万标箱，同比增长12%。',
    ].join('\n');
    const pieces = splitPage(page);
    expect(pieces.map((p) => p.title)).toEqual(['长株潭都市圈建设提速', '岳阳港集装箱吞吐量创新高']);
  });

  it('shares a block between the story above and the story below when each repeats its own headline', () => {
    const page = [
      '湖南日报3月2日讯（全媒体记者 李明）记者从省发展改革委获悉，今年长株潭都市',
      '圈将新开工重大项目120个，总投资超过800亿元。',
      '长株潭都市圈建设提速',
      '岳阳港集装箱吞吐量创新高',
      '湖南日报3月2日讯（通讯员 周红）岳阳城陵矶港今年前两个月完成集装箱吞',
      '吐量15万标箱，同比增长12%。',
    ].join('\n');
    expect(splitPage(page).map((p) => p.title)).toEqual(['长株潭都市圈建设提速', '岳阳港集装箱吞吐量创新高']);
  });

  it('keeps the page\'s convention when a page header opens the text', () => {
    const pieces = splitPage(`第02版：要闻\n\n${seed}`);
    expect(pieces).toHaveLength(13);
    expect(pieces.map((p) => p.title)).toEqual(splitPage(seed).map((p) => p.title));
  });

  it('takes a pasted article: title line, blank line, body', () => {
    const pasted = '岳阳港集装箱吞吐量创新高\n\n湖南日报3月2日讯（通讯员 周红）岳阳城陵矶港今年前两个月完成集装箱吞吐量15万标箱，同比增长12%。\n港口新增两条外贸航线。';
    const pieces = splitPage(pasted);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.title).toBe('岳阳港集装箱吞吐量创新高');
    expect(pasted.slice(pieces[0]!.start, pieces[0]!.end).startsWith('湖南日报3月2日讯')).toBe(true);
  });

  it('keeps a feature\'s subheads inside the story when the text around them is one story', () => {
    const page = [
      '湖南日报3月2日讯（全媒体记者 李明）王小川大学毕业后回到家乡浏阳，在',
      '村里办起了花木合作社，带动乡亲们一起种花。王小川说，起步时最缺的是',
      '技术和销路。',
      '从零起步',
      '王小川跑遍周边县市学技术，合作社的花木销路也慢慢打开，乡亲们跟着王小川',
      '种花的越来越多。',
      '花开富贵 乡亲致富',
    ].join('\n');
    const pieces = splitPage(page);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.title).toBe('花开富贵 乡亲致富');
    expect(page.slice(pieces[0]!.start, pieces[0]!.end)).toContain('从零起步');
  });
});

describe('jump marks', () => {
  it('ends a piece at （下转2版） and keeps the paragraph before it as body, not as a headline', () => {
    const page = [
      '湖南日报 3月 2日讯（全媒体记者 李明）记者从省发展改革委获悉，今年长株潭都市',
      '圈将新开工重大项目 120 个，总投资超过 800 亿元，其中轨道交通项目 18 个，产',
      '业项目 60 个。（下转 2版）',
      '长株潭都市圈建设提速',
      '湖南日报3月2日讯（通讯员 周红）岳阳城陵矶港今年前两个月完成集装箱吞',
      '吐量15万标箱，同比增长12%。',
      '岳阳港集装箱吞吐量创新高',
    ].join('\n\n');
    const pieces = splitPage(page);
    expect(pieces.map((p) => p.title)).toEqual(['长株潭都市圈建设提速', '岳阳港集装箱吞吐量创新高']);
    expect(page.slice(pieces[0]!.start, pieces[0]!.end).endsWith('（下转 2版）')).toBe(true);
  });
});

describe('headline roles', () => {
  it('joins a headline printed over two lines', () => {
    expect(headlineUnits(['湖南省第八届“爱我国防”', '主题演讲比赛落下帷幕'])).toEqual(['湖南省第八届“爱我国防”主题演讲比赛落下帷幕']);
    expect(headlineUnits(['在服务全省经济高质量发展中', '彰显人大担当'])).toEqual(['在服务全省经济高质量发展中彰显人大担当']);
  });

  it('makes a report line above an exhortation the 引题, a line below a slogan the 副题', () => {
    expect(headlineRoles(['省应急管理厅发布低温寒潮安全提示', '做好化工和危化品领域安全防范'])).toEqual({
      introTitle: '省应急管理厅发布低温寒潮安全提示', title: '做好化工和危化品领域安全防范', subTitle: null,
    });
    expect(headlineRoles(['筑牢安全防范的群众防线', '我省从7个方面开展今冬明春安全防范宣传'])).toEqual({
      introTitle: null, title: '筑牢安全防范的群众防线', subTitle: '我省从7个方面开展今冬明春安全防范宣传',
    });
    expect(headlineRoles(['——访省人大代表张三']).title).toBe('访省人大代表张三');
  });

  it('reads two parallel phrases or a name-and-colon line as the 主题 under a report line', () => {
    expect(headlineRoles(['2024年中国汨罗江国际龙舟节开幕', '百舸争流汨罗江 端午文旅人气旺'])).toEqual({
      introTitle: '2024年中国汨罗江国际龙舟节开幕', title: '百舸争流汨罗江 端午文旅人气旺', subTitle: null,
    });
    expect(headlineRoles(['深耕新能源汽车电驱系统，产品销往32个国家和地区', '恒驰电驱：“株洲造”电机跑出加速度']).title).toBe(
      '恒驰电驱：“株洲造”电机跑出加速度',
    );
  });

  it('never joins a quoted headline with the ——副题 under it', () => {
    expect(headlineRoles(['让游客“留下来”“再回来”', '——访郴州市委副书记、市长龚景岳'])).toEqual({
      introTitle: null, title: '让游客“留下来”“再回来”', subTitle: '访郴州市委副书记、市长龚景岳',
    });
  });
});

describe('pasted articles', () => {
  it('takes the lines before the first blank line as the head, its byline apart, when the page reading cannot', async () => {
    const { articleInputsOfText } = await import('@/src/analysis/analyze');
    const pasted =
      '让游客“留下来”“再回来”\n——访郴州市委副书记、市长龚景岳\n湖南日报全媒体记者 舒曼青\n\n' +
      '郴州山水秀美，文旅资源丰富。近日，记者专访了郴州市委副书记、市长龚景岳。\n记者：去年郴州文旅市场表现如何？\n' +
      '龚景岳：去年，全市接待游客9876.5万人次，同比增长14.2%。\n记者：有哪些具体举措？\n龚景岳：交通是基础。';
    const [a, more] = articleInputsOfText(pasted);
    expect(more).toBeUndefined();
    expect([a!.title, a!.subTitle, a!.byline]).toEqual(['让游客“留下来”“再回来”', '访郴州市委副书记、市长龚景岳', '湖南日报全媒体记者 舒曼青']);
    expect(a!.body.startsWith('郴州山水秀美')).toBe(true);
  });

  it('takes a lead-in of a sentence or two that runs on into the title with a dash for the head, photo captions under it', async () => {
    const { articleInputsOfText } = await import('@/src/analysis/analyze');
    const pasted =
      '湘江两岸的茶园，春茶“抢了个头彩、卖了个好价”。今年茶农的钱袋子怎样鼓起来——\n说说春茶\n\n' +
      '图①：4月2日，安化县一处茶园。（资料照片） 李明 摄\n图②：4月3日，茶农在采摘春茶。湖南日报记者 王东 摄\n' +
      '湖南日报记者 赵南 通讯员 钱北\n4月，春茶上市。全县茶园面积达到36万亩。\n今年春茶价格比去年高出一成。';
    const [a, more] = articleInputsOfText(pasted);
    expect(more).toBeUndefined();
    expect([a!.introTitle, a!.title]).toEqual(['湘江两岸的茶园，春茶“抢了个头彩、卖了个好价”。今年茶农的钱袋子怎样鼓起来——', '说说春茶']);
    expect(a!.body.startsWith('图①')).toBe(true);
  });

  it('reads long paragraphs with no blank line in linear time (a photo story, five captions of 120 characters)', async () => {
    const { articleInputsOfText } = await import('@/src/analysis/analyze');
    const caption = '7月10日下午7点，洪峰仍然没有到来，在长沙市城区水文水资源局，市水文局工作人员严阵以待洪峰的来临，记者从水位指示牌上看到实时水位为38.31米。湖南日报•新湖南客户端记者 谢璐 摄影报道\n';
    const started = performance.now();
    const articles = articleInputsOfText(caption.repeat(8));
    expect(articles.length).toBeGreaterThan(0);
    // The old head regex took minutes here; a line scan takes well under a millisecond.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('pasted articles with credits in odd places', () => {
  // Loading the wasm and the user dictionary takes seconds on a busy machine: not part of any test.
  beforeAll(async () => {
    const { nodeSegmenter } = await import('@/src/analysis/segmenter/node');
    await nodeSegmenter().ready();
  }, 60_000);
  const run = async (text: string) => {
    const { analyzeText } = await import('@/src/analysis/analyze');
    const { nodeSegmenter } = await import('@/src/analysis/segmenter/node');
    return analyzeText(text, nodeSegmenter());
  };
  it('reads a byline in brackets closing the piece, with the outlet spaced', async () => {
    const doc = await run('某县项目开工\n\n12月8日，某县7个重点项目集中开工。(湖南日报 记者 何清 通讯员 刘江)');
    expect(doc.articles[0]!.journalists).toEqual([{ name: '何清', role: '记者' }, { name: '刘江', role: '通讯员' }]);
    expect(doc.articles[0]!.text.endsWith('集中开工。')).toBe(true);
  });
  it('finds the dateline below the photos printed above the story, and their credits', async () => {
    const doc = await run('文化产业园项目启动\n\n制图/孙浩\n湖南日报1月16日讯(记者 周红)我省将又添文化产业新地标。\n项目位于长沙。');
    const a = doc.articles[0]!;
    expect(a.dateline).toBe('湖南日报1月16日讯');
    expect(a.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['周红/记者', '孙浩/制图']);
    expect(a.text.startsWith('我省将又添')).toBe(true);
  });
  it('reads byline lines above an untitled paste', async () => {
    const doc = await run('湖南日报全媒体记者 何清\n通讯员 刘江 陈明\n全省检察机关办案质效持续提升。\n案件质量评查全覆盖。');
    expect(doc.articles[0]!.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['何清/全媒体记者', '刘江/通讯员', '陈明/通讯员']);
  });
  it('reads a credit line inside a pasted piece', async () => {
    const doc = await run('一句话评论\n\n全省检察机关办案质效持续提升。\n点评：吴亮\n这是一条评论。');
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0]!.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['吴亮/点评']);
  });
});

describe('an untitled paste with sub-heads and photo captions', () => {
  it('is one article, with the byline above it and the photographer of its caption', async () => {
    const { analyzeText } = await import('@/src/analysis/analyze');
    const { nodeSegmenter } = await import('@/src/analysis/segmenter/node');
    const text =
      '湖南日报全媒体记者 何清 刘江\n“啪！”8月23日早上，横岭湖省级自然保护区，管委会的班船被湖里跳上船的白鲢砸破了窗。“已经是两年来的第八次了。”\n' +
      '6月21日，洞庭湖七里山水域附近，气象万千，美不胜收，江豚在水面上跃起。湖南日报全媒体记者 周红 摄\n江湖相逢，保护升级\n' +
      '横岭湖变“野”，源头在湘江。奔走半个湖南后，湘江仍未倦怠，流过长沙城区，又一路向北汇入洞庭湖。\n' +
      '从湘江到东洞庭湖，横岭湖是必经的水道，往南连接湘江尾闾，港汊纵横，一派水乡景象。';
    const doc = await analyzeText(text, nodeSegmenter());
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0]!.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['何清/全媒体记者', '刘江/全媒体记者', '周红/摄影']);
    expect(doc.articles[0]!.text).toContain('源头在湘江');
  });
});
