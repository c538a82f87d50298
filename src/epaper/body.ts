/**
 * The body of an article page: paragraphs and photos from #ozoom, whatever the markup —
 * <p> or <P>, <br>-separated lines in one block, indents written as &nbsp; or U+3000, text
 * wrapped in font/span/b. Photos sit in table[bgcolor=#efefef] with their caption.
 */
import type { Photo } from './types';
import { all, cleanText, isElement, resolveUrl, tagOf } from './text';

/** Tags that end a line (a paragraph) when the text flow meets them. */
const BLOCK = new Set([
  'p', 'div', 'br', 'table', 'tbody', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'section', 'article', 'center', 'hr', 'dl', 'dt', 'dd', 'pre', 'figure', 'figcaption',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'select', 'button', 'input', 'textarea']);

/** The photo tables the paper's template uses, and any <figure>. */
export function isPhotoBox(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'figure') return true;
  return tag === 'table' && (el.getAttribute('bgcolor') ?? '').trim().toLowerCase() === '#efefef';
}

/** Body paragraphs in order: each block or <br>-separated line, trimmed, empty ones dropped. */
export function bodyParagraphs(root: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const t = cleanText(current);
    if (t !== '') lines.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        current += child.textContent ?? '';
        continue;
      }
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (SKIP.has(tag) || isPhotoBox(child)) {
        flush();
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return lines;
}

/**
 * Photos with caption and credit: the photo boxes inside the body, and those the template puts
 * above or beside it (table[bgcolor=#efefef] anywhere on an article page, when it holds a
 * picture), then loose pictures in the body. A credit ends the caption (梁永鸿 摄（湖南图片库）,
 * 湖南日报全媒体记者 李健 摄, 刘贵雄 郑时仁 摄影报道) or stands in brackets at its end.
 */
export function articlePhotos(doc: Document, body: Element | null, url: string): Photo[] {
  const photos: Photo[] = [];
  const outermost = (list: Element[]) => list.filter((box) => !list.some((o) => o !== box && o.contains(box)));
  const boxes = outermost(all(doc, 'table, figure').filter(isPhotoBox)).filter(
    (box) => (body !== null && body.contains(box)) || all(box, 'img').length > 0,
  );
  const inBox = new Set<Element>();
  for (const box of boxes) {
    const imgs = all(box, 'img');
    imgs.forEach((i) => inBox.add(i));
    const { caption, credit } = splitCredit(boxCaption(box));
    const srcs = imgs.map((i) => resolveUrl(i.getAttribute('src'), url)).filter((s): s is string => !!s);
    if (srcs.length === 0 && !caption && !credit) continue;
    if (srcs.length === 0) photos.push({ src: '', caption, credit });
    // Several pictures in one box share its caption (a photo series).
    srcs.forEach((src) => photos.push({ src, caption, credit }));
  }
  // Loose pictures in the body (no box, no caption).
  for (const img of body ? all(body, 'img') : []) {
    if (inBox.has(img)) continue;
    const src = resolveUrl(img.getAttribute('src'), url);
    if (src) photos.push({ src, caption: null, credit: null });
  }
  return photos;
}

function boxCaption(box: Element): string {
  // The box's own children are rows, never photo boxes, so the line walker reads them.
  return bodyParagraphs(box).join(' ');
}

const SHOT = /\s*摄(?:影(?:报道)?)?(?:\s*[（(][^（）()]{1,20}[）)])?$/;
const SENTENCE_END = /[。！？；，：、”’」』）)]/;
const NAME = /^[\u4e00-\u9fff·]{2,5}$/;
const ROLE = /(记者|通讯员|评论员|摄影|实习生|特约|本报|供图|图片库|日报)$|^(湖南日报|本报|新华社|人民日报)/;

/**
 * Photo credit at the end of a caption, read backwards from 摄: names (2–5 characters) and role
 * words (湖南日报全媒体记者) separated by spaces, up to the end of the caption's last sentence.
 */
export function splitCredit(text: string): { caption: string | null; credit: string | null } {
  const t = cleanText(text);
  if (t === '') return { caption: null, credit: null };
  const bracket = /[（(]([^（）()]{0,40}摄(?:影(?:报道)?)?(?:[（(][^（）()]*[）)])?)[）)]$/.exec(t);
  if (bracket && /\S\s*摄/.test(bracket[1]!)) {
    return { caption: cleanText(t.slice(0, bracket.index)) || null, credit: cleanText(bracket[1]!) };
  }
  const shot = SHOT.exec(t);
  if (!shot) return { caption: t, credit: null };
  const tokens = t.slice(0, shot.index).split(/\s+/);
  const credit: string[] = [];
  while (tokens.length > 0) {
    const last = tokens[tokens.length - 1]!;
    // "…环境。梁永鸿": the credit starts after the sentence's last punctuation.
    const cut = Math.max(0, ...Array.from(last.matchAll(new RegExp(SENTENCE_END, 'g')), (m) => m.index! + 1));
    const token = last.slice(cut);
    if (token === '' || !(NAME.test(token) || (ROLE.test(token) && token.length <= 14))) break;
    credit.unshift(token);
    if (cut > 0) {
      tokens[tokens.length - 1] = last.slice(0, cut);
      break;
    }
    tokens.pop();
  }
  if (credit.length === 0) return { caption: t, credit: null };
  const caption = cleanText(tokens.join(' '));
  return { caption: caption || null, credit: cleanText(credit.join(' ') + shot[0]) };
}
