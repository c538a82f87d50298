import { describe, expect, it } from 'vitest';
import { continuationMarks, dropLeadingDash, looksLikeByline, readDateline } from '@/src/epaper/article';
import { splitCredit } from '@/src/epaper/body';
import { parseEnpProperty, enpDate } from '@/src/epaper/enpproperty';
import { parseLabel } from '@/src/epaper/page-meta';
import { parsePage } from '@/src/epaper';
import { docOf } from './helpers';

describe('page label', () => {
  it.each([
    ['第02版：要闻', '02', '要闻'],
    ['第A03版:华声评论', 'A03', '华声评论'],
    ['第06版:观点·要闻  上一版 3   4 下一版', '06', '观点·要闻'],
    ['第 12 版 ： 经济', '12', '经济'],
    ['第a3版', 'A3', null],
  ])('%s', (text, number, name) => {
    expect(parseLabel(text)).toEqual({ number, name });
  });
  it('is null without 第…版', () => expect(parseLabel('要闻')).toBeNull());
});

describe('photo credits', () => {
  it.each([
    ['工人正在忙碌作业。 梁永鸿 摄（湖南图片库）', '工人正在忙碌作业。', '梁永鸿 摄（湖南图片库）'],
    ['游客赏花。湖南日报全媒体记者 李健 摄', '游客赏花。', '湖南日报全媒体记者 李健 摄'],
    ['樱花盛开。 刘贵雄 郑时仁 摄影报道', '樱花盛开。', '刘贵雄 郑时仁 摄影报道'],
    ['游客赏花。（湖南日报全媒体记者 李健 摄）', '游客赏花。', '湖南日报全媒体记者 李健 摄'],
    ['湖南日报全媒体记者 李健 摄', null, '湖南日报全媒体记者 李健 摄'],
    ['村民在田间劳作。', '村民在田间劳作。', null],
    ['摄影爱好者在拍摄。', '摄影爱好者在拍摄。', null],
  ])('%s', (text, caption, credit) => {
    expect(splitCredit(text)).toEqual({ caption, credit });
  });
});

describe('continuation marks', () => {
  it('reads 上接, 紧接 and 下转, with spaces and ASCII brackets', () => {
    expect(continuationMarks(['▲ ▲（上接1版③）项目初见成果。', '……'])).toEqual({ from: '1版③', to: null });
    expect(continuationMarks(['▲▲（紧接 1版②）在推进产业链。'])).toEqual({ from: '1版②', to: null });
    expect(continuationMarks(['正文。', '结尾。(下转 A2版)'])).toEqual({ from: null, to: 'A2版' });
    expect(continuationMarks(['正文（转4版）'])).toEqual({ from: null, to: '4版' });
  });
  it('ignores marks in the middle of a long article and plain brackets', () => {
    expect(continuationMarks(['甲（接受采访）。', '乙', '丙（上接1版）', '丁', '戊'])).toEqual({ from: null, to: null });
  });
});

describe('headline and byline helpers', () => {
  it('drops the 副题 dash in its spellings', () => {
    expect(dropLeadingDash('——进口规模创历史同期新高')).toBe('进口规模创历史同期新高');
    expect(dropLeadingDash('　—— 系列评之一')).toBe('系列评之一');
    expect(dropLeadingDash('--系列评之二')).toBe('系列评之二');
    expect(dropLeadingDash('——')).toBeNull();
    expect(dropLeadingDash(null)).toBeNull();
  });
  it('tells a byline line from a sentence or a dateline', () => {
    expect(looksLikeByline('湖南日报全媒体评论员 周泽中')).toBe(true);
    expect(looksLikeByline('本报评论员 赵强')).toBe(true);
    expect(looksLikeByline('湖南日报12月11日讯（全媒体记者 王亮）')).toBe(false);
    expect(looksLikeByline('记者从省统计局获悉，前11个月我省进出口增长。')).toBe(false);
  });
  it('reads the 电头 after a continuation mark or none', () => {
    expect(readDateline(['湖南日报12月11日讯（全媒体记者 彭可心 通讯员 苏立）前11个月……'])).toBe('湖南日报12月11日讯（全媒体记者 彭可心 通讯员 苏立）');
    expect(readDateline(['本报衡阳12月14日讯（记者 钱九）衡阳市……'])).toBe('本报衡阳12月14日讯（记者 钱九）');
    expect(readDateline(['湖南日报3月5日讯 省政府日前印发……'])).toBe('湖南日报3月5日讯');
    expect(readDateline(['新华社北京12月11日电（记者 张三）'])).toBe('新华社北京12月11日电（记者 张三）');
    expect(readDateline(['日前召开的中共中央政治局会议提出……'])).toBeNull();
    expect(readDateline([])).toBeNull();
  });
});

