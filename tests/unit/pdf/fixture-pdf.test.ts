import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { analyzeText } from '@/src/analysis/analyze';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';
import { pdfText } from '@/src/pdf/read-pdf';
import { withoutRunningHead } from '@/src/pdf/running-head';

/** The page PDF the fixture layout page links (scripts/make-pdf-fixture.ts made it from its articles). */
const PDF = 'tests/fixtures/epaper/hnrb/images/2024-12/12/02/2024121202_pdf.pdf';

describe('the fixture page PDF through pdf.js, the reading order and the analyser', () => {
  it('is small enough to keep in the repository', () => {
    expect(statSync(PDF).size).toBeLessThan(300_000);
  });

  it('gives the page’s stories, each under its own headline, with their facts', async () => {
    const { text, pages } = await pdfText(pdfjs, new Uint8Array(readFileSync(PDF)));
    expect(pages).toBe(1);
    // The running head is gone; the first story's headline opens the text.
    expect(text.startsWith('前11个月我省进出口5121.9亿元\n')).toBe(true);
    // Columns are read down, then across: the first story's paragraphs are whole and in order.
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('长沙海关今天发布，今年前11个月，湖南省进出口总值5121.9亿元。');
    expect(flat.indexOf('进口规模创历史同期新高。')).toBeLessThan(flat.indexOf('前11个月，湖南省有进出口实绩的企业7902家'));

    const doc = await analyzeText(text, nodeSegmenter());
    const heads = doc.articles.map((a) => [a.introTitle, a.title, a.subTitle]);
    expect(heads).toEqual([
      [null, '前11个月我省进出口5121.9亿元', '进口规模创历史同期新高'],
      [null, '消费挖潜 投资增效', null],
      [null, '聚力自主安全 领跑先进计算', '第二届国家新一代自主安全计算系统产业集群融通生态大会开幕'],
      [null, '中央财政8.6亿余元支持湖南公共文化建设', null],
      ['全省人大财经预算工作座谈会在长沙举行', '在服务全省经济高质量发展中彰显人大担当', null],
      [null, '筑牢安全防范的群众防线', '我省从7个方面开展今冬明春安全防范宣传'],
      ['省应急管理厅发布低温寒潮安全提示', '做好化工和危化品领域安全防范', null],
      ['省生物医药及医疗器械产业链调研组在长沙调研', '加快推动细胞治疗产业创新发展', null],
      [null, '湖南省第八届“爱我国防”主题演讲比赛落下帷幕', null],
      // The photo news has no headline.
      [null, '', null],
    ]);
    const first = doc.articles[0]!;
    expect(first.dateline).toMatch(/^湖南日报12月11日讯/);
    // 彭可心 is broken over two printed lines inside the dateline, which the analyser reads as 彭可.
    expect(first.journalists.map((j) => j.name)).toContain('苏立');
    expect(first.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['5121.9亿元', '3003.4亿元']));
  }, 60_000);
});

describe('withoutRunningHead', () => {
  it('drops the page’s running head at the top, and nothing else', () => {
    expect(withoutRunningHead('湖南日报\n2024年12月12日 星期四\n要闻 02\n\n前11个月我省进出口5121.9亿元\n')).toBe('前11个月我省进出口5121.9亿元\n');
    expect(withoutRunningHead('前11个月我省进出口5121.9亿元\n湖南日报\n')).toBe('前11个月我省进出口5121.9亿元\n湖南日报\n');
  });
});
