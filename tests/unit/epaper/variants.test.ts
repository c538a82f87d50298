import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleInputFromParsed, decodeHtml, parsePage } from '@/src/epaper';
import { VARIANTS_DIR, docOf, parseFile } from './helpers';

const HNRB = 'https://epaper.voc.com.cn/hnrb/html/';
const file = (name: string) => join(VARIANTS_DIR, name);
const article = (name: string, url: string) => {
  const page = parseFile(file(name), url);
  expect(page.kind).toBe('article');
  return { page, art: page.article! };
};

describe('body markup variants', () => {
  it('uppercase <P> tags and tags in capitals', () => {
    const { page, art } = article('article-uppercase-p.htm', HNRB + '2025-03/05/content_1730002.htm?div=-1');
    expect(art.title).toBe('长沙地铁6号线东延段试运行');
    expect(art.paragraphs).toEqual([
      '湖南日报3月4日讯（全媒体记者 张三）今天，长沙地铁6号线东延段开始试运行，全长约5.6公里。',
      '东延段共设车站3座，预计今年6月底前开通载客。',
    ]);
    expect(page.page).toMatchObject({ number: '03', name: '要闻' });
    expect(page.dateLine).toBe('2025年03月05日 星期三');
    expect(art.prevArticleUrl).toBe(HNRB + '2025-03/05/content_1730001.htm?div=-1');
    expect(art.nextArticleUrl).toBe(HNRB + '2025-03/05/content_1730003.htm?div=-1');
  });

  it('<br>-separated lines in one block, &nbsp; indents, an empty line, <founder-content> inside #ozoom', () => {
    const { art } = article('article-br-block.htm', HNRB + '2023-01/09/content_1611700.htm?div=-1');
    expect(art.paragraphs).toEqual([
      '湖南日报1月8日讯（通讯员 李四）去年，湘江新区新增企业1200家，同比增长12%。',
      '其中，高新技术企业占比超过三成。',
      '新区将继续优化营商环境。',
    ]);
  });

  it('&nbsp; indents (also spaced out), trailing &nbsp; and an empty &nbsp; paragraph; ASCII colon in the label', () => {
    const { page, art } = article('article-nbsp-indent.htm', HNRB + '2023-08/13/content_1643045.htm?div=-1');
    expect(art.paragraphs).toEqual([
      '湖南日报8月12日讯（全媒体记者 王五）今年前7个月，岳阳港完成集装箱吞吐量52.3万标箱。',
      '城陵矶港区的“江海直达”航线已增至6条。',
    ]);
    expect(page.page).toMatchObject({ number: '05', name: '市州' });
  });

  it('nested font/span/b inside and around paragraphs do not split them', () => {
    const { page, art } = article('article-nested-font-span.htm', HNRB + '2024-09/19/content_1703819.htm?div=-1');
    expect(art.title).toBe('让乡村振兴有“看头”更有“赚头”');
    expect(art.paragraphs).toEqual(['乡村振兴，产业是关键。近年来，我省持续推进“一县一特”。', '一是做强特色产业。']);
    expect(page.page).toMatchObject({ number: '06', name: '理论·学习' });
    expect(page.dateLine).toBe('2024年09月19日 星期四');
  });
});

