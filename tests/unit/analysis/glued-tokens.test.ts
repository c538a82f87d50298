import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '@/src/analysis/analyze';
import { splitGluedTokens } from '@/src/analysis/segmenter/glued';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

const seg = nodeSegmenter();
const orgsOf = async (body: string) => (await analyzeText(`标题\n\n${body}\n`, seg)).articles[0]!.orgs;

describe('a body\'s last character glued to the next word', () => {
  beforeAll(async () => {
    await seg.ready();
  });

  it('cuts an unknown two- or three-character token after a body\'s last character', () => {
    const tags = [
      { word: '交通运输', tag: 'j', start: 0, end: 4 },
      { word: '局和市', tag: 'x', start: 4, end: 7 },
      { word: '公安局', tag: 'nt', start: 7, end: 10 },
    ];
    expect(splitGluedTokens(tags).map((t) => t.word)).toEqual(['交通运输', '局', '和', '市', '公安局']);
  });

  it('leaves known words and other unknown words whole', () => {
    const tags = [
      { word: '局将', tag: 'v', start: 0, end: 2 },
      { word: '中有', tag: 'x', start: 2, end: 4 },
      { word: '局长', tag: 'x', start: 4, end: 6 },
    ];
    expect(splitGluedTokens(tags)).toBe(tags);
  });

  it('ends the body where its name ends', async () => {
    expect(await orgsOf('湘潭市交通运输局将开通三条新线路。')).toContain('湘潭市交通运输局');
    expect(await orgsOf('株洲市交通运输局和市公安局联合发文。')).toEqual(expect.arrayContaining(['株洲市交通运输局', '市公安局']));
    expect(await orgsOf('国家禁毒委和省委联合部署。')).toContain('国家禁毒委');
  });

  it('cuts a measure word from the level jieba glued it to (3|名省|科技特派员)', () => {
    const tags = [
      { word: '3', tag: 'm', start: 0, end: 1 },
      { word: '名省', tag: 'x', start: 1, end: 3 },
      { word: '科技', tag: 'n', start: 3, end: 5 },
    ];
    expect(splitGluedTokens(tags).map((t) => t.word)).toEqual(['3', '名', '省', '科技']);
  });

  it('makes no body of a count and the people counted (3名省科技领军人才)', async () => {
    expect(await orgsOf('团队包括3名省科技领军人才、7名县科技特派员。')).toEqual([]);
  });
});

