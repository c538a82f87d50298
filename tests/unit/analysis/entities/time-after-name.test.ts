import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/src/analysis/entities';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

const seg = nodeSegmenter();
const officials = async (text: string) =>
  extractEntities(text, await seg.tag(text)).officials.map((o) => [o.name, o.titles]);

describe('a time word between a name and its verb', () => {
  it('still lets the name be found after its title', async () => {
    expect(await officials('益阳市委书记龙湘宁日前到安化县调研茶产业。')).toEqual([['龙湘宁', ['益阳市委书记']]]);
    expect(await officials('副省长邓正道近日在邵阳检查防汛工作。')).toEqual([['邓正道', ['副省长']]]);
    expect(await officials('县长彭安然昨天下午主持召开常务会议。')).toEqual([['彭安然', ['县长']]]);
  });

  it('does not list the city fused into the title as a place', async () => {
    const text = '益阳市委书记龙湘宁日前到安化县调研茶产业。';
    expect(extractEntities(text, await seg.tag(text)).places).toEqual(['安化县']);
  });
});
