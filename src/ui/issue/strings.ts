import { lang } from '@/src/ui/i18n';

/** The 本期速览 view's words, Chinese first; English beside them so a missing one is a type error. */
const zh = {
  readIssue: '读全期',
  readIssueHint: '读取本期每个版面和每篇文章，汇总本期的领导、数字、地名和关键词',
  title: '本期速览',
  back: '返回本页',
  readingList: '正在读取版面列表……',
  progress: '第{p}/{pt}版 · {a}/{at}篇',
  progressLabel: '读全期进度',
  cancel: '取消',
  cancelled: '已取消。已读到的内容保留，可以接着读。',
  resume: '继续读取',
  retry: '重试',
  failedPages: '未能读取的版面：',
  failedPage: '{page}（{error}）',
  listSep: '、',
  failedArticles: '未能读取的文章：{n}篇',
  done: '读完 {p} 个版面、{a} 篇文章，用时 {s} 秒',
  pages: '各版文章',
  pageHead: '第{n}版',
  articles: '{n}篇',
  officials: '本期领导及职务',
  figures: '本期关键数字',
  figuresMore: '共{n}个',
  places: '地名',
  keywords: '关键词',
  inArticles: '见于 {n} 篇',
  saveIssue: '收藏全期',
  pageFailed: '读取失败',
  pending: '读取中',
  notRead: '未读',
  none: '无',
  otherIssue: '标签页现在是另一期（{date}）。',
} as const;

export type IssueStringKey = keyof typeof zh;

const en: Record<IssueStringKey, string> = {
  readIssue: 'Read whole issue',
  readIssueHint: 'Read every page and article of this issue and sum up its officials, figures, places and keywords',
  title: 'This issue at a glance',
  back: 'Back to this page',
  readingList: 'Reading the page list…',
  progress: 'page {p}/{pt} · {a}/{at} articles',
  progressLabel: 'Progress of reading the issue',
  cancel: 'Cancel',
  cancelled: 'Cancelled. What was read is kept; you can go on.',
  resume: 'Continue',
  retry: 'Retry',
  failedPages: 'Pages not read: ',
  failedPage: '{page} ({error})',
  listSep: ', ',
  failedArticles: 'Articles not read: {n}',
  done: 'Read {p} pages and {a} articles in {s} s',
  pages: 'Articles by page',
  pageHead: 'Page {n}',
  articles: '{n} articles',
  officials: 'Officials in this issue',
  figures: 'Key figures in this issue',
  figuresMore: '{n} in all',
  places: 'Places',
  keywords: 'Keywords',
  inArticles: 'in {n} articles',
  saveIssue: 'Save whole issue',
  pageFailed: 'not read',
  pending: 'reading',
  notRead: 'not read',
  none: 'none',
  otherIssue: 'The tab now shows another issue ({date}).',
};

/** A string with {name} placeholders filled. */
export function is(key: IssueStringKey, vars: Record<string, string | number> = {}): string {
  const s: string = lang === 'en' ? en[key] : zh[key];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
