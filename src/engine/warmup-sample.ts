import { analyzeArticle } from '@/src/analysis/analyze';
import type { Segmenter } from '@/src/analysis/segmenter/types';
import type { ArticleInput } from '@/src/analysis/types';

/**
 * A made-up article in the paper's style (dateline, byline, officials, figures, places, bodies,
 * a caption), analysed a few times when the engine starts so that the analyser's code is compiled
 * and optimised before the first real page asks. Written for this purpose; not a real article.
 */
export const WARMUP_ARTICLE: ArticleInput = {
  id: 'warmup',
  introTitle: '稳外贸 促消费',
  title: '前三季度全市进出口总值增长8.6%',
  subTitle: null,
  byline: null,
  captions: ['10月15日，长沙县黄花综合保税区，工人正在装运出口货物。 湖南日报全媒体记者 张明 摄'],
  continuedFrom: null,
  body: [
    '湖南日报10月20日讯（全媒体记者 李华 通讯员 王强）记者今天从长沙海关获悉，前三季度，全市进出口总值达2156.3亿元，同比增长8.6%，其中出口1432.7亿元，增长11.2%，占全省进出口总值的42.5%。',
    '省委常委、市委书记刘建国在调研时指出，要进一步优化营商环境，支持外贸企业开拓新兴市场。副市长陈晓红主持召开专题会议，部署第四季度稳外贸工作。',
    '据统计，全市有进出口实绩的企业达3260家，比去年同期增加215家；民营企业进出口1580亿元，增长12.4%。对东盟、非洲进出口分别增长15.3%和23.1%，机电产品出口增长约9.8%。',
    '对欧盟、东盟、日本分别进出口210亿、180.5亿、96.2亿元，分别增长3.2%、7.5%、12.6%。株洲、湘潭、衡阳、岳阳分别增长21.4%、15.2%、9.1%、4.3%，外贸企业较上月多56家，继续保持中部第二。',
    '湘江新区、岳麓区等地新建海外仓12个，面积超过5万平方米。中联重科股份有限公司、三一集团有限公司等龙头企业出口订单排至明年3月。',
    '“我们将在11月至12月集中开展外贸企业服务月活动。”市商务局局长周立新介绍，今年1至9月，全市跨境电商交易额达356亿元，位居全省第一。',
  ].join('\n'),
};

/** Warm-up runs of the sample; each is a few ms once jieba is up. */
export const WARMUP_RUNS = 40;

/**
 * Analyses the sample `runs` times, yielding to the event loop before each run so that a real
 * request arriving meanwhile is served between runs. Calls `done` after each.
 */
export async function warmAnalyser(segmenter: Segmenter, runs = WARMUP_RUNS, done: () => void = () => {}): Promise<void> {
  for (let n = 0; n < runs; n++) {
    await new Promise((ok) => setTimeout(ok, 0));
    await analyzeArticle(WARMUP_ARTICLE, segmenter);
    done();
  }
}
