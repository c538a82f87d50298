/**
 * The paper's conventions for datelines, bylines and credits (Hunan Daily and most Chinese
 * dailies): 湖南日报12月11日讯（全媒体记者 彭可心 通讯员 苏立）, 湖南日报全媒体评论员 周泽中,
 * 梁永鸿 摄（湖南图片库）, 湖南日报全媒体记者 李健 摄. Patterns run on whitespace-free text
 * unless noted.
 */

import { OUTLET_DOT, OUTLET_JOIN, OUTLETS, ROLES } from './grammar';

export { ROLES };

const ROLE_ALT = ROLES.join('|');
// 湖南日报全媒体 is left out here: in a regex alternation it would eat the 全媒体 of 全媒体记者.
const PAPERS = OUTLETS.filter((o) => !/[全融]媒体$/u.test(o))
  .map((o) => o.replace('·', `[${OUTLET_DOT}]`))
  .join('|');

/** A dateline's date, its year printed or not (2023年12月31日, 12月31日). */
const DATE = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日';

/**
 * A dateline at the start of a body: 湖南日报12月11日讯 / 新华社北京12月11日电 / 本报讯 (not the 讯 of
 * 通讯员), two outlets joined by a dash or 、 (华声在线-湖南日报1月24日讯, 三湘都市报、华声在线岳阳记者站讯),
 * outlets this table lacks chained with a dot (大众卫生报·新湖南客户端4月25日讯), and a repost's
 * 据湖南日报10月28日报道 (据湖南日报北京4月9日电) before the credits in brackets.
 * A site that reposts the app's pages drops the 月 (湖南日报·新湖南客户端323日讯 for 3月23日, 79日讯 for 7月9日).
 */
export const DATELINE = new RegExp(
  `^(?:(?:${PAPERS})(?:[${OUTLET_JOIN}](?:${PAPERS}))?[${OUTLET_DOT}\\u4e00-\\u9fff]{0,10}?(?:${DATE}|\\d{2,4}日)?` +
    // an outlet this table lacks, chained to one it has (科普报·新湖南客户端讯) or dated
    `|[\\u4e00-\\u9fff]{2,6}[${OUTLET_DOT}](?:${PAPERS})[\\u4e00-\\u9fff]{0,6}?(?:${DATE})?` +
    `|[\\u4e00-\\u9fff]{2,6}(?:[${OUTLET_DOT}][\\u4e00-\\u9fff]{2,8})?${DATE})(?:讯(?!员)|电)` +
    // A repost that cut the paper's name off: 8月27日讯（湖南日报·记者 …）, the credit right after.
    `|^${DATE}讯(?=[\\s\\u3000]*[（(])` +
    // An outlet this table lacks, undated, the credit right after: 长沙晚报讯（湖南日报记者 …）.
    `|^[\\u4e00-\\u9fff]{1,6}(?:报|网|社|台|客户端)讯(?=[\\s\\u3000]*[（(])` +
    // An outlet with neither date nor 讯, its reporters' credit right after: 湖南日报·新湖南客户端（记者 王某）.
    `|^(?:${PAPERS})(?:[${OUTLET_DOT}](?:${PAPERS}))?(?=[\\s\\u3000]*[（(][^（）()]{0,8}?(?:记者|通讯员|实习生|评论员))` +
    // A repost's: 中国日报湖南双语网消息 据湖南日报10月28日报道（记者 …）
    `|^(?:[\\u4e00-\\u9fff]{2,12}消息[\\s\\u3000]*)?据(?:${PAPERS})[\\u4e00-\\u9fff]{0,4}?${DATE}(?:报道|电)(?=[（(])`,
);

/** A continuation mark: ▲▲（上接1版③）, （紧接1版①）, （接第3版）. Group 1 is the page reference. */
export const CONTINUED_FROM = /^▲*[（(](?:上接|紧接|接|续)第?([0-9A-Z一二三四五六七八九十]{1,3}版[①-⑳0-9]*)[）)]/;

/** A jump to another page at the end of a piece: （下转2版）. Group 1 is the page reference. */
export const CONTINUED_TO = /[（(](?:下转|转|续见)第?([0-9A-Z一二三四五六七八九十]{1,3}版[①-⑳0-9]*)[）)]▼*$/;

/** A commentary byline printed on its own line: 湖南日报全媒体评论员 周泽中 / 本报评论员. */
export const COMMENT_BYLINE = new RegExp(
  `^(?:${PAPERS})?(全媒体评论员|特约评论员|评论员)([\\u4e00-\\u9fff·]{2,4})?$`,
);

/** A credit's verb printed alone on a line, under the credit it closes (…通讯员 武云鹏 / 摄影报道). */
export const LONE_CREDIT_VERB = /^(?:摄影报道|图文报道|摄影|摄|报道)$/u;

/** A production credit over a piece's credits: outlets and desks, then 出品 (湖南日报社长沙分社/…频道出品). */
export const PRODUCER_LINE = /^[^。！？，；]{2,38}出品$/u;

/** Column names printed as a kicker: 三湘时评, 湘江评论, 社论, 今日快评 … (≤ 8 characters). */
export const COLUMN = /^[\u4e00-\u9fff]{0,6}(?:时评|短评|快评|热评|锐评|评论|社论|论坛|观察|视点|漫谈|随笔|杂谈|笔谈|新论|札记|走笔|议事厅|评论员文章)$/;

/**
 * A photo credit closing a caption: 梁永鸿 摄（湖南图片库） / 湖南日报全媒体记者 李健 摄.
 * Runs on text WITH spaces; group 1 the role (may be empty), group 2 the names.
 */
export const PHOTO_CREDIT = new RegExp(
  `(?:^|[\\s。！？”）)])(?:(?:${PAPERS})?(${ROLE_ALT}|特约摄影|摄影记者)[\\s:：]*)?((?:[\\u4e00-\\u9fff·]{2,4}[\\s、]*){1,4}?)\\s*摄(?:影)?(?:[（(][^（）()]{1,16}[）)])?\\s*$`,
);
