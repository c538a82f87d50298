import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText } from '@/src/analysis/analyze';
import { trailingCredit } from '@/src/analysis/byline/grammar';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

const seg = nodeSegmenter();
// Loading the wasm and the dictionary takes seconds on a busy machine: not part of any test.
beforeAll(() => seg.ready(), 60_000);
const journalists = async (body: string) => {
  const { articles } = await analyzeText(`标题\n\n${body}`, seg);
  return articles[0]!.journalists.map((j) => `${j.name}/${j.role}`);
};

describe('credits inside and around the body', () => {
  it('reads a credit closing a paragraph after its last sentence', async () => {
    expect(await journalists('6月1日上午，环湖自行车赛在岳阳开赛，近800名骑手参赛。湖南日报·新湖南客户端记者 许文杰 周婷 报道')).toEqual([
      '许文杰/记者',
      '周婷/记者',
    ]);
    expect(await journalists('金秋时节，稻谷飘香。全县早稻亩产达到450公斤。文/罗晓明')).toEqual(['罗晓明/文']);
  });

  it('keeps photo series one line a picture, each with its photographer', async () => {
    const text = ['《晨雾》 欧阳青 摄', '《归舟》 方立 摄', '《渔歌》 钟一鸣 摄', '《晒网》 蒋路 摄'].join('\n');
    expect(await journalists(text)).toEqual(['欧阳青/摄影', '方立/摄影', '钟一鸣/摄影', '蒋路/摄影']);
  });

  it('reads a video’s credits block, 拍摄 as the photographer', async () => {
    expect((await journalists('全省油菜进入收获期。\n记者 龙文俊\n拍摄 贺佳\n通讯员 谭乐')).sort()).toEqual(['贺佳/摄影', '谭乐/通讯员', '龙文俊/记者'].sort());
  });

  it('reads a credit printed over two lines as one, the photo verb crediting both lines', async () => {
    const text = '9月1日，耒阳市新市镇稻田里，农户在收割中稻。\n湖南日报·新湖南客户端首席记者 周雄\n通讯员 刘敏 摄影报道';
    expect(await journalists(text)).toEqual(['周雄/摄影', '刘敏/摄影']);
  });

  it('reads the photographer of a note in brackets and a verb glued to a name', () => {
    expect(trailingCredit('机器人在调试。（本版照片除署名外均为湖南日报记者 齐磊 摄）')).toEqual([{ name: '齐磊', role: '摄影' }]);
    expect(trailingCredit('岸边筑起沙袋。湖南日报记者 宋启明摄')).toEqual([{ name: '宋启明', role: '摄影' }]);
  });
});

describe('a credit set a part to a line under a short piece', () => {
  it('reads every line of it as one credit and keeps it out of the text', async () => {
    const body = '5月8日，一台盾构机在长沙下线，将出口越南。\n文/视频 三湘都市报\n全媒体记者 孟丽\n通讯员 陶勇\n图/湖南日报全媒体\n记者 罗江\n';
    const { articles } = await analyzeText(`盾构机出口\n\n${body}`, seg);
    expect(articles[0]!.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(['孟丽/全媒体记者', '陶勇/通讯员', '罗江/摄影']);
    expect(articles[0]!.text).toBe('5月8日，一台盾构机在长沙下线，将出口越南。');
  });
});

describe('credits split from their names, and captions above an untitled paste', () => {
  it('reads a verb alone on the last line as closing the credit above it', async () => {
    expect(await journalists('5月3日，长沙市第一医院，护士在整理药品。\n湖南日报记者 龚丹 刘新 \n摄影报道')).toEqual(['龚丹/摄影', '刘新/摄影']);
  });

  it('reads the photographer of a caption above the dateline of an untitled paste', async () => {
    const { articles } = await analyzeText('图：5月8日，岳阳港码头一片繁忙。 周晨 摄\n本报5月8日讯（记者 王磊）今天，岳阳港集装箱吞吐量创新高。', seg);
    expect(articles[0]!.journalists.map((j) => `${j.name}/${j.role}`)).toEqual(expect.arrayContaining(['周晨/摄影', '王磊/记者']));
  });

  it('reads the dateline under a caption of two lines whose second closes with the credit', async () => {
    const text = '9月9日上午，颁奖典礼在长沙举行。\n省领导为获奖教师颁奖。以上图片均为湖南日报记者 罗明 摄\n湖南日报9月9日讯（记者 贺立 周敏）今天上午，颁奖典礼举行。';
    expect(await journalists(text)).toEqual(expect.arrayContaining(['贺立/记者', '周敏/记者', '罗明/摄影']));
  });

  it('reads a byline line under a credited photo caption', async () => {
    const text = '选手在赛场上的精彩瞬间。湖南日报记者 唐明 摄\n湖南日报特派记者 周立 苏平\n本届全运会，湖南代表团共有487人参赛。';
    expect(await journalists(text)).toEqual(expect.arrayContaining(['周立/特派记者', '苏平/特派记者', '唐明/摄影']));
  });
});
