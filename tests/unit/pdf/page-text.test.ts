import { describe, expect, it } from 'vitest';
import { pageTextOf, piecesOfPdfItems, type TextPiece } from '@/src/pdf/page-text';

/**
 * Synthetic pages: a printed line becomes one piece per character (as some PDFs give them), at
 * em-sized advances, and the pieces are shuffled, so only their positions can restore the order.
 */
const EM = 10;
function line(text: string, x: number, y: number, size = EM): TextPiece[] {
  return [...text].map((ch, i) => ({ text: ch, x: x + i * size, y, width: size, height: size }));
}
/** A column of lines from the top baseline down, 1.5 ems apart; an indent of two ems on "  " lines. */
function column(lines: string[], x: number, top: number, size = EM): TextPiece[] {
  return lines.flatMap((l, i) => {
    const indent = l.startsWith('  ') ? 2 * size : 0;
    return line(l.trimStart(), x + indent, top - i * 1.5 * size, size);
  });
}
/** A fixed shuffle (a linear congruential generator), so that a failure can be replayed. */
function shuffled<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
const lines = (text: string) => text.split('\n').filter(Boolean);

// Columns 12 ems wide with a 2-em gutter.
const W = 12 * EM;
const G = 2 * EM;

describe('pageTextOf', () => {
  it('restores the lines of one column from shuffled characters, CJK joined without spaces', () => {
    const text = pageTextOf(shuffled(column(['  湖南日报12月11', '日讯长沙海关今天', '发布。'], 0, 500)));
    expect(lines(text)).toEqual(['湖南日报12月11', '日讯长沙海关今天', '发布。']);
  });

  it('reads two columns left to right, not across', () => {
    const left = column(['甲一甲一甲一甲一甲一', '甲二甲二甲二甲二甲二', '甲三甲三甲三甲三甲三'], 0, 500);
    const right = column(['乙一乙一乙一乙一乙一', '乙二乙二乙二乙二乙二', '乙三。'], W + G, 500);
    expect(lines(pageTextOf(shuffled([...right, ...left])))).toEqual([
      '甲一甲一甲一甲一甲一', '甲二甲二甲二甲二甲二', '甲三甲三甲三甲三甲三',
      '乙一乙一乙一乙一乙一', '乙二乙二乙二乙二乙二', '乙三。',
    ]);
  });

  it('reads three columns under a headline that spans them: the headline first, then each column', () => {
    const head = line('进口规模创历史同期新高', 60, 560, 2 * EM);
    const cols = [0, 1, 2].map((k) =>
      column([`${k}行一行一行一行一行一`, `${k}行二行二行二行二行二`, `${k}行三行三行三。`], k * (W + G), 500),
    );
    const text = pageTextOf(shuffled([...cols[2]!, ...head, ...cols[0]!, ...cols[1]!], 3));
    expect(lines(text)).toEqual([
      '进口规模创历史同期新高',
      '0行一行一行一行一行一', '0行二行二行二行二行二', '0行三行三行三。',
      '1行一行一行一行一行一', '1行二行二行二行二行二', '1行三行三行三。',
      '2行一行一行一行一行一', '2行二行二行二行二行二', '2行三行三行三。',
    ]);
    // The headline is its own block.
    expect(text.startsWith('进口规模创历史同期新高\n\n')).toBe(true);
  });

  it('reads a headline centred over the middle of four columns before the first column', () => {
    // The headline covers columns 2 and 3 only: the first column's gutter is clear all the way up.
    const head = line('大会开幕', 1.5 * W + 2 * G, 560, 2 * EM);
    const cols = [0, 1, 2, 3].map((k) => column([`${k}栏一栏一栏一栏一栏一`, `${k}栏二。`], k * (W + G), 500));
    expect(lines(pageTextOf(shuffled([...cols.flat(), ...head], 13)))).toEqual([
      '大会开幕',
      ...[0, 1, 2, 3].flatMap((k) => [`${k}栏一栏一栏一栏一栏一`, `${k}栏二。`]),
    ]);
  });

  it('keeps a narrow 副题 that sits over the middle column with its headline, above all three columns', () => {
    const head = [...line('进口规模创历史同期新高', 60, 580, 2 * EM), ...line('——副题在中间', W + G + 10, 550, 1.3 * EM)];
    const cols = [0, 1, 2].map((k) => column([`${k}列一列一列一列一列一`, `${k}列二。`], k * (W + G), 510));
    expect(lines(pageTextOf(shuffled([...cols.flat(), ...head], 17)))).toEqual([
      '进口规模创历史同期新高',
      '——副题在中间',
      ...[0, 1, 2].flatMap((k) => [`${k}列一列一列一列一列一`, `${k}列二。`]),
    ]);
  });

  it('reads two stories side by side, their headline blocks level, one story after the other', () => {
    // A wide story of two columns and a one-column commentary with a column name above its headline.
    const wide = [
      ...line('左边大标题左边大标', 0, 600, 2 * EM),
      ...column(['左一左一左一左一左一左', '左一末。'], 0, 560),
      ...column(['左二左二左二左二左二左', '左二末。'], W + G, 560),
    ];
    const right = [
      ...line('栏目名', 2 * (W + G), 603, 1.3 * EM),
      ...line('评论标题', 2 * (W + G), 580, 2 * EM),
      ...column(['右一右一右一右一右一右', '右一右一右一右一右一右', '右一末。'], 2 * (W + G), 540),
    ];
    expect(lines(pageTextOf(shuffled([...right, ...wide], 19)))).toEqual([
      '左边大标题左边大标', '左一左一左一左一左一左', '左一末。', '左二左二左二左二左二左', '左二末。',
      '栏目名', '评论标题', '右一右一右一右一右一右', '右一右一右一右一右一右', '右一末。',
    ]);
  });

  it('reads two stacked stories: a headline over two columns, then a headline over three', () => {
    const wide = (3 * W + 2 * G - G) / 2; // two columns across the same width as three
    const a = [
      ...line('第一篇标题第一篇标题第一篇', 0, 700, 2 * EM),
      ...column(['上左上左上左上左上左上左', '上左末。'], 0, 660),
      ...column(['上右上右上右上右上右上右', '上右末。'], wide + G, 660),
    ];
    const b = [
      ...line('第二篇标题第二篇标题第二篇', 0, 560, 2 * EM),
      ...[0, 1, 2].flatMap((k) => column([`下${k}下${k}下${k}下${k}下`, `下${k}末。`], k * (W + G), 520)),
    ];
    expect(lines(pageTextOf(shuffled([...b, ...a], 11)))).toEqual([
      '第一篇标题第一篇标题第一篇', '上左上左上左上左上左上左', '上左末。', '上右上右上右上右上右上右', '上右末。',
      '第二篇标题第二篇标题第二篇', '下0下0下0下0下', '下0末。', '下1下1下1下1下', '下1末。', '下2下2下2下2下', '下2末。',
    ]);
  });

  it('breaks paragraphs at an indent, at a short last line and at a wide vertical gap, not inside one', () => {
    const pieces = [
      ...column(['  第一段第一段第一', '第一段第一段第一段', '完。', '  第二段第二段第二', '第二段第二段第二段'], 0, 500),
      // A block well below the column's line step.
      ...line('另起一块另起一块另', 0, 500 - 4 * 1.5 * EM - 3 * EM),
    ];
    const text = pageTextOf(shuffled(pieces, 5));
    expect(text.split('\n\n').map((p) => p.trim())).toEqual([
      '第一段第一段第一\n第一段第一段第一段\n完。',
      '第二段第二段第二\n第二段第二段第二段',
      '另起一块另起一块另',
    ]);
  });

  it('keeps a paragraph going from the foot of one column to the top of the next', () => {
    const left = column(['  跨栏段落跨栏段落', '跨栏段落跨栏段落跨'], 0, 500);
    const right = column(['栏段落接着写完了。', '  新段新段新段新段'], W + G, 500);
    const text = pageTextOf(shuffled([...left, ...right], 9));
    expect(text.split('\n\n').map((p) => p.trim())).toEqual([
      '跨栏段落跨栏段落\n跨栏段落跨栏段落跨\n栏段落接着写完了。',
      '新段新段新段新段',
    ]);
  });

  it('puts a space between Latin words and numbers that stand apart, and none between touching pieces', () => {
    const pieces: TextPiece[] = [
      { text: '增长', x: 0, y: 100, width: 20, height: 10 },
      { text: '3.5%', x: 20, y: 100, width: 20, height: 10 },
      { text: 'GDP', x: 45, y: 100, width: 15, height: 10 },
      { text: '总量', x: 60, y: 100, width: 20, height: 10 },
    ];
    expect(pageTextOf(shuffled(pieces))).toBe('增长3.5% GDP总量\n');
  });

  it('returns nothing for no text, and skips blank pieces', () => {
    expect(pageTextOf([])).toBe('');
    expect(pageTextOf([{ text: '  ', x: 0, y: 0, width: 5, height: 10 }])).toBe('');
  });
});

describe('piecesOfPdfItems', () => {
  it('reads position and size from pdf.js items and skips marked-content entries', () => {
    const items = [
      { str: '湖南', dir: 'ltr', transform: [12, 0, 0, 12, 30, 700], width: 24, height: 12, fontName: 'f1', hasEOL: false },
      { type: 'beginMarkedContent', id: 'x' },
      { str: '日报', transform: [12, 0, 0, 12, 54, 700], width: 24, height: 0 },
    ];
    expect(piecesOfPdfItems(items)).toEqual([
      { text: '湖南', x: 30, y: 700, width: 24, height: 12 },
      { text: '日报', x: 54, y: 700, width: 24, height: 12 },
    ]);
  });

  it('takes a vertical run of text as one em wide, whatever its advance', () => {
    const items = [{ str: '竖排标题', transform: [0, 20, -20, 0, 300, 700], width: 80, height: 20 }];
    expect(piecesOfPdfItems(items)).toEqual([{ text: '竖排标题', x: 300, y: 700, width: 20, height: 20 }]);
  });
});
