import { cleanText, type Cleaned } from './clean';
import {
  CONTINUED_FROM,
  CONTINUED_TO,
  LONE_CREDIT_VERB,
  PRODUCER_LINE,
  mergeJournalists,
  parseCommentByline,
  parseCredits,
  parsePhotoCredit,
  readDateline,
} from './byline';
import { bareNames, isBylineLine, joinSpacedNames, isCreditLine, isCreditPartsLine, readCredit, trailingCredit } from './byline/grammar';
import type { ArticleInput, Journalist } from './types';

/** An article's body made ready for analysis: cleaned text without dateline and marks. */
export interface PreparedArticle {
  /** The cleaned body, one paragraph per line, dateline and continuation marks removed. */
  text: string;
  /** map[i] = offset in `input.body` of text[i] (map[text.length] = end), for highlights. */
  map: number[];
  dateline: string | null;
  journalists: Journalist[];
  continuedFrom: string | null;
  continuedTo: string | null;
  /** Caption lines printed above the dateline, taken out of the text. */
  captions: string[];
}

/** A line printed above a story: a caption ending with its photo credit, or a credit line. */
const isCaptionLine = (line: string) => isBylineLine(line) || parsePhotoCredit(line).length > 0 || /摄(?:影报道)?[）)]?$|[（(]资料图片?[）)]$/u.test(line);

/** A picture's short title above the story (古韵风雨桥): a line of a few words and no sentence. */
const isPictureTitle = (line: string) => line.length > 0 && line.length <= 16 && !/[。！？；，,]/u.test(line);

/** A caption printed with no credit (…为道德模范赵某颁发荣誉证书): a line of one phrase, no sentence's end. */
const isCaptionPhrase = (line: string) => line.length > 0 && line.length <= 60 && !/[。！？!?；;]|记者|通讯员|实习生|评论员|摄/u.test(line);

/** Names alone on the line under up to three captions at the top of a story, two or more of them. */
function namesUnderCaptions(text: string, from: number, to: number): Journalist[] {
  let at = from;
  for (let n = 0; n < 4 && at < to; n++) {
    const end = text.indexOf('\n', at);
    if (end < 0 || end > to) return [];
    const line = text.slice(at, end).trim();
    if (n < 3 && isCaptionLine(line)) {
      at = end + 1;
      continue;
    }
    // (…or a caption whose credit is set on the line under it: …焕然一新。 / 任平 摄.)
    const next = text.indexOf('\n', end + 1);
    const credit = next > end && next <= to ? text.slice(end + 1, next).trim() : '';
    if (n < 2 && line.length <= 80 && credit && /摄(?:影)?$/u.test(credit) && isCaptionLine(credit)) {
      at = next + 1;
      n++;
      continue;
    }
    if (n === 0 || line.replace(/[\s\u3000]+/gu, '').length > 16) return [];
    const names = bareNames(line);
    return names.length >= 2 ? names : [];
  }
  return [];
}

/** A line that is a photo credit and nothing else (湖南日报·华声在线记者 徐典波 龙文泱 摄影报道). */
const isPhotoCreditLine = (line: string) => /(?:摄|摄影|摄影报道)$/u.test(line) && isCreditLine(line);

