import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parsePage } from '@/src/epaper';
import type { ParsedPage } from '@/src/epaper/types';

export const ROOT = join(__dirname, '..', '..', '..');
export const ISSUE_DIR = join(ROOT, 'tests/fixtures/epaper/hnrb/html/2024-12/12');
export const VARIANTS_DIR = join(ROOT, 'tests/fixtures/epaper-variants');
export const ISSUE_URL = 'http://epaper.voc.com.cn/hnrb/html/2024-12/12/';

export function docOf(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function parseFile(path: string, url: string): ParsedPage {
  return parsePage(docOf(readFileSync(path, 'utf8')), url);
}

export const nows = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
