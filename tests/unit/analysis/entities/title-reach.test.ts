import { beforeAll, describe, expect, it } from 'vitest';
import { entities, officialTitles, warmUp } from './helpers';

beforeAll(warmUp, 60_000);

// Invented sentences: titles whose body jieba tags oddly.
describe('officials: a title reads back over its whole body', () => {
  it('over a place jieba tags as a verb and a body word it tags as an idiom (怀化/v, 专科学校/l)', async () => {
    const e = await entities('会上，怀化师范高等专科学校党委副书记刘明介绍了情况。');
    expect(officialTitles(e)).toEqual({ 刘明: ['怀化师范高等专科学校党委副书记'] });
  });

  it('over a branch and its section (支行, 调查统计处) and a county office (县委办)', async () => {
    expect(officialTitles(await entities('人民银行长沙中心支行调查统计处副处长王强介绍，贷款增长。'))).toEqual({
      王强: ['人民银行长沙中心支行调查统计处副处长'],
    });
    expect(officialTitles(await entities('县委常委、县委办主任李军主持会议。'))).toEqual({ 李军: ['县委常委', '县委办主任'] });
  });

  it('over a registered village jieba cut in two (十八|洞|村党支部书记)', async () => {
    expect(officialTitles(await entities('“日子越过越好，”十八洞村党支部书记、村委会主任王平说。'))).toEqual({
      王平: ['十八洞村党支部书记', '村委会主任'],
    });
  });

  it('over a session of a congress in a delegation head’s title', async () => {
    const e = await entities('十三届全国人大五次会议湖南代表团团长刘强看望代表。');
    expect(officialTitles(e)).toEqual({ 刘强: ['十三届全国人大五次会议湖南代表团团长'] });
  });

  it('reads a public body’s chief professional as an official (省交通运输厅总工程师)', async () => {
    expect(officialTitles(await entities('省交通运输厅总工程师王刚介绍。'))).toEqual({ 王刚: ['省交通运输厅总工程师'] });
  });
});

describe('officials: a group label and a post of one’s own', () => {
  it('adds no label printed after the names (…许达哲等省领导) to a person with a post of their own', async () => {
    const e = await entities('省委书记杜明讲话，省委副书记、省长许平等省领导为教师颁奖。');
    expect(officialTitles(e)).toEqual({ 杜明: ['省委书记'], 许平: ['省委副书记', '省长'] });
  });

  it('keeps a label heading the list (出席大会的省领导有：…)', async () => {
    const e = await entities('省长许平作报告。出席大会的省党政军领导和老同志有：许平、李红。');
    expect(officialTitles(e)['许平']).toEqual(['省长', '省党政军领导和老同志']);
  });
});

describe('officials: more posts and names', () => {
  it('reads a headquarters commander and a government counsellor as posts', async () => {
    expect(officialTitles(await entities('中共中央政治局委员、国务院副总理、国家防汛抗旱总指挥王强来到我省。'))).toEqual({
      王强: ['中共中央政治局委员', '国务院副总理', '国家防汛抗旱总指挥'],
    });
    expect(Object.keys(officialTitles(await entities('湖南省政府参事、作家李明出席首发式。')))).toEqual(['李明']);
  });
  it('reads a name after a title whose last character jieba tags as a verb (副局长 高大|立)', async () => {
    expect(officialTitles(await entities('保护区管理局副局长高大立接警后赶到现场。'))).toEqual({ 高大立: ['保护区管理局副局长'] });
  });
});

describe('title reach: levels glued to the word before, and nouns jieba tags numerals', () => {
  it('opens the title at a level jieba glued to a demonstrative or a preposition (该县, 对县)', async () => {
    expect(officialTitles(await entities('该县交通运输局副局长周文斌介绍，群众对县人大代表李春华表示感谢。'))).toEqual({
      周文斌: ['县交通运输局副局长'],
      李春华: ['县人大代表'],
    });
  });

  it('reads on over a noun jieba tagged a numeral (整顿/m), not over a number', async () => {
    expect(officialTitles(await entities('省作风整顿领导小组组长刘海涛讲话。'))).toEqual({ 刘海涛: ['省作风整顿领导小组组长'] });
  });
});