/** An editor's note opening a piece (编者按：…, 编者按11月25日…, 【开栏语】): the dateline comes a few lines under it. */
const EDITORS_NOTE = /^[【\[]?(?:编者按|编者的话|开栏语|开篇语)/u;

/** A dateline at the start of one of the first lines, below caption lines or an editor's note only. */
function datelineBelowCaptions(text: string, from: number): { at: number; head: ReturnType<typeof readDateline> } | null {
  let at = from;
  const note = EDITORS_NOTE.test(text.slice(from, from + 8));
  for (let k = 0; k < (note ? 7 : 6); k++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return null;
    if (note) {
      at = nl + 1;
      const head = readDateline(text.slice(at));
      if (head.dateline) return { at, head };
      continue;
    }
    // A caption with its credit on the line under it (…活动开幕。 / 记者 张三 摄影报道) is one caption,
    // as is a caption of two lines whose second closes with the credit (…举行。 / …颁奖。以上图片均为…摄),
    // and pairs of such lines one after another (two photos, each pair closed by its credit).
    const nextEnd = text.indexOf('\n', nl + 1);
    const next = text.slice(nl + 1, nextEnd < 0 ? text.length : nextEnd).trim();
    const line = text.slice(at, nl).trim();
    if (!isCaptionLine(line) && !isPictureTitle(line) && !isCaptionPhrase(line) && !isPhotoCreditLine(next) && !isCaptionLine(next)) return null;
    at = nl + 1;
    const head = readDateline(text.slice(at));
    if (head.dateline) return { at, head };
  }
  return null;
}


/** Credits in brackets closing the piece: （湖南日报 记者 张福芳 通讯员 王威群）. */
const TRAILING_BRACKETS = /[（(]([^（）()]{2,60})[）)]$/u;
const TRAILING_MARKED = /[■□][\s\u3000]*((?:[\u4e00-\u9fff·]{2,4}[\s\u3000]*){1,4})$/u;

function slice(c: Cleaned, from: number, to: number): { text: string; map: number[] } {
  while (from < to && /\s/.test(c.text[from]!)) from++;
  while (to > from && /\s/.test(c.text[to - 1]!)) to--;
  const map = c.map.slice(from, to);
  map.push(to > from ? c.map[to - 1]! + 1 : (c.map[from] ?? 0));
  return { text: c.text.slice(from, to), map };
}

/** Byline printed apart from the body: a commentary byline or plain credits. */
function creditsOfByline(byline: string): Journalist[] {
  const comment = parseCommentByline(byline);
  return comment.length ? comment : parseCredits(byline.replace(/^[（(]|[）)]$/g, ''));
}

/**
 * Clean the body, then take off what is not body text: a continuation mark at the head
 * (▲▲（上接1版③）), the dateline with its credits, a jump mark (（下转2版）) or a byline in
 * parentheses at the end. Photo credits in the body (photo news) stay in the text but are read.
 */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  const cleaned = cleanText(input.body, input.rawText === undefined ? {} : { raw: input.rawText });
  let from = 0;
  let to = cleaned.text.length;
  let continuedFrom = input.continuedFrom ?? null;
  const cont = /^\s*▲*\s*▲*[（(](?:上接|紧接|接|续)\s*第?\s*([0-9A-Z一二三四五六七八九十]{1,3}\s*版[①-⑳0-9]*)[）)]\s*/.exec(cleaned.text);
  if (cont && CONTINUED_FROM.test(cont[0].replace(/\s+/g, ''))) {
    continuedFrom ??= cont[1]!.replace(/\s+/g, '');
    from = cont[0].length;
  }
  let head = readDateline(cleaned.text.slice(from));
  const leadLines: string[] = [];
  if (!head.dateline) {
    // Photos printed above the story (a caption or two, then 湖南日报1月16日讯…), or an editor's
    // note: the dateline opens the story proper, and the lines above it are read as captions.
    const later = datelineBelowCaptions(cleaned.text, from);
    if (later) {
      leadLines.push(...cleaned.text.slice(from, later.at).split('\n').map((l) => l.trim()).filter(Boolean));
      from = later.at;
      head = later.head;
    }
  }
  from += head.bodyStart;
  let tail = cleaned.text.slice(from, to).trimEnd();
  let continuedTo: string | null = null;
  const jump = CONTINUED_TO.exec(tail);
  if (jump) {
    continuedTo = jump[1]!;
    to = from + jump.index;
    tail = tail.slice(0, jump.index).trimEnd();
  }
  let trailing: Journalist[] = [];
  const by = TRAILING_BRACKETS.exec(tail);
  const byCredit = by ? readCredit(by[1]!) : null;
  // Names alone in brackets closing the last paragraph (…增加了进口需求。(黄婷婷 王鹤洋 李依烁)):
  // the piece's credit, printed with no role.
  const bare = by && !byCredit?.whole ? by : null;
  const bareCredit = bare ? bareNames(bare[1]!) : [];
  if (by && byCredit?.whole) {
    trailing = byCredit.journalists;
    to = from + by.index;
  } else if (bareCredit.length > 0) {
    trailing = bareCredit;
    to = from + bare!.index;
  } else {
    // A credit line closing the piece, as reposting sites print it (作者:刘燕娟 摄影 唐俊).
    // A credit line closing the piece, or one printed over two lines (首席记者 郭立亮 / 通讯员 刘再丽
    // 摄影报道; 湖南日报记者 田超 段涵敏 / 摄影报道, the verb alone on the last line).
    const lastBreak = tail.lastIndexOf('\n');
    const last = tail.slice(lastBreak + 1).trim();
    if (lastBreak > 0 && (isBylineLine(last) || LONE_CREDIT_VERB.test(last))) {
      let before = tail.lastIndexOf('\n', lastBreak - 1);
      let joined = before > 0 ? creditOverTwoLines(tail.slice(before + 1, lastBreak), last) : null;
      // …or over three, the verb alone on the last (湖南日报全媒体记者 X / 通讯员 Y Z / 摄影报道).
      if (joined && LONE_CREDIT_VERB.test(last)) {
        const third = tail.lastIndexOf('\n', before - 1);
        const above = tail.slice(third + 1, before).trim();
        if (third > 0 && above.length <= 48 && isCreditLine(above)) {
          joined = `${above} ${joined}`;
          before = third;
        }
      }
      if (joined || isBylineLine(last)) {
        trailing = readCredit(joined ?? last).journalists;
        to = from + (joined ? before : lastBreak);
        // …and a credit set a part to a line above it (文/视频 三湘都市报 / 全媒体记者 王翊玮 / 通讯员
        // 胡清 / 图/湖南日报全媒体 / 记者 辜鹏博) is read whole with it, when it reads as one credit.
        const block = creditLinesAbove(cleaned.text, from, to);
        if (block) {
          const whole = readCredit(`${block.lines.join(' ')} ${joined ?? last}`);
          if (whole.whole) {
            trailing = whole.journalists;
            to = block.start;
          }
        }
        // The producer's line over the credits is no body text either.
        const above = cleaned.text.lastIndexOf('\n', to - 1);
        if (above > from && PRODUCER_LINE.test(cleaned.text.slice(above + 1, to).replace(/\s+/gu, ''))) to = above;
      }
    }
  }
  // A byline line opening a body that has no dateline (湖南日报全媒体记者 张三 / 记者 李四 报道).
  let leading: Journalist[] = [];
  if (!head.dateline) {
    const firstBreak = cleaned.text.indexOf('\n', from);
    const first = cleaned.text.slice(from, firstBreak < 0 ? from : firstBreak);
    if (firstBreak > 0 && firstBreak < to && isBylineLine(first)) {
      // A credit printed over two lines is one credit: a photo verb closing the second makes the
      // names of the first photographers too (首席记者 郭立亮 / 通讯员 刘再丽 摄影报道).
      const secondBreak = cleaned.text.indexOf('\n', firstBreak + 1);
      const second = cleaned.text.slice(firstBreak + 1, secondBreak < 0 ? to : Math.min(secondBreak, to));
      // …and names alone on the line under a credit go on with its last role (全媒体记者 曹辉 张福芳 /
      // 王茜 李曼斯: the column was too narrow for five names).
      const more = secondBreak > 0 && secondBreak < to && !/摄/u.test(first) ? bareNames(second.trim()) : [];
      if (more.length > 0) {
        leading = readCredit(`${first} ${second.trim()}`).journalists;
        from = secondBreak + 1;
      } else {
        leading = readCredit(creditOverTwoLines(first, second) ?? first).journalists;
        from = firstBreak + 1;
      }
    } else if (firstBreak > 0 && firstBreak < to && first.replace(/[\s\u3000]+/gu, '').length <= 16) {
      // A writer's name alone over a commentary or an essay (张梅红 / 十年，牢记嘱托…): no role printed,
      // unless the names go on from a byline printed above them (全媒体记者 曹辉 / 王茜 李曼斯).
      leading = bareNames(first.trim());
      const role = input.byline ? creditsOfByline(input.byline).at(-1)?.role : undefined;
      if (role) leading = leading.map((j) => ({ ...j, role }));
      if (leading.length > 0) from = firstBreak + 1;
    }
    // A standfirst of one sentence, then the writer's name alone on its line (大力实施…支撑。 / 辜倩倩):
    // the name is the byline; the standfirst stays in the body.
    if (leading.length === 0 && firstBreak > 0 && firstBreak < to && first.length <= 80 && /[。！？]$/u.test(first.trim())) {
      const secondBreak = cleaned.text.indexOf('\n', firstBreak + 1);
      const second = cleaned.text.slice(firstBreak + 1, secondBreak < 0 ? firstBreak + 1 : secondBreak).trim();
      if (secondBreak > 0 && secondBreak < to && /^[\u4e00-\u9fff]{2,4}$/u.test(second)) leading = bareNames(second);
    }
    // Pictures over the story, each caption closed by its credit, then the writers' names alone on
    // a line (…梽木山枢纽。 申兴刚 摄 / 郑丹枚 蒋剑平 刘 波): the names are the story's byline.
    if (leading.length === 0 && firstBreak > 0 && firstBreak < to) leading = namesUnderCaptions(cleaned.text, from, to);
  }
  const body = slice(cleaned, from, to);
  const lines = body.text.split('\n');
  const journalists = mergeJournalists(
    head.journalists,
    leading,
    input.byline ? creditsOfByline(input.byline) : [],
    trailing,
    // A credit line inside the piece (an interview's second part, a sidebar's 点评：娄辉).
    ...bylineRuns(lines).map((l) => readCredit(l).journalists),
    ...leadLines.map((l) => (isBylineLine(l) ? readCredit(l).journalists : parsePhotoCredit(l))),
    // Photo news credits every picture at the end of its line.
    ...lines.map(parsePhotoCredit),
    // A piece's names after a mark closing its paragraph (…精神风貌。■ 张轩亿 宁玲).
    // (…names set to one width, 贺 佳 周帙恒 罗 坤, are joined first.)
    ...lines.map((l) => bareNames(TRAILING_MARKED.exec(l.includes('■') || l.includes('□') ? joinSpacedNames(l) : l)?.[1]?.trim() ?? '')),
    ...(input.captions ?? []).map(parsePhotoCredit),
  );
  // A credit closing a paragraph, after its last sentence (…三站赛事总规模11000人。湖南日报·新湖南
  // 客户端记者 田超 唐俊 报道; …品牌价值达26亿元以上。文/曾毅文): names with a role that no credit
  // above has named (a credit over two lines is read whole above).
  const credited = new Set(journalists.map((j) => j.name));
  journalists.push(...mergeJournalists(...lines.map((l) => trailingCredit(l).filter((j) => j.role && !credited.has(j.name)))));
  return { text: body.text, map: body.map, dateline: head.dateline, journalists, continuedFrom, continuedTo, captions: leadLines };
}

