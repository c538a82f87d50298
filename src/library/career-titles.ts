/**
 * Titles as the career timeline compares them: one spelling per post, whether a title is a post
 * at all, and the body (organisation) a post belongs to. Rules for Hunan Daily's usage only.
 */

/** A title that says what someone did, not an office they hold: never a change of post. */
const ROLE = /代表$|^省领导$|领导和老同志$|主席团|执行主席$|河长$|^(主持人|嘉宾|委员)$/;

/** The post word at the end of a title; what stands before it is the body. */
const HEAD =
  /(常务副|副)?(书记|省长|市长|州长|县长|区长|主任|部长|厅长|局长|主席|秘书长|院长|检察长|队长|组长|会长|校长|董事长|总经理|政委|司令员|巡视员|常委|委员|成员)$/;

/**
 * One spelling per post: 湖南省委书记 = 省委书记, 湖南省人民政府省长 = 省长, 湘西土家族苗族自治州
 * 人民政府州长 = 湘西州州长, and no 第十五届 (the term changes, the post does not).
 */
export function normalizeTitle(title: string): string {
  let t = title.replace(/\s+/g, '').replace(/第[一二三四五六七八九十百\d]+届/g, '');
  t = t.replace(/^湖南省?(?=[委政人])/, '省').replace(/^湖南省/, '省');
  t = t.replace(/湘西土家族苗族自治州/g, '湘西州').replace(/人民政府/g, '政府');
  // 省政府省长 → 省长, 湘西州政府州长 → 湘西州州长: the body is already in the post's name.
  t = t.replace(/^(.*?)([省市州县区])政府((?:常务)?副?)\2长$/, (_, place: string, level: string, vice: string) =>
    place ? `${place}${level}${vice}${level}长` : `${vice}${level}长`,
  );
  return t;
}

/** True for an office (省长, 岳阳市委书记), false for a role (代表, 省领导, 省级河长). */
export const isPost = (title: string): boolean => !ROLE.test(normalizeTitle(title));

/**
 * The body a post belongs to: 岳阳市委书记 → 岳阳市委, 省科技厅厅长 → 省科技厅, 省长 → 省政府,
 * 湘西州州长 → 湘西州政府; null when the title names no body (a bare 副主任, a 市委书记 with no city).
 */
export function bodyOf(title: string): string | null {
  let b = bodyMemo.get(title);
  if (b === undefined) {
    if (bodyMemo.size > 50_000) bodyMemo.clear();
    bodyMemo.set(title, (b = findBody(title)));
  }
  return b;
}

/** Titles repeat across a library: each is read once. */
const bodyMemo = new Map<string, string | null>();

function findBody(title: string): string | null {
  const t = normalizeTitle(title);
  const gov = /^(.*?)((?:常务)?副?)([省市州县区])长$/.exec(t);
  if (gov) return gov[1] ? `${gov[1]}政府` : gov[3] === '省' ? '省政府' : null;
  const body = t.replace(HEAD, '');
  // 市委书记 with no city: the dateline says which, the title does not; no body to tell people apart by.
  if (/^[市州县区]/.test(body)) return null;
  return body && body !== t ? body : null;
}

/** The place a body governs or sits in: 省科技厅 → 省, 岳阳市委 → 岳阳市; null when none shows. */
export function placeOf(body: string): string | null {
  if (body.startsWith('省')) return '省';
  return /^[\u4e00-\u9fff]{1,8}?[市州县区]/.exec(body)?.[0] ?? null;
}

/** A place's leading bodies, whose posts one person often holds together (省委副书记、省长). */
const LEADING = ['委', '政府', '人大常委会', '人大', '政协'];

/**
 * Bodies one person may be printed in during one period: the same body, a body and one of its
 * own departments (省委 and 省委宣传部), or two leading bodies of one place (省委 and 省政府).
 */
export function kinBodies(a: string, b: string): boolean {
  if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
  const pa = placeOf(a);
  if (!pa || pa !== placeOf(b)) return false;
  const rest = (body: string, place: string) => body.slice(place.length);
  return LEADING.includes(rest(a, pa)) && LEADING.includes(rest(b, pa));
}
