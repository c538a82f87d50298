import { describe, expect, it } from 'vitest';
import { cleanText, looksLikeRawPdf, normalizeWidth, toOriginal } from '@/src/analysis/clean';

describe('cleanText on raw PDF text', () => {
  it('joins numbers and units split by spaces and breaks', () => {
    const raw = '湖南获得 8.6524 亿\n\n元支持。全 国 总 值 5121.9 亿 元 。';
    expect(cleanText(raw, { raw: true }).text).toBe('湖南获得8.6524亿元支持。全国总值5121.9亿元。');
  });

  it('removes letter-spacing but keeps a lone printed space between phrases', () => {
    const raw = '大会以“聚力自主安全 领跑先进计算”为主题，省政协副 主 席 、省 工 商 联主席出席。';
    expect(cleanText(raw, { raw: true }).text).toBe('大会以“聚力自主安全 领跑先进计算”为主题，省政协副主席、省工商联主席出席。');
  });

  it('keeps the spaces of a dateline\'s credits, a line break there becoming one space', () => {
    const raw = '湖南日报 12月 11日讯（全媒体记者 彭可心\n\n通讯员 苏立）长沙海关今天发布。';
    expect(cleanText(raw, { raw: true }).text).toBe('湖南日报12月11日讯（全媒体记者 彭可心 通讯员 苏立）长沙海关今天发布。');
  });

  it('keeps spaces between Latin words and before a photo credit, drops them next to Chinese', () => {
    expect(cleanText('支持信创 PC 的 Open Source 方案。', { raw: true }).text).toBe('支持信创PC的Open Source方案。');
    expect(cleanText('改善人居环境。 梁永鸿 摄（湖南图片库）', { raw: true }).text).toBe('改善人居环境。 梁永鸿 摄（湖南图片库）');
  });

  it('rejoins hard-wrapped lines into one paragraph per line', () => {
    const raw = [
      '前 11 个月，湖南省有进出口实绩的企业 7902',
      '家，较前 10 个月多 349 家。生产型企业进出口值',
      '2350.3 亿元，增长 11.3%。',
      '对非贸易继续保持中西部第一，对俄罗斯、中',
      '国台湾增长明显。',
    ].join('\n\n');
    expect(cleanText(raw, { raw: true }).text).toBe(
      '前11个月，湖南省有进出口实绩的企业7902家，较前10个月多349家。生产型企业进出口值2350.3亿元，增长11.3%。\n' +
        '对非贸易继续保持中西部第一，对俄罗斯、中国台湾增长明显。',
    );
  });

  it('maps every cleaned character back to the same character of the input', () => {
    const raw = ' 湖南日报 12月 11日讯（全媒体记者 王亮）\n\n提前下达 2025 年 补 助 资 金，湖南获得 8.6524 亿\n\n元支持。';
    const c = cleanText(raw, { raw: true });
    expect(c.map).toHaveLength(c.text.length + 1);
    for (let i = 0; i < c.text.length; i++) {
      if (/\s/.test(c.text[i]!)) continue; // inserted spaces and breaks stand for the gap
      expect(raw[c.map[i]!]).toBe(c.text[i]);
    }
    const at = c.text.indexOf('8.6524亿元');
    const span = toOriginal(c, at, at + '8.6524亿元'.length);
    expect(raw.slice(span.start, span.end)).toBe('8.6524 亿\n\n元');
  });

  it('keeps astral characters whole and maps both of their UTF-16 units', () => {
    const raw = '𠮷野家 在 长 沙 开 店 1 2 家，\n\n增长 5%。';
    const c = cleanText(raw, { raw: true });
    expect(c.text.startsWith('𠮷野家在长沙开店')).toBe(true);
    expect(raw.slice(c.map[0]!, c.map[1]! + 1)).toBe('𠮷');
    const at = c.text.indexOf('5%');
    expect(raw.slice(toOriginal(c, at, at + 2).start, toOriginal(c, at, at + 2).end)).toBe('5%');
  });
});

describe('full-width normalisation', () => {
  it('turns full-width digits, letters, % and decimal points into ASCII and keeps Chinese punctuation', () => {
    expect(normalizeWidth('增长１２．５％，ＧＭＰ实验室（ａ）。')).toBe('增长12.5%，GMP实验室（a）。');
    expect(cleanText('增长１２．５％，达到ＧＤＰ的一半。').text).toBe('增长12.5%，达到GDP的一半。');
  });
});

describe('clean article-page text', () => {
  it('is recognised as clean and passes through except for normalisation and indents', () => {
    const page = '　　湖南日报12月11日讯（全媒体记者 王亮）为贯彻落实有关部署，湖南获得8.6524亿元支持。\n　　三笔资金预算中，湖南获得５.５181亿元。';
    expect(looksLikeRawPdf(page)).toBe(false);
    const c = cleanText(page);
    expect(c.raw).toBe(false);
    expect(c.text).toBe('湖南日报12月11日讯（全媒体记者 王亮）为贯彻落实有关部署，湖南获得8.6524亿元支持。\n三笔资金预算中，湖南获得5.5181亿元。');
    expect(page[c.map[c.text.indexOf('三')]!]).toBe('三');
  });

  it('tells raw PDF text by letter-spacing, spaced numbers or mid-sentence breaks', () => {
    expect(looksLikeRawPdf('月 ，湖 南 省 进 出 口 总 值')).toBe(true);
    expect(looksLikeRawPdf('进出口 5121.9 亿元，增长 10%')).toBe(true);
    expect(looksLikeRawPdf('为贯彻落实党中央有关部署，支持地方完\n善现代公共文化服务体系，财政部近日发\n布通知，提前下达资金预算。')).toBe(true);
  });
});

describe('ASCII punctuation in Chinese text (reposts and stored copies)', () => {
  it('becomes the paper’s punctuation, one unit for one', () => {
    const s = '上半年,该县财政收入达10.6亿元,同比增长23.7%。(记者 李秉钧 通讯员 许群飞)';
    const n = normalizeWidth(s);
    expect(n).toBe('上半年，该县财政收入达10.6亿元，同比增长23.7%。（记者 李秉钧 通讯员 许群飞）');
    expect(n.length).toBe(s.length);
  });
  it('keeps commas and colons between digits, URLs and brackets around Latin text', () => {
    expect(normalizeWidth('共1,234人,10:30开幕')).toBe('共1,234人，10:30开幕');
    expect(normalizeWidth('见http://hnrb.voc.com.cn (PDF) 一文')).toBe('见http://hnrb.voc.com.cn (PDF) 一文');
    expect(normalizeWidth('他说:“好!”你呢?')).toBe('他说：“好！”你呢？');
  });
  it('turns a bracket pair holding Chinese text into Chinese brackets, both halves', () => {
    expect(normalizeWidth('行程(6天5晚)结束')).toBe('行程（6天5晚）结束');
    expect(normalizeWidth('GDP(国内生产总值)')).toBe('GDP（国内生产总值）');
  });
  it('reads a bullet between ideographs as the middle dot', () => {
    expect(normalizeWidth('湖南日报•新湖南客户端记者')).toBe('湖南日报·新湖南客户端记者');
    expect(normalizeWidth('• 要点')).toBe('• 要点');
  });
});

describe('straight quotes in Chinese text', () => {
  it('open and close in turn on each line', async () => {
    const { normalizeWidth } = await import('@/src/analysis/clean');
    expect(normalizeWidth('她说:"中国是我的第二个故乡。"又说"好"')).toBe('她说：“中国是我的第二个故乡。”又说“好”');
    expect(normalizeWidth('say "hi"')).toBe('say "hi"');
  });
});