/** The lines right above `to` (up to six, below `from`) that are credit parts only, or null. */
function creditLinesAbove(text: string, from: number, to: number): { lines: string[]; start: number } | null {
  const lines: string[] = [];
  let top = to;
  for (let n = 0; n < 6; n++) {
    const above = text.lastIndexOf('\n', top - 1);
    if (above < from) break;
    const line = text.slice(above + 1, top).trim();
    if (!isCreditPartsLine(line)) break;
    lines.unshift(line);
    top = above;
  }
  return lines.length > 0 ? { lines, start: top } : null;
}

/** An outlet and a role alone on a line, the names on the next (湖南日报·新湖南客户端记者 / 彭婷 蒋睿). */
const ROLE_ALONE = /^[^\s。！？，]{0,20}(?:记者|通讯员|评论员|实习生)$/u;

/**
 * The byline lines of a body, each with the credit lines printed right under it: a credit over two
 * lines is one credit, and a photo verb closing the second makes the names of the first
 * photographers too (首席记者 郭立亮 / 通讯员 刘再丽 摄影报道).
 */
function bylineRuns(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]?.trim() ?? '';
    if (ROLE_ALONE.test(line.trim()) && bareNames(next).length > 0 && readCredit(`${line} ${next}`).whole) {
      out.push(`${line} ${next}`);
      continue;
    }
    if (line.length > 48 || !isBylineLine(line)) continue;
    out.push(creditOverTwoLines(line, lines[i + 1]) ?? line);
  }
  return out;
}

/**
 * A credit printed over two lines, read as one: the line under a credit line is a credit too, or
 * the verb alone (首席记者 郭立亮 / 通讯员 刘再丽 摄影报道; 记者 田超 段涵敏 / 摄影报道); null when it is not.
 */
function creditOverTwoLines(above: string, below: string | undefined): string | null {
  if (below === undefined || above.length > 48 || below.length > 48) return null;
  if (LONE_CREDIT_VERB.test(below.trim())) return isCreditLine(above) ? `${above} ${below.trim()}` : null;
  // …or an outlet under a label over the names (图/湖南日报全媒体 / 记者 辜鹏博).
  return (isCreditLine(above) || isCreditPartsLine(above)) && isCreditLine(below) ? `${above} ${below}` : null;
}
