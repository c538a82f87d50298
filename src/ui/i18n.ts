import { browser } from 'wxt/browser';

/**
 * The panel's words, Chinese first. English when the browser's UI language is English.
 * (The manifest's name and description use _locales; the panel keeps its strings here, typed,
 * so a missing translation is a type error rather than an empty label.)
 */
const zh = {
  appName: '湘报助读',
  tabPage: '本页',
  tabLibrary: '收藏',
  highlights: '高亮',
  highlightsOn: '页面高亮：开',
  highlightsOff: '页面高亮：关',
  loading: '正在读取本页……',
  analysing: '正在分析',
  notEpaperTitle: '这里不是湖南日报电子版',
  notEpaperBody: '打开湖南日报电子版的版面或文章页，湘报助读会列出本版文章，并提取关键数字、领导职务和摘要。',
  openToday: '打开今天的湖南日报',
  noContentScript: '本页还没有准备好。刷新页面后再试。',
  errorTitle: '出错了',
  pageArticles: '本版文章',
  figuresCount: '数字',
  officialsCount: '领导',
  back: '返回本版',
  summary: '摘要',
  figures: '关键数字',
  officials: '领导及职务',
  journalists: '记者',
  people: '人物',
  places: '地名',
  orgs: '机构',
  keywords: '关键词',
  value: '数值',
  unit: '单位',
  subject: '指标',
  kind: '类型',
  copy: '复制',
  copied: '已复制',
  none: '无',
  segmenterPath: '分词',
  pathContent: '页面内',
  pathBackground: '扩展后台（页面禁止 WebAssembly）',
  tokens: '词',
  save: '收藏',
  saved: '已收藏',
  saveAll: '收藏本版全部文章',
  saveFailed: '收藏失败',
  openInPage: '在页面中定位',
  pending: '等待分析',
  failed: '分析失败',
  photoNews: '图片新闻',
  sortBy: '排序',
  kindAmount: '金额',
  kindGrowth: '增速',
  kindShare: '占比',
  kindCount: '数量',
  kindRank: '排名',
  kindDateRange: '时段',
  page: '版面',
  emptyArticle: '这篇文章没有正文。',
  prevIssue: '上一期',
  nextIssue: '下一期',
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  appName: 'Xiangbao Reader',
  tabPage: 'This page',
  tabLibrary: 'Saved',
  highlights: 'Highlights',
  highlightsOn: 'Highlights: on',
  highlightsOff: 'Highlights: off',
  loading: 'Reading this page…',
  analysing: 'Analysing',
  notEpaperTitle: 'This is not the Hunan Daily e-paper',
  notEpaperBody: 'Open a page or an article of the Hunan Daily e-paper: the reader lists its articles with their key figures, officials and summaries.',
  openToday: "Open today's Hunan Daily",
  noContentScript: 'This page is not ready yet. Reload it and try again.',
  errorTitle: 'Something went wrong',
  pageArticles: 'Articles on this page',
  figuresCount: 'figures',
  officialsCount: 'officials',
  back: 'Back to the page',
  summary: 'Summary',
  figures: 'Key figures',
  officials: 'Officials',
  journalists: 'Journalists',
  people: 'People',
  places: 'Places',
  orgs: 'Organisations',
  keywords: 'Keywords',
  value: 'Value',
  unit: 'Unit',
  subject: 'Measures',
  kind: 'Kind',
  copy: 'Copy',
  copied: 'Copied',
  none: 'None',
  segmenterPath: 'Segmenter',
  pathContent: 'in the page',
  pathBackground: 'in the extension (the page blocks WebAssembly)',
  tokens: 'words',
  save: 'Save',
  saved: 'Saved',
  saveAll: 'Save all articles on this page',
  saveFailed: 'Saving failed',
  openInPage: 'Show in the page',
  pending: 'Waiting',
  failed: 'Analysis failed',
  photoNews: 'Photo news',
  sortBy: 'Sort by',
  kindAmount: 'amount',
  kindGrowth: 'growth',
  kindShare: 'share',
  kindCount: 'count',
  kindRank: 'rank',
  kindDateRange: 'period',
  page: 'Page',
  emptyArticle: 'This article has no text.',
  prevIssue: 'Previous issue',
  nextIssue: 'Next issue',
};

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

export const lang: 'zh' | 'en' = /^en\b/i.test(uiLanguage()) ? 'en' : 'zh';

export function t(key: StringKey): string {
  return lang === 'en' ? en[key] : zh[key];
}