describe('headline variants', () => {
  it('引题 + 主题 + 副题 with the byline printed under them', () => {
    const { page, art } = article('article-three-headlines.htm', HNRB + '2023-01/09/content_1611755.htm?div=-1');
    expect(art.introTitle).toBe('“在基层读懂中国”系列评论');
    expect(art.title).toBe('人间烟火气 温暖迎新春');
    expect(art.subTitle).toBe('“在基层读懂中国”系列评之一');
    expect(art.byline).toBe('湖南日报全媒体评论员 曹茜茜');
    expect(art.paragraphs).toHaveLength(2);
    // A date inside the body is not the issue's date line.
    expect(page.dateLine).toBe('2023年01月09日 星期一');
    expect(page.page).toMatchObject({ number: '06', name: '观点·要闻' });
    const input = articleInputFromParsed(art);
    expect(input).toMatchObject({ introTitle: art.introTitle, subTitle: art.subTitle, byline: art.byline });
    expect(input.body).toBe(art.paragraphs.join('\n'));
  });

  it('no td.font01: the title comes from the document title, the (下转) mark is read', () => {
    const { page, art } = article('article-no-font01.htm', HNRB + '2025-03/05/content_1730010.htm?div=-1');
    expect(page.problem).toBeNull();
    expect(art.title).toBe('春耕备耕正当时');
    expect(art.introTitle).toBeNull();
    expect(art.subTitle).toBeNull();
    expect(art.continuedTo).toBe('2版②');
    expect(art.paragraphs[0]).toMatch(/^湖南日报3月4日讯/);
  });

  it('no .font01 cells: <h3>/<h1>/<h2> headings before the body (Founder newer template), byline line between', () => {
    const { page, art } = article('article-headings-founder.htm', HNRB + '2025-03/07/content_1730601.htm?div=-1');
    expect(art).toMatchObject({ introTitle: '一线调研', title: '一条大河的新生', subTitle: '湘江保护治理“一号重点工程”回访', byline: '湖南日报全媒体记者 吴九' });
    expect(art.paragraphs).toEqual(['初春，湘江两岸草木萌发。', '十年治理，一江碧水。']);
    expect(page.page).toMatchObject({ number: '04', name: '深度' });
    expect(page.dateLine).toBe('2025年03月07日 星期五');
  });

  it('the enpproperty comment is preferred over the visible cells', () => {
    const { page, art } = article('article-enpproperty.htm', 'https://epaper.voc.com.cn/hnrb/html/2025-03/06/content_1730501.htm?div=-1');
    expect(art.title).toBe('我省出台二十条措施稳外贸');
    expect(art.introTitle).toBe('省政府常务会议部署');
    expect(art.subTitle).toBe('首季进出口实现开门红');
    expect(art.byline).toBe('湖南日报全媒体记者 周八');
    expect(art.paragraphs).toEqual(['湖南日报3月5日讯 省政府日前印发《稳外贸二十条措施》，支持外贸企业拓市场。']);
    expect(page.page?.name).toBe('要闻');
  });

  it('the enpproperty comment supplies id and date when the address has none', () => {
    const path = file('article-enpproperty.htm');
    const page = parseFile(path, path);
    expect(page.kind).toBe('article');
    expect(page.article?.id).toBe('content_1730501');
    expect(page.issue).toEqual({ paper: 'hnrb', date: '2025-03-06' });
  });
});

describe('page furniture variants', () => {
  it('no page label: number and name stay null, the date line without weekday still reads', () => {
    const { page, art } = article('article-no-page-label.htm', HNRB + '2025-03/05/content_1730020.htm?div=-1');
    expect(page.page).toBeNull();
    expect(page.dateLine).toBe('2025年03月05日');
    expect(page.problem).toBeNull();
    expect(art.paragraphs).toHaveLength(1);
  });

  it('continuation from page 1 on the retired alias host, ASCII colons, no title', () => {
    const url = 'http://hnrb.voc.com.cn/hnrb_epaper/html/2022-05/27/content_1578815.htm?div=-1';
    const { page, art } = article('alias-article-continued.htm', url);
    expect(page.issue).toEqual({ paper: 'hnrb', date: '2022-05-27' });
    expect(page.canonicalUrl).toBe('https://epaper.voc.com.cn/hnrb/html/2022-05/27/content_1578815.htm');
    expect(page.page).toMatchObject({ number: '02', name: '要闻', url: 'http://hnrb.voc.com.cn/hnrb_epaper/html/2022-05/27/node_202.htm' });
    expect(page.pages.map((p) => p.name)).toEqual(['头版', '要闻']);
    expect(page.dateLine).toBe('2022年05月27日 星期五');
    expect(page.prevPageUrl).toBe('http://hnrb.voc.com.cn/hnrb_epaper/html/2022-05/27/node_201.htm');
    expect(art.id).toBe('content_1578815');
    expect(art.title).toBe('');
    expect(art.continuedFrom).toBe('1版③');
    expect(art.continuedTo).toBe('3版');
    expect(art.paragraphs[0]).toBe('▲ ▲（上接1版③）项目初见成果，村民的腰包也鼓了起来。');
    expect(articleInputFromParsed(art).continuedFrom).toBe('1版③');
  });

  it('photo-only article with two boxes: credits in brackets and as 摄影报道, a series shares its caption', () => {
    const { page, art } = article('article-photo-only.htm', HNRB + '2025-03/05/content_1730030.htm?div=-1');
    expect(page.problem).toBeNull();
    expect(art.paragraphs).toEqual([]);
    expect(art.photos).toEqual([
      { src: HNRB.replace('html/', '') + 'images/2025-03/05/03/res02_attpic_brief.jpg', caption: '3月4日，游客在长沙橘子洲赏花。', credit: '湖南日报全媒体记者 李健 摄' },
      { src: HNRB.replace('html/', '') + 'images/2025-03/05/03/res03_attpic_brief.jpg', caption: '3月4日，浏阳河畔樱花盛开。', credit: '刘贵雄 郑时仁 摄影报道' },
      { src: HNRB.replace('html/', '') + 'images/2025-03/05/03/res04_attpic_brief.jpg', caption: '3月4日，浏阳河畔樱花盛开。', credit: '刘贵雄 郑时仁 摄影报道' },
    ]);
    const input = articleInputFromParsed(art);
    expect(input.body).toBe('3月4日，游客在长沙橘子洲赏花。 湖南日报全媒体记者 李健 摄\n3月4日，浏阳河畔樱花盛开。 刘贵雄 郑时仁 摄影报道');
    expect(input.captions).toHaveLength(2);
  });
});