describe('enpproperty', () => {
  it('reads fields, drops empty ones, decodes entities and CDATA', () => {
    expect(parseEnpProperty('enpproperty <articleid>1</articleid><title>A&amp;B</title><subtitle></subtitle><author><![CDATA[记者 张三]]></author>/enpproperty')).toEqual({
      articleid: '1', title: 'A&B', author: '记者 张三',
    });
    expect(enpDate('2025-03-06 00:00:00:0')).toBe('2025-03-06');
    expect(enpDate('2025/3/6')).toBe('2025-03-06');
    expect(enpDate(undefined)).toBeNull();
  });
});

describe('small pages built inline', () => {
  it('a source line break inside a paragraph reads as the space the browser shows', () => {
    const doc = docOf('<div id="ozoom"><p>　　湖南日报12月11日讯（全媒体记者 彭可心\n通讯员 苏立）今天，\n  全省</p></div>');
    const art = parsePage(doc, 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_1.htm').article!;
    expect(art.paragraphs).toEqual(['湖南日报12月11日讯（全媒体记者 彭可心 通讯员 苏立）今天， 全省']);
    expect(art.dateline).toBe('湖南日报12月11日讯（全媒体记者 彭可心 通讯员 苏立）');
  });

  it('a title from the page\'s own title-list entry when neither cell nor document title has one', () => {
    const doc = docOf(`<html><head><title>湖南日报数字报</title></head><body>
      <ul><li><a href="content_9.htm?div=-1">另一篇</a></li><li><a href="content_10.htm?div=-1">本篇的标题</a></li></ul>
      <div id="ozoom"><p>　　正文。</p></div></body></html>`);
    const page = parsePage(doc, 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/content_10.htm?div=-1');
    expect(page.article?.title).toBe('本篇的标题');
  });

  it('a document title without spaces around the dash', () => {
    const doc = docOf('<title>湖南日报数字报-长沙新增绿道50公里</title><div id="ozoom"><p>正文。</p></div>');
    expect(parsePage(doc, 'https://epaper.voc.com.cn/hnrb/html/2025-03/05/content_11.htm').article?.title).toBe('长沙新增绿道50公里');
  });

  it('the root page says where its front page is', () => {
    const doc = docOf('<meta http-equiv="refresh" content="0; URL=html/2025-03/05/node_201.htm">');
    const page = parsePage(doc, 'https://epaper.voc.com.cn/hnrb/');
    expect(page.kind).toBe('issue-root');
    expect(page.frontPageUrl).toBe('https://epaper.voc.com.cn/hnrb/html/2025-03/05/node_201.htm');
  });

  it('article markup on another web site does not make it an e-paper page', () => {
    const doc = docOf('<table><tr><td class="font01">标题</td></tr></table><div id="ozoom"><p>正文。</p></div>');
    expect(parsePage(doc, 'https://example.com/content_1.htm').kind).toBe('other');
    expect(parsePage(doc, '/tmp/saved-page.htm').kind).toBe('article');
  });

  it('a 第2版 inside the article is not the page label, a byline set as the first body line is moved out', () => {
    const doc = docOf(`<title>湖南日报数字报 - 标题</title><table><tr><td class="font01">标题</td></tr></table>
      <div id="ozoom"><p>本报评论员 赵强</p><p>　　第2版刊发的报道显示，2024年12月1日 星期日……</p></div>`);
    const page = parsePage(doc, 'https://epaper.voc.com.cn/hnrb/html/2024-12/12/content_12.htm');
    expect(page.page).toBeNull();
    expect(page.dateLine).toBeNull();
    expect(page.article?.byline).toBe('本报评论员 赵强');
    expect(page.article?.paragraphs).toHaveLength(1);
  });
});
