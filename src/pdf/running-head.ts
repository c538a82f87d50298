/**
 * A page PDF opens with the page's running head (湖南日报 · 2024年12月12日 星期四 · 要闻 02),
 * which the page splitter would take for the first story's headline. Its lines are dropped
 * from the top of the text, and only there, and only lines that read as such.
 */
const HEAD_LINE = [
  /^(湖南日报|三湘都市报|法制周报|大众卫生报)$/u,
  /^\d{4}年\d{1,2}月\d{1,2}日\s*(星期[一二三四五六日天])?$/u,
  /^星期[一二三四五六日天]$/u,
  /^第?\d{1,2}版?[：:\s]*\S{0,6}$/u,
  /^\S{1,6}[：:\s]*\d{1,2}版?$/u,
  /^(责任编辑|版式编辑|美术编辑|责任校对)[：:\s]/u,
];

/** The text without the running head's lines at its top. */
export function withoutRunningHead(text: string): string {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && i < 8) {
    const line = lines[i]!.trim();
    if (line && !HEAD_LINE.some((re) => re.test(line))) break;
    i++;
  }
  return lines.slice(i).join('\n');
}
