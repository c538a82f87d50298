import type { Journalist } from '../types';
import { COMMENT_BYLINE, DATELINE, PHOTO_CREDIT } from './patterns';
import { bareNames, creditName, isCreditLine, isCreditWord, joinSpacedNames, readCredit, trailingCredit } from './grammar';

const NAME = /^[\u4e00-\u9fff·]{2,4}$/;

/**
 * Names and roles of a credit string: "全媒体记者 彭可心 通讯员 苏立" →
 * [{彭可心, 全媒体记者}, {苏立, 通讯员}] (the grammar is in ./grammar.ts).
 */
export function parseCredits(credits: string): Journalist[] {
  return readCredit(credits).journalists;
}

export interface DatelineInfo {
  /** 湖南日报12月11日讯, without the credits. */
  dateline: string | null;
  journalists: Journalist[];
  /** Where the body proper starts in the text (after the dateline, its credits and a break). */
  bodyStart: number;
}

/**
 * The dateline at the head of a body, matched with its spaces taken out: sites print 湖南日报
 * ·新湖南客户端1月24日讯 and 新湖南客户端 10月21日 讯. Returns it as printed and where it ends, or null.
 */
function datelineEnd(text: string): { dateline: string; end: number } | null {
  const head = text.slice(0, 64);
  const kept: number[] = [];
  let compact = '';
  for (let k = 0; k < head.length; k++) {
    if (head[k] === ' ' || head[k] === '\u3000') continue;
    kept.push(k);
    compact += head[k];
  }
  const m = DATELINE.exec(compact);
  if (!m || m[0].length === 0) return null;
  const end = kept[m[0].length - 1]! + 1;
  return { dateline: text.slice(0, end), end };
}

/**
 * The credits in brackets after a dateline. A repost may lose the closing bracket, or both, the
 * body's first date or time word then following the last name (（全媒体记者 黄思婷 田梦瑶11月5日至8日，…;
 * 讯通讯员 谢某 陈某近日…): the credit is read up to it when it is a credit and nothing else.
 */
const CLOSED_CREDITS = /^[\s\u3000]?[（(]([^（）()]{0,80})[）)]/;
const UNCLOSED_CREDITS = /^[\s\u3000]?[（(]?([^（）()，。,、\d]{2,40}?)(?=\d{1,4}[年月日]|今天|昨天|今日|昨日|日前|近日|近期|当天|连日|上午|下午|晚上)/;

export function readDateline(text: string): DatelineInfo {
  const found = datelineEnd(text);
  if (!found) return { dateline: null, journalists: [], bodyStart: 0 };
  let end = found.end;
  let journalists: Journalist[] = [];
  // The credits' brackets may follow a space (本报12月31日讯 (记者 胡宇芬)).
  const rest = text.slice(end);
  const paren = CLOSED_CREDITS.exec(rest);
  if (paren) {
    journalists = datelineCredits(paren[1]!);
    end += paren[0].length;
  } else {
    const open = UNCLOSED_CREDITS.exec(rest);
    const read = open && isCreditLine(open[1]!) ? datelineCredits(open[1]!) : [];
    if (open && read.length) {
      journalists = read;
      end += open[0].length;
    }
  }
  while (end < text.length && /[\s\u3000：:]/.test(text[end]!)) end++;
  return { dateline: found.dateline, journalists, bodyStart: end };
}

/**
 * A dateline's credits. Names printed before any role are the paper's own reporters, credited
 * with no role (华声在线湘潭讯（欧阳铁强 通讯员 颜亮明）, 湖南日报11月23日讯（陶芳芳 鞠文霞）).
 */
function datelineCredits(credits: string): Journalist[] {
  const read = parseCredits(credits);
  if (read.length === 0) return bareNames(credits);
  const pieces = joinSpacedNames(credits).trim().split(/[\s\u3000、，,]+/u);
  const lead: Journalist[] = [];
  for (const piece of pieces) {
    if (!/^[\u4e00-\u9fff]{2,4}$/u.test(piece) || !creditName(piece) || read.some((j) => j.name === piece)) break;
    lead.push({ name: piece, role: '' });
  }
  return [...lead, ...read];
}

/** 湖南日报全媒体评论员 周泽中 → [{周泽中, 全媒体评论员}]; [] for an unsigned 本报评论员. */
export function parseCommentByline(line: string): Journalist[] {
  const m = COMMENT_BYLINE.exec(line.replace(/\s+/g, ''));
  if (!m || !m[2]) return [];
  return [{ name: m[2], role: m[1]! }];
}

/** A credit sits at the very end; the pattern only needs the last few dozen characters. */
const CREDIT_TAIL = 48;

/** A caption's photo credit → photographers with role 摄影; [] when there is none. */
export function parsePhotoCredit(caption: string): Journalist[] {
  const text = caption.trim().replace(/[（(][^（）()]{1,16}[）)]$/u, (m) => (/摄/u.test(m) ? m : ''));
  if (!/摄(?:影(?:报道)?)?[）)]?$/u.test(text)) return [];
  const found = trailingCredit(text);
  if (found.length) return found.filter((j) => j.role === '摄影');
  const m = PHOTO_CREDIT.exec(text.slice(-CREDIT_TAIL));
  if (!m) return [];
  return m[2]!
    .split(/[\s、]+/)
    .filter((n) => NAME.test(n) && !isCreditWord(n)) // 邹学校院士 通讯员 摄: no name printed
    .map((name) => ({ name, role: '摄影' }));
}

/** Where a trailing photo credit starts in a caption (to keep it out of summaries), or -1. */
export function photoCreditStart(text: string): number {
  const offset = Math.max(0, text.length - CREDIT_TAIL);
  const m = PHOTO_CREDIT.exec(text.slice(offset));
  if (!m) return -1;
  const lead = /^[\s。！？”）)]/.test(m[0]) ? 1 : 0;
  return offset + m.index + lead;
}

/** Merge journalist lists, first mention wins, one entry per name and role. */
export function mergeJournalists(...lists: Journalist[][]): Journalist[] {
  const seen = new Set<string>();
  const out: Journalist[] = [];
  for (const j of lists.flat()) {
    const key = `${j.name}\u0000${j.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(j);
  }
  return out;
}