describe('photo placement', () => {
  it('a photo box above the body counts, a grey table without a picture does not, the caption stays out of the body', () => {
    const { art } = article('article-photo-above-body.htm', HNRB + '2025-03/05/content_1730040.htm?div=-1');
    expect(art.photos).toEqual([
      { src: 'https://epaper.voc.com.cn/hnrb/images/2025-03/05/01/res05_attpic_brief.jpg', caption: '3月4日，长沙湘江风光带。', credit: '湖南日报全媒体记者 辜鹏博 摄' },
    ]);
    expect(art.paragraphs).toEqual(['湖南日报3月4日讯（全媒体记者 周九）春回大地，三湘处处涌动发展热潮。']);
    expect(articleInputFromParsed(art).captions).toEqual(['3月4日，长沙湘江风光带。 湖南日报全媒体记者 辜鹏博 摄']);
  });
});

describe('layout variants', () => {
  it('no title list: articles from the hot-zones alone, deduplicated, titles from the areas', () => {
    const page = parseFile(file('layout-no-title-list.htm'), HNRB + '2025-03/05/node_204.htm');
    expect(page.kind).toBe('layout');
    expect(page.page).toMatchObject({ number: '04', name: '深度', pdfUrl: 'https://epaper.voc.com.cn/hnrb/images/2025-03/05/04/2025030504_pdf.pdf' });
    const arts = page.layout!.articles;
    expect(arts.map((a) => [a.id, a.title, a.area?.shape])).toEqual([
      ['content_1730101', '一条大河的新生', 'rect'],
      ['content_1730102', null, 'polygon'],
    ]);
    expect(arts[0]!.area!.coords).toEqual([10, 10, 300, 200]);
    expect(arts[1]!.area!.coords).toEqual([310, 10, 590, 10, 590, 400, 310, 400]);
  });

  it('no PagePicMap: articles from the title list, no areas, markup inside titles flattened', () => {
    const page = parseFile(file('layout-no-picmap.htm'), HNRB + '2025-03/05/node_207.htm');
    expect(page.kind).toBe('layout');
    expect(page.layout!.picture).toBeNull();
    expect(page.layout!.articles).toEqual([
      { id: 'content_1730201', url: HNRB + '2025-03/05/content_1730201.htm?div=-1', title: '“小切口”撬动“大治理”', area: null },
      { id: 'content_1730202', url: HNRB + '2025-03/05/content_1730202.htm?div=-1', title: '基层减负 再观察', area: null },
    ]);
    expect(page.page).toMatchObject({ number: '07', name: '观察', pdfUrl: 'https://epaper.voc.com.cn/hnrb/images/2025-03/05/07/2025030507_pdf.pdf' });
    expect(page.dateLine).toBeNull();
    expect(page.issue).toEqual({ paper: 'hnrb', date: '2025-03-05' });
  });

  it('layout pages read from plain files are recognised by their markup', () => {
    for (const name of ['layout-no-picmap.htm', 'layout-no-title-list.htm']) {
      const page = parseFile(file(name), '/tmp/saved/' + name);
      expect(page.kind).toBe('layout');
      expect(page.layout!.articles.length).toBeGreaterThan(0);
    }
  });

  it('sibling paper sxdsb with lettered pages', () => {
    const page = parseFile(file('sxdsb-layout-a-pages.htm'), 'https://epaper.voc.com.cn/sxdsb/html/2026-04/20/node_21.htm');
    expect(page.issue).toEqual({ paper: 'sxdsb', date: '2026-04-20' });
    expect(page.page).toMatchObject({ number: 'A03', name: '华声评论', pdfUrl: 'https://epaper.voc.com.cn/sxdsb/images/2026-04/20/A3/20260420A3_pdf.pdf' });
    expect(page.pages.map((p) => p.number)).toEqual(['A01', 'A02', 'A03', 'A04']);
    expect(page.layout!.articles.map((a) => [a.id, a.title, a.area?.coords.length])).toEqual([
      ['content_1800301', '别让“排队神器”变了味', 4],
      ['content_1800302', '城市更新要留住记忆', 4],
    ]);
    expect(page.nextPageUrl).toBe('https://epaper.voc.com.cn/sxdsb/html/2026-04/20/node_22.htm');
  });
});

