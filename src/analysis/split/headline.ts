/**
 * Roles of a headline's lines (引题 / 主题 / 副题). The dump has no font sizes, so the roles come
 * from the paper's habits: a slogan-like line (an exhortation: 加快…, 做好…, 在…中彰显…) is the
 * 主题; a report line before it (X在长沙举行) is the 引题; a line after the 主题 is the 副题.
 */

/** Words that open an exhortation or slogan headline in Party-paper style. */
const SLOGAN_OPENERS = [
  '加快', '做好', '筑牢', '推动', '推进', '坚持', '奋力', '全力', '着力', '聚力', '深入', '扎实', '持续',
  '切实', '努力', '打造', '构建', '提升', '促进', '守护', '书写', '谱写', '争当', '当好', '答好', '跑出',
  '走好', '抓好', '办好', '守好', '用好', '合力', '携手', '同心', '凝心', '汇聚', '激发', '释放', '强化',
  '深化', '优化', '加强', '全面', '奋进', '勇当', '争创', '擦亮', '点燃', '绘就', '展现', '彰显', '助力',
  '赋能', '让', '为', '以', '向', '把', '在', '共', '更好', '更加', '努力', '坚定', '牢记', '不断', '大力',
];

/** Intransitive event predicates that close a headline broken over two lines (…大会开幕). */
const EVENT_END = /(开幕|闭幕|举行|召开|落幕|落下帷幕|启动|揭晓|举办|开班|结业|成立|签约|揭牌|开工|竣工|通车|投产)$/;

/**
 * A 主题 in the paper's display style: an exhortation (加快…), two parallel phrases (消费挖潜 投资增效,
 * 百舸争流汨罗江 端午文旅人气旺), or a feature's name-and-colon line (恒驰电驱：“株洲造”电机跑出加速度).
 */
const isSlogan = (line: string) =>
  SLOGAN_OPENERS.some((w) => line.startsWith(w)) ||
  /^[^\s，。]{2,9}[ \u3000]+[^\s，。]{2,9}$/u.test(line.trim()) ||
  /^[^\s，。：]{2,8}：\S/u.test(line.trim());

const unbalanced = (s: string) =>
  (s.match(/[“《（(]/g)?.length ?? 0) > (s.match(/[”》）)]/g)?.length ?? 0);

/** Whether line `a` is only the first half of a headline printed over two lines. */
function continues(a: string, b: string): boolean {
  const ca = a.replace(/\s+/g, '');
  const cb = b.replace(/\s+/g, '');
  if (/^[—－-]{2}/.test(cb)) return false; // ——访…: a 副题 of its own
  if (/[、，,的和与及之]$/.test(ca) || unbalanced(ca)) return true;
  if (/^在/.test(ca) && /[中上下里]$/.test(ca) && !/^在/.test(cb)) return true; // 在…中 | 彰显…
  if (/[”》]$/.test(ca) && !isSlogan(cb)) return true; // a quoted name, its noun follows
  // …产业集群 | 融通生态大会开幕: a short event predicate without its own subject.
  if (EVENT_END.test(cb) && cb.length <= 10 && !/在/.test(cb) && !EVENT_END.test(ca) && !isSlogan(ca)) return true;
  return false;
}

/** Join the printed lines into headline units (one per role). */
export function headlineUnits(lines: readonly string[]): string[] {
  const units: string[] = [];
  for (const line of lines) {
    const last = units[units.length - 1];
    if (last !== undefined && continues(last, line)) units[units.length - 1] = joinLines(last, line);
    else units.push(line);
  }
  return units;
}

function joinLines(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

export interface HeadlineRoles {
  introTitle: string | null;
  title: string;
  subTitle: string | null;
}

/** Roles of a headline's printed lines, in print order (引题 above, 副题 below the 主题). */
export function headlineRoles(lines: readonly string[]): HeadlineRoles {
  const units = headlineUnits(lines.map((l) => l.trim()).filter(Boolean)).map((u) => u.replace(/^——/, ''));
  if (units.length === 0) return { introTitle: null, title: '', subTitle: null };
  if (units.length === 1) return { introTitle: null, title: units[0]!, subTitle: null };
  if (units.length === 2) {
    const [a, b] = units as [string, string];
    if (lines.some((l) => l.trim().startsWith('——'))) return { introTitle: null, title: a, subTitle: b };
    // (a lead-in that runs on into the title with a dash: …怎样做精做强—— / 三问小龙虾)
    if ((!isSlogan(a) && isSlogan(b)) || a.endsWith('——')) return { introTitle: a, title: b, subTitle: null };
    return { introTitle: null, title: a, subTitle: b };
  }
  return { introTitle: units[0]!, title: units[1]!, subTitle: units.slice(2).join('') };
}
