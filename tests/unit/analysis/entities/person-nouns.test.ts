import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/src/analysis/entities';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

const seg = nodeSegmenter();
const people = async (text: string) =>
  extractEntities(text, await seg.tag(text)).people.map((p) => [p.name, p.role]);

describe('a name introduced by a kind of person rather than an office', () => {
  it('finds the name and keeps the kind as its role', async () => {
    expect(await people('种粮大户严春生告诉记者，今年早稻亩产超过千斤。')).toEqual([['严春生', '种粮大户']]);
    expect(await people('返乡青年覃小满说，直播间每天都有新订单。')).toEqual([['覃小满', '返乡青年']]);
    expect(await people('茶农向桂兰一边采茶一边说，今年春茶卖了好价钱。')).toEqual([['向桂兰', '茶农']]);
  });

  it('does not make a name of the word after such a noun', async () => {
    expect(await people('青年教师是学校发展的生力军。')).toEqual([]);
    expect(await people('种植大户越来越多，合作社规模不断扩大。')).toEqual([]);
  });
});