describe('page list rows', () => {
  it('a page name beside its link in the row, PDF in the same row', () => {
    const doc = docOf(`<table>
      <tr><td><a id="pageLink" href="node_201.htm">第01版</a></td><td>头版</td><td><a href="../../../images/2025-03/05/01/2025030501_pdf.pdf">PDF</a></td></tr>
      <tr><td><a id="pageLink" href="node_202.htm">第02版</a></td><td>要闻</td><td></td></tr></table>`);
    const page = parsePage(doc, HNRB + '2025-03/05/node_202.htm');
    expect(page.pages).toEqual([
      { number: '01', name: '头版', url: HNRB + '2025-03/05/node_201.htm', pdfUrl: 'https://epaper.voc.com.cn/hnrb/images/2025-03/05/01/2025030501_pdf.pdf' },
      { number: '02', name: '要闻', url: HNRB + '2025-03/05/node_202.htm', pdfUrl: null },
    ]);
    // No label printed: the page list row of this very page names it.
    expect(page.page).toMatchObject({ number: '02', name: '要闻' });
  });
});

describe('pages that are not articles', () => {
  it('a 404 page at an article address says it has no article', () => {
    const page = parseFile(file('not-an-article.htm'), HNRB + '2026-04/14/content_1799999.htm?div=-1');
    expect(page.kind).toBe('article');
    expect(page.problem).toBe('此页没有找到文章的标题和正文');
  });

  it('the same page elsewhere is not an e-paper page, in Chinese for the panel', () => {
    const page = parseFile(file('not-an-article.htm'), 'https://www.voc.com.cn/404.html');
    expect(page.kind).toBe('other');
    expect(page.problem).toBe('此页不是湖南日报电子版的版面或文章页');
    expect(page.article).toBeNull();
    expect(page.layout).toBeNull();
  });

  it('the paper root (meta refresh) is an issue root', () => {
    const page = parseFile(file('issue-root.htm'), 'https://epaper.voc.com.cn/hnrb/');
    expect(page.kind).toBe('issue-root');
    expect(page.problem).toMatch(/入口页/);
  });

  it('an empty document never throws', () => {
    expect(() => parsePage(docOf(''), 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/content_1.htm')).not.toThrow();
    const page = parsePage(docOf('<html></html>'), 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/node_201.htm');
    expect(page.kind).toBe('layout');
    expect(page.problem).toBe('此版面没有列出文章');
  });
});

describe('GB18030-encoded page', () => {
  const bytes = readFileSync(file('article-gb18030.htm'));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);

  it('decodes through its <meta charset=gb2312>, astral characters included', () => {
    const html = decodeHtml(buffer);
    const page = parsePage(docOf(html), 'http://hnrb.voc.com.cn/hnrb_epaper/html/2014-12/15/content_700001.htm?div=-1');
    expect(page.article?.title).toBe('衡阳培育专精特新企业');
    expect(page.article?.subTitle).toBe('今年新增省级“小巨人”企业28家');
    expect(page.article?.paragraphs[0]).toContain('𠀋总数居全省第二');
    expect(page.page).toMatchObject({ number: '05', name: '市州' });
    expect(page.dateLine).toBe('2014年12月15日 星期一');
  });

  it('falls back to GB18030 when a wrong UTF-8 header yields replacement characters', () => {
    expect(decodeHtml(buffer, 'text/html; charset=utf-8')).toContain('衡阳培育专精特新企业');
  });
});
