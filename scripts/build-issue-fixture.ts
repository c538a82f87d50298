/**
 * Writes the offline multi-page issue of 2024-12-13 (tests/fixtures/epaper/hnrb/html/2024-12/13/)
 * from real Hunan Daily articles of the corpus (tests/fixtures/corpus/), in the site's markup as
 * the bundled 2024-12-12 page has it (node_202.htm, content_*.htm): 版面导航 page list, PagePicMap,
 * 标题导航, 上一篇/下一篇, the headline rows and #ozoom. The texts are real; their grouping into
 * pages and the date are made up for the test. Page 05 is listed but not written, so it answers
 * 404 (the failure path of 读全期).
 *
 *   npx tsx scripts/build-issue-fixture.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');
const OUT = join(ROOT, 'tests/fixtures/epaper/hnrb/html/2024-12/13');
const DATE_LINE = '2024年12月13日 星期五';
/** The picture of the bundled page stands in for every page's (no page picture of these exists). */
const PICTURE = '../../../images/2024-12/12/02/2024121202_brief.jpg';

interface PagePlan {
  number: string;
  name: string;
  /** Corpus files (batch/NNN); empty for the page that is listed but missing. */
  articles: string[];
}

const PAGES: PagePlan[] = [
  { number: '01', name: '头版', articles: ['b2/019', 'b3/014', 'b3/005', 'b2/002', 'b2/013', 'b3/013'] },
  { number: '02', name: '要闻', articles: ['b1/007', 'b1/005', 'b2/015', 'b4/012', 'b3/011', 'b1/016'] },
  { number: '03', name: '经济', articles: ['b1/004', 'b3/016', 'b2/014', 'b1/010', 'b3/008', 'b1/015'] },
  { number: '04', name: '市州', articles: ['b1/014', 'b3/004', 'b4/004', 'b4/002', 'b4/010'] },
  { number: '05', name: '文化', articles: [] }, // not written: 404
];

const FIRST_ID = 1722001;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const nodeFile = (p: PagePlan) => `node_2${p.number}.htm`;

interface Article {
  id: number;
  page: PagePlan;
  intro: string;
  title: string;
  sub: string;
  paragraphs: string[];
}

/** A corpus article: headline from its annotation, body lines after the first blank line. */
function readArticle(ref: string, id: number, page: PagePlan): Article {
  const text = readFileSync(join(CORPUS, `${ref}.txt`), 'utf8').replace(/\r\n?/g, '\n');
  const ann = JSON.parse(readFileSync(join(CORPUS, `${ref}.ann.json`), 'utf8')) as { headline?: Record<string, string>; untitled?: boolean };
  if (ann.untitled) throw new Error(`${ref} has no headline`);
  const blank = text.indexOf('\n\n');
  const head = text.slice(0, blank).split('\n').map((l) => l.trim()).filter(Boolean);
  const paragraphs = text.slice(blank + 2).split('\n').map((l) => l.trim()).filter(Boolean);
  const h = ann.headline ?? {};
  return {
    id,
    page,
    intro: h['引题'] ?? '',
    title: h['主题'] ?? head.find((l) => !l.startsWith('——')) ?? '',
    sub: h['副题'] ?? head.find((l) => l.startsWith('——')) ?? '',
    paragraphs,
  };
}

const STYLE = readFileSync(join(ROOT, 'tests/fixtures/epaper/hnrb/html/2024-12/12/node_202.htm'), 'utf8').match(/<style[\s\S]*?<\/style>/)![0];

const pageRowsLayout = (current: PagePlan) =>
  PAGES.map((p) => {
    const n = `${p.number.slice(0, 4)}`;
    const pdf = `../../../images/2024-12/13/${n}/20241213${n}_pdf.pdf`;
    return `<tr><td class="px14" height="26"><a id="pageLink" href="./${nodeFile(p)}"${p === current ? ' class="cur"' : ''}>第${n}版：${esc(p.name)}</a></td><td width="30" align="center"><a href="${pdf}" target="_blank"><img src="../../../images/pdf.gif" width="16" height="16" border="0" alt="PDF"></a></td></tr>`;
  }).join('\n');

const pageRowsArticle = (current: PagePlan) =>
  PAGES.map(
    (p) => `<tr><td class="px12" height="22"><a id="pageLink" href="${nodeFile(p)}"${p === current ? ' class="cur"' : ''}>第${p.number}版：${esc(p.name)}</a></td></tr>`,
  ).join('\n');

const titleList = (articles: Article[]) =>
  articles.map((a) => `<li><a href="./content_${a.id}.htm?div=-1">${esc(a.title)}</a></li>`).join('\n');

function prevNextPage(page: PagePlan): { prev: string; next: string } {
  const i = PAGES.indexOf(page);
  const prev = PAGES[i - 1];
  const next = PAGES[i + 1];
  return {
    prev: prev ? `<a href="${nodeFile(prev)}">上一版</a>` : '上一版',
    next: next ? `<a href="${nodeFile(next)}">下一版</a>` : '下一版',
  };
}

