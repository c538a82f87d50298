import type { SavedArticle } from '../types';

/** Markdown special characters in printed text are escaped so a title cannot become markup. */
export const mdEscape = (s: string): string => s.replace(/([\\`*_[\]#<>|])/g, '\\$1');

const pageLabel = (a: SavedArticle): string => [a.page.number && `第${a.page.number}版`, a.page.name].filter(Boolean).join('：');

function facts(a: SavedArticle): string[] {
  const out: string[] = [];
  const { figures, officials, people } = a.article;
  if (figures.length) {
    out.push('', '## 关键数字', '', '| 原文 | 指标 | 类型 |', '| --- | --- | --- |');
    for (const f of figures) out.push(`| ${mdEscape((f.qualifier ?? '') + f.text)} | ${mdEscape(f.subject)} | ${f.kind} |`);
  }
  if (officials.length) {
    out.push('', '## 领导及职务', '');
    for (const o of officials) out.push(`- ${mdEscape(o.name)}：${mdEscape(o.titles.join('、'))}`);
  }
  if (people.length) {
    out.push('', '## 人物', '');
    for (const p of people) out.push(`- ${mdEscape(p.name)}${p.role ? `（${mdEscape(p.role)}）` : ''}`);
  }
  return out;
}

/** Where the article came from: its issue, page and URL, or the source of a pasted text. */
function sourceLine(a: SavedArticle): string {
  if (a.source) return `粘贴文本${a.source.label ? ` · 来源：${mdEscape(a.source.label)}` : ''}`;
  return `${a.issueDate} ${pageLabel(a)} · <${a.url}>`;
}

/** One article: titles, source line, tags and note, the text paragraph by paragraph, its facts. */
export function articleMarkdown(a: SavedArticle): string {
  const lines: string[] = [];
  if (a.introTitle) lines.push(`*${mdEscape(a.introTitle)}*`, '');
  lines.push(`# ${mdEscape(a.title)}`);
  if (a.subTitle) lines.push('', `## ${mdEscape(a.subTitle)}`);
  lines.push('', `> ${sourceLine(a)}`);
  if (a.tags.length) lines.push('>', `> 标签：${a.tags.map(mdEscape).join('、')}`);
  if (a.note) lines.push('>', `> 笔记：${mdEscape(a.note).replace(/\n/g, ' ')}`);
  lines.push('');
  for (const p of a.article.text.split('\n')) if (p.trim()) lines.push(mdEscape(p.trim()), '');
  lines.push(...facts(a));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** A file name a file system takes: date, page, title; no path characters. */
export function articleFileName(a: SavedArticle): string {
  const title = a.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40);
  return `${a.issueDate || 'paste'}_${a.page.number ?? 'xx'}_${title}.md`;
}

export function articleFiles(articles: readonly SavedArticle[]): { name: string; content: string }[] {
  const used = new Set<string>();
  return articles.map((a) => {
    let name = articleFileName(a);
    for (let n = 2; used.has(name); n++) name = articleFileName(a).replace(/\.md$/, `_${n}.md`);
    used.add(name);
    return { name, content: articleMarkdown(a) };
  });
}

/** A digest: one section per article (newest issue first) with its summary and facts in brief. */
export function digestMarkdown(articles: readonly SavedArticle[], title = '湘报助读 · 收藏摘要'): string {
  const sorted = [...articles].sort((a, b) => b.issueDate.localeCompare(a.issueDate) || (a.page.number ?? '').localeCompare(b.page.number ?? ''));
  const lines = [`# ${title}`, '', `共 ${sorted.length} 篇`, ''];
  for (const a of sorted) {
    lines.push(`## ${mdEscape(a.title)}`, '', sourceLine(a), '');
    if (a.article.summary.length) lines.push(mdEscape(a.article.summary.join('')), '');
    const figs = a.article.figures.slice(0, 5).map((f) => `${mdEscape(f.subject)} ${mdEscape((f.qualifier ?? '') + f.text)}`);
    if (figs.length) lines.push(`- 数字：${figs.join('；')}`);
    const offs = a.article.officials.map((o) => `${mdEscape(o.name)}（${mdEscape(o.titles.join('、'))}）`);
    if (offs.length) lines.push(`- 领导：${offs.join('、')}`);
    if (a.tags.length) lines.push(`- 标签：${a.tags.map(mdEscape).join('、')}`);
    if (a.note) lines.push(`- 笔记：${mdEscape(a.note).replace(/\n/g, ' ')}`);
    lines.push('');
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
