/**
 * Writes tests/fixtures/epaper/hnrb/images/2024-12/12/02/2024121202_pdf.pdf, the page PDF the
 * fixture layout page links: the real articles of its ten article pages, set as a newspaper page
 * (headlines over bodies in CSS columns, stories side by side and stacked), printed by headless
 * Chromium. Run again after changing the layout:
 *
 *   npx tsx scripts/make-pdf-fixture.ts
 *
 * Needs Debian's fonts-wqy-microhei and python3-fonttools. Chromium's PDF writer draws CFF fonts
 * (Noto CJK) as Type 3 glyph by glyph (1.1 MB) and embeds a whole TrueType collection (2.3 MB), so
 * the page's characters are first cut out of WenQuanYi Micro Hei into a small TrueType font.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { parsePage } from '../src/epaper';
import type { ParsedArticle } from '../src/epaper/types';
import { CHROMIUM, ROOT } from './lib/chromium';

const DAY = join(ROOT, 'tests/fixtures/epaper/hnrb/html/2024-12/12');
const OUT = join(ROOT, 'tests/fixtures/epaper/hnrb/images/2024-12/12/02/2024121202_pdf.pdf');

function article(n: number): ParsedArticle {
  const id = `content_17212${String(n).padStart(2, '0')}`;
  const { document } = parseHTML(readFileSync(join(DAY, `${id}.htm`), 'utf8'));
  const page = parsePage(document as unknown as Document, `http://epaper.voc.com.cn/hnrb/html/2024-12/12/${id}.htm`);
  if (!page.article) throw new Error(`${id}: no article`);
  return page.article;
}

/** Page text is data: escaped before it goes into the page. */
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** One story: headline block over its body set in `cols` columns, `span` of the page's six tracks. */
function story(n: number, span: number, cols: number, column?: string): string {
  const a = article(n);
  const head = [
    column ? `<p class="column-name">${esc(column)}</p>` : '',
    a.introTitle ? `<p class="intro">${esc(a.introTitle)}</p>` : '',
    a.title ? `<h2>${esc(a.title)}</h2>` : '',
    a.subTitle ? `<p class="sub">——${esc(a.subTitle)}</p>` : '',
    a.byline ? `<p class="byline">${esc(a.byline)}</p>` : '',
  ].join('');
  const photos = a.photos
    .map((p) => `<div class="photo"></div><p class="caption">${esc(p.caption ?? '')}${p.credit ? `　${esc(p.credit)}` : ''}</p>`)
    .join('');
  const body = a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
  return `<section style="grid-column: span ${span}">${head}${photos}<div class="body" style="column-count: ${cols}">${body}</div></section>`;
}

const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/** The characters of `text` cut out of the font, as a TrueType font in a data: URL. */
function subsetFont(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xbzd-font-'));
  try {
    writeFileSync(join(dir, 'chars.txt'), text);
    execFileSync('/usr/bin/python3', ['-m', 'fontTools.subset', FONT, '--font-number=0', `--text-file=${join(dir, 'chars.txt')}`, `--output-file=${join(dir, 'sub.ttf')}`, '--no-hinting']);
    return `data:font/ttf;base64,${readFileSync(join(dir, 'sub.ttf')).toString('base64')}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pageHtml = (font: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  @font-face { font-family: 'Page'; src: url(${font}) format('truetype'); }
  @page { margin: 0; }
  body { margin: 0; padding: 36px 40px; width: 1040px; font: 11px/1.6 Page; color: #111; }
  .mast { display: flex; justify-content: space-between; border-bottom: 3px double #333; padding-bottom: 6px; margin-bottom: 14px; font: 12px Page; }
  .page { display: grid; grid-template-columns: repeat(6, 1fr); gap: 18px 22px; align-items: start; }
  section { border-top: 1px solid #999; padding-top: 10px; }
  h2 { font: 22px/1.3 Page; margin: 0 0 6px; text-align: center; }
  .intro, .sub, .byline, .column-name { font: 13px/1.4 Page; margin: 0 0 6px; text-align: center; }
  .column-name { color: #a00; text-align: left; }
  .body { column-gap: 18px; text-align: justify; }
  .body p { margin: 0; text-indent: 2em; }
  .photo { height: 150px; background: #ccc; margin-bottom: 4px; }
  .caption { font: 10px/1.5 Page; margin: 0; }
</style></head><body>
  <div class="mast"><span>湖南日报</span><span>2024年12月12日 星期四</span><span>要闻 02</span></div>
  <div class="page">
    ${story(1, 4, 3)}
    ${story(3, 2, 1, '三湘时评')}
    ${story(4, 6, 4)}
    ${story(2, 3, 2)}
    ${story(5, 3, 2)}
    ${story(7, 3, 2)}
    ${story(8, 3, 2)}
    ${story(6, 2, 1)}
    ${story(9, 2, 1)}
    ${story(10, 2, 1)}
  </div>
</body></html>`;

// The text of the page (tags and the style sheet stripped), for the font's subset.
const html = pageHtml(subsetFont(pageHtml('').replace(/<style>[\s\S]*?<\/style>|<[^>]+>/g, '') + '——　'));

const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  const page = await browser.newPage({ viewport: { width: 1120, height: 1600 } });
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  const pdf = await page.pdf({ width: '1120px', height: `${height + 2}px`, printBackground: true });
  writeFileSync(OUT, pdf);
  console.log(`${OUT}: ${statSync(OUT).size} bytes, 1120×${height} px`);
} finally {
  await browser.close();
}