function layoutHtml(page: PagePlan, articles: Article[]): string {
  const { prev, next } = prevNextPage(page);
  const pdf = `../../../images/2024-12/13/${page.number}/20241213${page.number}_pdf.pdf`;
  // Hot-zones in two columns down the picture.
  const areas = articles
    .map((a, i) => {
      const x = i % 2 === 0 ? 12 : 300;
      const y = 56 + Math.floor(i / 2) * 200;
      return `<area shape="rect" coords="${x},${y},${x + 284},${y + 190}" href="content_${a.id}.htm?div=-1" title="${esc(a.title)}" onmouseover="showArea(this)" onmouseout="hideArea()">`;
    })
    .join('\n');
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>湖南日报数字报 - 第${page.number}版：${esc(page.name)}</title>
${STYLE}
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tbody>
<tr>
<td width="630" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tbody>
<tr>
<td height="64" bgcolor="#B70000">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="260" style="padding-left:14px;"><font style="font-size:32px;color:#FFFFFF;font-family:'华文行楷','黑体';">湖南日报</font></td>
<td align="right" style="padding-right:12px;color:#FFFFFF;"><a style="color:#FFFFFF" href="http://www.voc.com.cn/" target="_blank">首页</a> | <a style="color:#FFFFFF" href="node_201.htm">版面导航</a> | <a style="color:#FFFFFF" href="#titlenav">标题导航</a> |</td>
</tr></table>
</td>
</tr>
<tr>
<td height="32" bgcolor="#F2F2F2">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td class="px14" width="220">&nbsp;<strong>第${page.number}版</strong>：${esc(page.name)}</td>
<td class="px12" align="center"><a href="${pdf}" target="_blank"><img src="../../../images/pdf.gif" width="16" height="16" border="0" align="absmiddle" alt="PDF"></a>&nbsp;<a href="${pdf}" target="_blank">本版PDF下载</a></td>
<td class="px12" align="right">${prev}<font face="Webdings">3</font>&nbsp;&nbsp;<font face="Webdings">4</font>${next}&nbsp;</td>
</tr></table>
</td>
</tr>
<tr>
<td align="center" valign="top" style="padding:6px 0px;">
<img src="${PICTURE}" width="600" height="900" border="0" usemap="#PagePicMap">
<map name="PagePicMap">
${areas}
</map>
</td>
</tr>
<tr>
<td valign="top"><a name="titlenav"></a>
<div style="padding:8px 12px 12px 12px;">
<ul class="titlelist">
${titleList(articles)}
</ul>
</div>
</td>
</tr>
</tbody>
</table>
</td>
<td width="370" valign="top" style="padding-left:12px;">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="px14" height="64" valign="middle"><b>${DATE_LINE}</b></td></tr>
<tr><td class="px12" height="26"><a href="../12/node_201.htm">上一期</a> | 下一期 | <a href="#">往期查询</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="pagetitle" height="30">版面导航</td></tr>
<tr><td>
<div style="border-top:1px solid #CCCCCC;padding-top:4px;">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tbody>
${pageRowsLayout(page)}
</tbody>
</table>
</div>
</td></tr>
</table>
</td>
</tr>
</tbody>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="px12" height="40" style="border-top:1px solid #CCCCCC;">湖南日报社 版权所有 未经授权 不得转载</td></tr>
</table>
</body>
</html>
`;
}

function articleHtml(a: Article, onPage: Article[]): string {
  const i = onPage.indexOf(a);
  const prevA = onPage[i - 1];
  const nextA = onPage[i + 1];
  const { prev, next } = prevNextPage(a.page);
  const prevLink = prevA ? `<a href="content_${prevA.id}.htm?div=-1">上一篇</a>` : '上一篇';
  const nextLink = nextA ? `<a href="content_${nextA.id}.htm?div=-1">下一篇</a>` : '下一篇';
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>湖南日报数字报 - ${esc(a.title)}</title>
${STYLE}
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="250" valign="top" bgcolor="#F5F5F5" style="padding:0px 8px;">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="px14" height="36"><strong>第${a.page.number}版</strong>：${esc(a.page.name)}</td></tr>
<tr><td class="px12" height="24">${prev}<font face="Webdings">3</font>&nbsp;&nbsp;<font face="Webdings">4</font>${next}</td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="pagetitle" height="30">版面导航</td></tr>
${pageRowsArticle(a.page)}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="pagetitle" height="30"><a name="titlenav"></a>标题导航</td></tr>
<tr><td><ul class="titlelist">
${titleList(onPage)}
</ul></td></tr>
</table>
</td>
<td width="750" valign="top" style="padding:0px 16px;">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td class="px12" height="36"><a href="http://www.voc.com.cn/" target="_blank">首页</a> | <a href="node_201.htm">版面导航</a> | <a href="#titlenav">标题导航</a> |</td>
<td class="px12" align="right">${DATE_LINE}</td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="border-bottom:1px solid #CCCCCC;">
<tr>
<td class="px12" height="28"><font face="Webdings">3</font>${prevLink}&nbsp;&nbsp;${nextLink}<font face="Webdings">4</font></td>
<td class="px12" align="right"><a href="javascript:doZoom(16)">放大</a> <a href="javascript:doZoom(12)">缩小</a> <a href="javascript:doZoom(14)">默认</a></td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="margin-top:12px;">
<tr><td class="font02" align="center">${esc(a.intro)}</td></tr>
<tr><td class="font01" align="center">${esc(a.title)}</td></tr>
<tr><td class="font02" align="center">${esc(a.sub)}</td></tr>
</table>
<div id="ozoom" style="font-size:14px;">
${a.paragraphs.map((p) => `<p>　　${esc(p)}</p>`).join('\n')}
</div>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="px12" height="40" style="border-top:1px solid #CCCCCC;">湖南日报社 版权所有 未经授权 不得转载</td></tr>
</table>
</body>
</html>
`;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let id = FIRST_ID;
let count = 0;
for (const page of PAGES) {
  if (page.articles.length === 0) continue;
  const articles = page.articles.map((ref) => readArticle(ref, id++, page));
  writeFileSync(join(OUT, nodeFile(page)), layoutHtml(page, articles));
  for (const a of articles) writeFileSync(join(OUT, `content_${a.id}.htm`), articleHtml(a, articles));
  count += articles.length;
}
console.log(`${PAGES.length} pages listed (${PAGES.filter((p) => p.articles.length).length} written), ${count} articles → ${OUT}`);
