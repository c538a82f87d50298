import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalyzedArticle, Figure, FigureKind } from '@/src/analysis/types';
import type { SaveInput } from '@/src/library/types';

/**
 * Articles of realistic size for tests and the bench: ~2,000 characters of real Hunan Daily
 * text (sentences of the seed page, reshuffled), ~20 figures and ~20 officials and people with
 * offsets into that text.
 */
const SEED = fileURLToPath(new URL('../../fixtures/seed/hnrb-2024-12-12-page02.txt', import.meta.url));
const sentences = readFileSync(SEED, 'utf8')
  .replace(/\s+/g, '')
  .split(/(?<=[。！？])/)
  .filter((s) => s.length > 8);

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '建国志强晓明海涛丽华国栋振宇文杰春燕德胜';
const TITLES = ['省委书记', '省长', '副省长', '市委书记', '市长', '县委书记', '省人大常委会主任', '厅长'];
const KINDS: FigureKind[] = ['amount', 'growth', 'share', 'count', 'rank'];
const SUBJECTS = ['进出口总值', '出口', '进口', '民营企业进出口', '粮食产量', '固定资产投资', '社会消费品零售总额'];

/** A deterministic pseudo-random sequence, so a test can name what it expects. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** 5,120 distinct names before they repeat; neighbouring articles share some (people recur). */
export function personName(i: number): string {
  const s = SURNAMES.length;
  const g = GIVEN.length;
  return SURNAMES[i % s]! + GIVEN[Math.floor(i / s) % g]! + GIVEN[Math.floor(i / (s * g)) % g]!;
}

export function makeArticle(i: number, opts: { chars?: number; figures?: number; people?: number } = {}): SaveInput {
  const r = rng(i + 1);
  const chars = opts.chars ?? 2000;
  let text = '';
  while (text.length < chars) text += sentences[Math.floor(r() * sentences.length)]! + (r() < 0.2 ? '\n' : '');
  const figures: Figure[] = [];
  const nFig = opts.figures ?? 20;
  for (let f = 0; f < nFig; f++) {
    const start = Math.floor((f / nFig) * (text.length - 10));
    const value = Math.round(r() * 10000) / 10;
    figures.push({
      start,
      end: start + 6,
      text: text.slice(start, start + 6),
      value,
      unit: '亿元',
      normalized: { value: value * 1e8, unit: '元' },
      kind: KINDS[f % KINDS.length]!,
      subject: SUBJECTS[(i + f) % SUBJECTS.length]!,
      qualifier: f % 7 === 0 ? '约' : null,
    });
  }
  const nPeople = opts.people ?? 20;
  const officials: AnalyzedArticle['officials'] = [];
  const people: AnalyzedArticle['people'] = [];
  for (let p = 0; p < nPeople; p++) {
    const at = Math.floor(((p + 0.5) / nPeople) * (text.length - 4));
    const name = personName(i * 3 + p);
    if (p % 2 === 0) officials.push({ name, titles: [TITLES[(i + p) % TITLES.length]!], mentions: [{ start: at, end: at + 3 }] });
    else people.push({ name, role: '企业负责人', mentions: [{ start: at, end: at + 3 }] });
  }
  const id = String(1_700_000 + i);
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String(((i >> 5) % 12) + 1).padStart(2, '0');
  const title = `${text.slice(0, 12)}（第${i}篇）`;
  const article: AnalyzedArticle = {
    id: `content_${id}`,
    title,
    introTitle: i % 3 === 0 ? '引题' + text.slice(20, 28) : null,
    subTitle: null,
    continuedFrom: null,
    dateline: null,
    journalists: [{ name: personName(i + 100), role: '全媒体记者' }],
    text,
    figures,
    officials,
    people,
    places: ['长沙', '怀化'],
    orgs: ['长沙海关'],
    keywords: ['进出口', '增长'],
    summary: [text.slice(0, 60)],
  };
  return {
    contentId: `content_${id}`,
    url: `http://epaper.voc.com.cn/hnrb/html/2024-${month}/${day}/content_${id}.htm?div=-1`,
    paper: 'hnrb',
    issueDate: `2024-${month}-${day}`,
    page: { number: String((i % 8) + 1).padStart(2, '0'), name: i % 8 === 1 ? '要闻' : '综合' },
    title,
    introTitle: article.introTitle,
    subTitle: null,
    article,
  };
}
