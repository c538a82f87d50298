import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { articleInputFromParsed, decodeHtml, parsePage } from '@/src/epaper';
import type { ParsedPage } from '@/src/epaper/types';
import { analyzeInputs, analyzeText } from '@/src/analysis/analyze';
import type { Segmenter } from '@/src/analysis/segmenter/types';
import type { AnalysisDocument, ArticleInput, IssueInfo } from '@/src/analysis/types';
import { InputError, htmlOf, readBytes, textOf } from './read-input';
import { urlForPath } from './source-url';

function parseFile(html: string, url: string): ParsedPage {
  const { document } = parseHTML(html);
  return parsePage(document as unknown as Document, url);
}

function issueOf(page: ParsedPage): IssueInfo {
  return {
    paper: page.issue?.paper ?? null,
    date: page.issue?.date ?? null,
    page: { number: page.page?.number ?? null, name: page.page?.name ?? null },
  };
}

/** The local copy of a linked page: same folder, file name of the link without its query. */
function localCopy(pagePath: string, link: string): string {
  const name = basename(new URL(link, 'http://x/').pathname);
  return join(dirname(pagePath), name);
}

async function analyzeHtml(path: string, bytes: Uint8Array, seg: Segmenter): Promise<AnalysisDocument> {
  const page = parseFile(htmlOf(path, bytes), urlForPath(path));
  if (page.kind === 'article' && page.article) {
    const inputs = [articleInputFromParsed(page.article)];
    return analyzeInputs(inputs, seg, { path, kind: 'article-page', issue: issueOf(page) });
  }
  if (page.kind === 'layout' && page.layout) {
    const inputs: ArticleInput[] = [];
    for (const link of page.layout.articles) {
      const file = localCopy(path, link.url);
      if (!existsSync(file)) continue; // linked pages are read only when saved alongside
      const linked = parseFile(decodeHtml(await readBytes(file)), link.url);
      if (linked.article) inputs.push({ ...articleInputFromParsed(linked.article), id: link.id });
    }
    return analyzeInputs(inputs, seg, { path, kind: 'layout-page', issue: issueOf(page) });
  }
  throw new InputError(`${path}: unknown page (${page.problem ?? 'not an e-paper article or layout page'})`);
}

/** One input file → its analysis document; InputError for bad input. */
export async function analyzeFile(path: string, seg: Segmenter): Promise<AnalysisDocument> {
  const bytes = await readBytes(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.htm' || ext === '.html') return analyzeHtml(path, bytes, seg);
  const doc = await analyzeText(textOf(path, bytes), seg, { path, kind: 'text' });
  if (doc.articles.length === 0) throw new InputError(`${path}: no article text found`);
  return doc;
}
