import { beforeAll, describe, expect, it } from 'vitest';
import { entities, officialTitles, peopleNames, warmUp } from './helpers';

beforeAll(warmUp, 60_000);

// Sentences written for these tests: the mechanisms, not sentences of the corpus.
describe('officials: elections and appointments, where the post comes after the names', () => {
  it('reads an election list joined by 、 with （女） notes', async () => {
    const e = await entities('会议选举张立军、李秀梅（女）、王德华为市人民政府副市长。');
    expect(officialTitles(e)).toEqual({
      张立军: ['市人民政府副市长'],
      李秀梅: ['市人民政府副市长'],
      王德华: ['市人民政府副市长'],
    });
  });

  it('reads 任命/决定任命 with a continuation clause for a second person', async () => {
    const e = await entities('会议决定任命赵国庆为省交通运输厅厅长，钱伟为省水利厅厅长。');
    expect(officialTitles(e)).toEqual({ 赵国庆: ['省交通运输厅厅长'], 钱伟: ['省水利厅厅长'] });
  });

  it('reads a removal: 免去 A 的…职务', async () => {
    const e = await entities('会议决定免去孙建平的省商务厅厅长职务。');
    expect(officialTitles(e)).toEqual({ 孙建平: ['省商务厅厅长'] });
    expect(peopleNames(e)).not.toContain('孙建平');
  });
});

describe('officials: titles composed of a body, modifiers and a role', () => {
  it('reads modifiers before a role (专职副主任, 党组副书记) and never a broken half', async () => {
    const e = await entities('省委农办专职副主任周明辉，市文旅局党组副书记刘春燕出席。');
    expect(officialTitles(e)).toEqual({ 周明辉: ['省委农办专职副主任'], 刘春燕: ['市文旅局党组副书记'] });
    expect(e.officials.some((o) => o.titles.some((t) => t.endsWith('副')))).toBe(false);
  });

  it('reads 执行主席 and 常务主席 of a presidium', async () => {
    const e = await entities('大会主席团常务主席陈志刚，大会执行主席吴秋云出席。');
    expect(officialTitles(e)).toEqual({ 陈志刚: ['大会主席团常务主席'], 吴秋云: ['大会执行主席'] });
  });
});

describe('officials: resignations accepted', () => {
  it('gives the post resigned to each name listed before 辞去 … 职务', async () => {
    const e = await entities('市人大常委会会议接受了赵明远、钱立新辞去市人大代表职务。');
    expect(officialTitles(e)).toEqual({ 赵明远: ['市人大代表'], 钱立新: ['市人大代表'] });
  });

  it('reads no office in a job given up', async () => {
    const e = await entities('两年前，孙小雨辞去了朝九晚五的银行工作。');
    expect(e.officials).toEqual([]);
  });
});

describe('officials: the holders of a post listed after it', () => {
  it('gives the post to each name after 担任…的还有（note）：', async () => {
    const e = await entities('会议由大会执行主席张大同主持。担任大会执行主席的还有（按姓氏笔画排序）：王立新、孙一鸣、周海燕。');
    expect(officialTitles(e)).toEqual({
      张大同: ['大会执行主席'], 王立新: ['大会执行主席'], 孙一鸣: ['大会执行主席'], 周海燕: ['大会执行主席'],
    });
  });

  it('reads no post where 担任 … 的 names no office', async () => {
    const e = await entities('担任志愿者的有：王小明、李红。');
    expect(e.officials).toEqual([]);
  });
});

describe('a delegation\'s posts', () => {
  it('gives a post to a list with its size (A、B、C等12人任副团长) and to the one 由…担任 names', async () => {
    const e = await entities('会上宣布了代表团组成人员名单，代表团团长由陈国华担任，刘建新、周文斌、李秋生等12人任副团长。');
    expect(officialTitles(e)).toEqual({ 陈国华: ['代表团团长'], 刘建新: ['副团长'], 周文斌: ['副团长'], 李秋生: ['副团长'] });
  });

  it('reads a delegation\'s bare 副团长 before a list of names as an office', async () => {
    const e = await entities('湖南代表团召开全体会议。副团长陈国华、刘建新出席会议。');
    expect(officialTitles(e)).toEqual({ 陈国华: ['副团长'], 刘建新: ['副团长'] });
  });

  it('leaves a troupe\'s 副团长 with no delegation in the text to the people', async () => {
    const e = await entities('歌舞团副团长陈国华带队演出。');
    expect(officialTitles(e)).toEqual({});
  });

  it('gives the verb\'s post only to names that open their clause, not to a list under a title of its own', async () => {
    const e = await entities('开幕大会由大会主席团常务主席王建国、刘明、陈国华担任执行主席，王建国主持。');
    expect(officialTitles(e).陈国华).toEqual(['大会主席团常务主席']);
  });
});

