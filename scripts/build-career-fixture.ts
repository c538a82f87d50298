/**
 * Writes tests/fixtures/library/career.json: a library export of real Hunan Daily articles from
 * 2013 to 2026 in which the same provincial leaders are printed with different posts (杜家毫 省长
 * → 省委书记, 许达哲 省长 → 省委副书记, 杨浩东 宣传部部长 → 省人大常委会副主任, 毛伟明 省长 →
 * 省委副书记、省长 …), each analysed by the project's analyser, as the extension would save it.
 *   npx tsx scripts/build-career-fixture.ts
 * The texts are the corpus's (tests/fixtures/corpus/, each with its source and date in its
 * .ann.json). An e-paper copy is saved as read on its page; a copy from another site is saved as
 * a paste with its address as the source label and the article's date as the issue date.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeText } from '../src/analysis/analyze';
import { nodeSegmenter } from '../src/analysis/segmenter/node';
import { savedFromAnalysis } from '../src/library/from-analysis';
import { savedFromPaste } from '../src/library/from-paste';
import { mergeSave } from '../src/library/merge';
import { exportJson } from '../src/library/export/json';
import type { SavedArticle } from '../src/library/types';

const root = resolve(import.meta.dirname, '..');
const corpus = join(root, 'tests/fixtures/corpus');
/** Articles that print leaders seen in more than one of them (and a few bystanders). */
const FILES = [
  'exam/009', // 2013-10-27 杜家毫 省委副书记、省长; 陈肇雄 常务副省长; 戴道晋 省政府秘书长
  'exam/016', // 2016-12-05 杜家毫 省委书记; 许达哲 省长; 陈向群 …
  'b3/005', // 2018-03-10 杜家毫, 许达哲 as 代表
  'b1/014', // 2018-05-04 许达哲 省委副书记、省长、省总河长; 陈向群, 戴道晋 省级河长
  'b3/009', // 2020-01-17 杜家毫 省委书记、省人大常委会主任
  'b1/016', // 2020-12-18 龙晓华 湘西州州长
  'exam/014', // 2021-03-10 龙晓华 全国人大代表、湘西州州长
  'b1/011', // 2022-01-02 龙晓华 湘西州人民政府州长
  'b1/008', // 2022-01-14 杨浩东 省委常委、省委宣传部部长
  'b1/012', // 2023-01-18 毛伟明 省长; 张迎春 … 副省长
  'b3/014', // 2024-11-11 沈晓明 省委书记; 张迎春 省领导
  'exam/008', // 2025-11-27 沈晓明 省委书记、省人大常委会主任; 杨浩东, 张剑飞 省人大常委会副主任
  'b2/019', // 2026-02-06 沈晓明; 毛伟明 省委副书记、省长; 张剑飞 省领导
];
const SAVED_AT = '2026-03-01T08:00:00.000Z';
const isEpaper = (url: string) => /^https?:\/\/(epaper\.voc\.com\.cn\/hnrb\/|hnrb\.voc\.com\.cn\/hnrb_epaper\/)/.test(url);

const seg = nodeSegmenter();
await seg.ready();
const articles: SavedArticle[] = [];
for (const [i, f] of FILES.entries()) {
  const ann = JSON.parse(readFileSync(join(corpus, `${f}.ann.json`), 'utf8')) as { date: string; source: string; headline?: { 主题?: string } };
  const doc = await analyzeText(readFileSync(join(corpus, `${f}.txt`), 'utf8'), seg, { path: `${f}.txt` });
  const analysed = doc.articles[0]!;
  // A copy that lost its headline (untitled in the corpus) is named by its first sentence, as a
  // reader pasting it would see it in the list.
  if (!analysed.title) analysed.title = ann.headline?.主题 ?? `${analysed.text.split(/[。！？\n]/)[0]!.slice(0, 24)}…`;
  const input = isEpaper(ann.source)
    ? savedFromAnalysis(analysed, { url: ann.source, issue: { paper: 'hnrb', date: ann.date } })
    : { ...savedFromPaste(analysed, ann.source), paper: 'hnrb', issueDate: ann.date };
  // One second apart, oldest article saved first, so the export is stable from run to run.
  const at = new Date(Date.parse(SAVED_AT) + i * 1000).toISOString();
  articles.push(mergeSave(null, { ...input, savedAt: at, updatedAt: at }, at));
}
mkdirSync(join(root, 'tests/fixtures/library'), { recursive: true });
const out = join(root, 'tests/fixtures/library/career.json');
writeFileSync(out, exportJson(articles, SAVED_AT) + '\n');
for (const a of articles) {
  console.log(a.issueDate, a.title.slice(0, 20), '|', a.article.officials.map((o) => `${o.name}:${o.titles.join('、')}`).join('; ').slice(0, 200));
}
console.log(`wrote ${articles.length} articles to ${out}`);
