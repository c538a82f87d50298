import { describe, expect, it } from 'vitest';
import { extractEntities } from '@/src/analysis/entities';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

const seg = nodeSegmenter();
const orgs = async (text: string) => extractEntities(text, await seg.tag(text)).orgs;

describe('organisation edges', () => {
  it('never starts an organisation with 据 (according to)', async () => {
    expect(await orgs('据南洞庭湖自然保护区管理局统计，今年越冬候鸟明显增多。')).toEqual(['南洞庭湖自然保护区管理局']);
    expect(await orgs('据北京大学化学学院发布的消息，成果已通过鉴定。')).not.toContain('据北京大学化学学院');
  });
});
