import { describe, expect, it } from 'vitest';
import { readDateline } from '@/src/analysis/byline';
import { readCredit } from '@/src/analysis/byline/grammar';
import { analyzeText } from '@/src/analysis/analyze';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

const credits = (text: string) => readDateline(text).journalists.map((j) => `${j.name}/${j.role}`);
const names = async (text: string) => (await analyzeText(text, nodeSegmenter())).articles[0]!.journalists.map((j) => `${j.name}/${j.role}`);

describe('datelines as sites print them', () => {
  it('reads a dateline with spaces between its parts, and gives back the text as printed', () => {
    expect(readDateline('湖南日报 ·新湖南客户端3月4日讯(通讯员 王一 记者 李二 )今天').dateline).toBe('湖南日报 ·新湖南客户端3月4日讯');
    expect(credits('新湖南客户端 5月6日 讯(记者 张三) 5月6日下午')).toEqual(['张三/记者']);
  });

  it('reads a dateline with its year, and outlets chained with a bullet', () => {
    expect(credits('湖南日报2022年1月2日讯(全媒体记者 王一)今天')).toEqual(['王一/全媒体记者']);
    expect(credits('湖南日报•新湖南客户端2月3日讯(通讯员 李二)今天')).toEqual(['李二/通讯员']);
  });

  it("reads the group's other papers, and an outlet the table lacks chained to one it has", () => {
    expect(credits('科教新报·新湖南客户端讯(记者 王一 通讯员 李二)今天')).toEqual(['王一/记者', '李二/通讯员']);
    expect(credits('某某周刊·新湖南客户端讯(记者 张三)今天')).toEqual(['张三/记者']);
  });

  it('credits names printed before any role with no role (the paper\'s own reporters)', () => {
    expect(credits('华声在线衡阳讯(欧阳一鸣 通讯员 王二)今天')).toEqual(['欧阳一鸣/', '王二/通讯员']);
    expect(credits('华声在线7月8日讯(李大山)今天')).toEqual(['李大山/']);
  });

  it('reads credits whose closing bracket a repost lost, up to the date that opens the body', () => {
    expect(credits('湖南日报1月2日讯(全媒体记者 王一 李二3月1日至3日，代表团来湘。')).toEqual(['王一/全媒体记者', '李二/全媒体记者']);
    const lost = readDateline('湖南日报1月2日讯(全媒体记者 王一 李二3月1日至3日，代表团来湘。');
    expect(lost.bodyStart).toBe(lost.dateline!.length + '(全媒体记者 王一 李二'.length);
    // not a credit: the bracket holds words of the body
    expect(credits('湖南日报1月2日讯(据统计 全省今年1月新增')).toEqual([]);
  });
});

describe('credit labels of features and videos', () => {
  it('keeps the printed label as the role', () => {
    expect(readCredit('视频制作:王一 李二').journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['王一/视频制作', '李二/视频制作']);
    expect(readCredit('统筹/张三 设计/李四 剪辑/王五').journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['张三/统筹', '李四/设计', '王五/剪辑']);
    expect(readCredit('华声在线记者 王一 报道,素材提供:李二').journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['王一/记者', '李二/素材提供']);
  });

  it('gives a reporter the role printed after a list of labels', () => {
    expect(readCredit('策划/拍摄/文字 湖南日报•新湖南客户端 记者 王一').journalists).toEqual([{ name: '王一', role: '记者' }]);
  });
});

describe('credits around a body', () => {
  it('reads a dateline under the short titles of the pictures above the story', async () => {
    expect(await names('古韵风雨桥\n连片荷花开\n华声在线6月2日讯(李大山)村里的荷花开了，游客纷纷前来观赏，村民忙着接待。\n村支书说，今年来的游客比去年多了一倍。')).toEqual(['李大山/']);
  });

  it('reads a dateline under captions printed with no credit, and the people the captions name', async () => {
    const text = '模范受表彰\n\n张明为道德模范李强、王芳颁发荣誉证书\n“湖南好人”刘红为道德模范周勇颁发荣誉证书\n新湖南客户端3月9日讯(通讯员 赵一 钱二)近日，市里举行道德模范发布仪式，13位道德模范受到表彰。\n活动现场气氛热烈。';
    const a = (await analyzeText(text, nodeSegmenter())).articles[0]!;
    expect(a.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['赵一/通讯员', '钱二/通讯员']);
    expect(a.text.startsWith('近日')).toBe(true);
    expect(a.people.map((p) => p.name)).toEqual(expect.arrayContaining(['李强', '周勇']));
    expect(a.people.every((p) => (p.mentions ?? []).length === 0)).toBe(true);
  });

  it("reads the credits closing a piece under its producer's line, which is no body text", async () => {
    const doc = await analyzeText(
      '标题一行\n\n4月1日，产业发展委员会在浏阳成立，四大产区结成共同体。\n副理事长认为，产业经过20年的发展，发生了很大的变化。\n湖南日报社某某分社/某某频道出品\n策划/拍摄/文字 湖南日报•新湖南客户端 记者 王一',
      nodeSegmenter(),
    );
    const article = doc.articles[0]!;
    expect(article.journalists).toEqual([{ name: '王一', role: '记者' }]);
    expect(article.text).not.toContain('出品');
  });
});

