import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeArticle, analyzeText } from '@/src/analysis/analyze';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import { articleInputFromParsed, parsePage } from '@/src/epaper';
import { createEngineCore } from '@/src/engine/core';
import { checkEngineRequest, checkEngineTextRequest } from '@/src/engine/request';

const DAY = join(import.meta.dirname, '../../fixtures/epaper/hnrb/html/2024-12/12');
const input = (id: number) => {
  const html = readFileSync(join(DAY, `content_${id}.htm`), 'utf8');
  const page = parsePage(parseHTML(html).document as unknown as Document, `http://epaper.voc.com.cn/hnrb/html/2024-12/12/content_${id}.htm`);
  return articleInputFromParsed(page.article!);
};

describe('the shared engine', () => {
  it('gives the same facts as the analyser run in the page, article by article, with token counts', async () => {
    const seg = nodeSegmenter();
    const core = createEngineCore(seg);
    const inputs = [input(1721201), input(1721203)];
    // What a content script sends goes through the same check the engine applies.
    const request = checkEngineRequest(JSON.parse(JSON.stringify({ articles: inputs })));
    expect(request).not.toBeNull();
    const reply = await core.analyse(request!);
    expect(reply.articles).toHaveLength(2);
    for (const [i, a] of reply.articles.entries()) {
      expect(a.analysis).toEqual(await analyzeArticle(inputs[i]!, seg));
      expect(a.tokenCount).toBeGreaterThan(100);
    }
    expect(reply.articles[0]!.analysis.title).toBe('前11个月我省进出口5121.9亿元');
    expect(reply.engine.served).toBe(1);
    expect(reply.engine.startupMs).not.toBeNull();
  });
});

describe('the shared engine and pasted text', () => {
  it('splits and analyses pasted text exactly as analyzeText does', async () => {
    const seg = nodeSegmenter();
    const core = createEngineCore(seg);
    for (const file of ['corpus/b2/013.txt', 'seed/hnrb-2024-12-12-page02.txt']) {
      const text = readFileSync(join(import.meta.dirname, '../../fixtures', file), 'utf8');
      const request = checkEngineTextRequest(JSON.parse(JSON.stringify({ text })));
      expect(request).not.toBeNull();
      const reply = await core.analyseText(request!);
      const expected = (await analyzeText(text, seg)).articles;
      expect(reply.articles.map((a) => a.analysis)).toEqual(expected);
      for (const a of reply.articles) expect(a.tokenCount).toBeGreaterThan(0);
    }
  });
});
