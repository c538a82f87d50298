/**
 * The Founder metadata comment some e-papers carry (People's Daily style):
 *   <!--enpproperty <articleid>…</articleid><date>2024-12-12 00:00:00</date><author>…</author>
 *   <title>…</title><subtitle>…</subtitle><introtitle>…</introtitle><nodename>…</nodename>/enpproperty-->
 * No voc page was ever seen with it; when present it is preferred over the visible cells.
 */
import { cleanText } from './text';

export type EnpProperty = Record<string, string>;

/** All fields of the first enpproperty comment in the document, empty values dropped; null when absent. */
export function readEnpProperty(doc: Document): EnpProperty | null {
  const comment = findComment(doc, (text) => /^\s*enpproperty\b/i.test(text));
  return comment === null ? null : parseEnpProperty(comment);
}

export function parseEnpProperty(text: string): EnpProperty {
  const fields: EnpProperty = {};
  const re = /<([a-z_][\w-]*)>([\s\S]*?)<\/\1>/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = cleanText(decodeEntities(m[2]!));
    const key = m[1]!.toLowerCase();
    if (value !== '' && !(key in fields)) fields[key] = value;
  }
  return fields;
}

function decodeEntities(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Depth-first search for a comment node (nodeType 8) whose text passes `test`. */
function findComment(root: Node, test: (text: string) => boolean): string | null {
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === 8) {
      const text = child.textContent ?? '';
      if (test(text)) return text;
    } else if (child.nodeType === 1 || child.nodeType === 9) {
      const found = findComment(child, test);
      if (found !== null) return found;
    }
  }
  return null;
}

/** "2024-12-12 00:00:00" / "2024/12/12" / "20241212" → "2024-12-12". */
export function enpDate(value: string | undefined): string | null {
  if (!value) return null;
  const m = /(\d{4})[-/年.]?(\d{1,2})[-/月.]?(\d{1,2})/.exec(value);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}