describe('credits whose brackets a repost lost', () => {
  it('reads them up to a time word that opens the body, or with no bracket at all', () => {
    expect(credits('湖南日报5月2日讯(实习记者 王一 通讯员 李二 张三今天上午，签约仪式举行。')).toEqual(['王一/实习记者', '李二/通讯员', '张三/通讯员']);
    expect(credits('湖南日报7月9日讯通讯员 谢一 陈二近日，某大学学生来到花石镇。')).toEqual(['谢一/通讯员', '陈二/通讯员']);
    // …and a dateline whose 月 a repost dropped (79日讯 for 7月9日)
    expect(credits('湖南日报·新湖南客户端79日讯通讯员 谢一 陈二近日，学生来到花石镇。')).toEqual(['谢一/通讯员', '陈二/通讯员']);
    expect(credits('湖南日报7月9日讯 近日，某大学学生来到花石镇。')).toEqual([]);
  });
});

describe('datelines of joined outlets, relayed reports and notes without a colon', () => {
  it('reads two outlets joined by a dash or 、, a desk between them and 讯', () => {
    expect(credits('华声在线-湖南日报1月24日讯(记者 王一)今天上午，会议开幕。')).toEqual(['王一/记者']);
    expect(credits('三湘都市报、华声在线株洲记者站讯(三湘华声全媒体记者赵二 实习生钱三)今天上午，推介会举行。')).toEqual(['赵二/全媒体记者', '钱三/实习生']);
  });

  it("reads a repost's relayed dateline, 据湖南日报北京4月9日电", () => {
    expect(credits('某某网消息 据湖南日报北京4月9日电(记者 王一 通讯员 李二)4月9日，两部门在京召开会议。')).toEqual(['王一/记者', '李二/通讯员']);
  });

  it('gives the role 记者 to names printed after the outlet alone, never the outlet as a name', () => {
    expect(credits('华声在线3月14日讯(华声在线 王一 通讯员 李二)3月11日上午，启动仪式举行。')).toEqual(['王一/记者', '李二/通讯员']);
  });

  it('finds the dateline under an editor\'s note printed with no colon', async () => {
    const text = '标题一行\n\n编者按11月25日至28日，某会议在长沙召开。本报推出专栏。\n华声在线11月24日讯(记者 王一 通讯员 李二)“路修好了，山货运得出去。”';
    const a = (await analyzeText(text, nodeSegmenter())).articles[0]!;
    expect(a.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['王一/记者', '李二/通讯员']);
  });
});

describe('captions above the dateline in pairs', () => {
  it('reads the dateline under two captions each closed by a credit line of its own', async () => {
    const text = [
      '标题一行',
      '',
      '7月24日上午，省委书记张一率队观摩某新能源公司，考察研发情况。',
      '7月24日下午，张一率队考察某智能生产线项目。以上图片均为湖南日报记者 王二 摄',
      '7月24日上午，省长李三率队观摩某电路板公司，考察生产情况。',
      '7月24日下午，李三率队考察某技改项目。以上图片均为湖南日报记者 赵四 摄',
      '华声在线7月24日讯(湖南日报记者 钱五 孙六 摄影 王二 赵四)今天，全省现场观摩会召开。',
    ].join('\n');
    const a = (await analyzeText(text, nodeSegmenter())).articles[0]!;
    expect(a.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(expect.arrayContaining(['钱五/记者', '孙六/记者']));
    expect(a.text.startsWith('今天')).toBe(true);
  });
});
