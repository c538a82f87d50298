import { article, figure } from './helpers';

/** The cleaned body of content_1721201 (dateline removed, whitespace gone, one paragraph a line), typed by hand. */
export const TEXT_1721201 = [
  '长沙海关今天发布，今年前11个月，湖南省进出口总值5121.9亿元。其中，出口3003.4亿元，进口2118.5亿元、增长10%，进口规模创历史同期新高。',
  '前11个月，湖南省有进出口实绩的企业7902家，较前10个月多349家。生产型企业进出口值2350.3亿元，增长11.3%，占同期湖南省进出口总值的45.9%；民营企业进出口3969.6亿元，占进出口总值的77.5%；国有企业、外资企业进出口分别增长4.4%、3.5%。',
  '对非贸易继续保持中西部第一，对俄罗斯、中国台湾增长明显。前11个月，湖南省对非洲国家进出口473亿元，贸易规模继续稳居中西部第一。对巴西、俄罗斯、中国台湾分别进出口230亿、203.3亿、186.9亿元，分别增长1.3%、17.3%、34.4%。',
  '前11个月，长沙市进出口2526.2亿元，占全省进出口总值的49.3%。怀化、株洲增长较快，同期，怀化、株洲、郴州、湘潭分别增长32.4%、27.1%、10.5%、5.7%。',
  '汽车、农产品出口增长亮眼。前11个月，湖南省出口机电产品1657.2亿元，其中，出口汽车（含底盘）、平板显示模组、自动数据处理设备及其零部件分别增长39.7%、13.4%、27.9%；出口工程机械287.2亿元，增长20.7%；出口锂电池、光伏、电动汽车等“新三样”产品95.5亿元，增长37.1%；出口手机、电脑、家电等“老三样”产品95.7亿元。',
].join('\n');

/** What the page prints before the text starts: left out of `text` by the analyser. */
export const DATELINE_1721201 = '湖南日报12月11日讯（全媒体记者 彭可心 通讯员 苏立）';

const T = TEXT_1721201;
export const ARTICLE_1721201 = article(T, [
  figure(T, '5121.9亿元', 0, 'amount', { value: 512190000000, unit: '元' }, '湖南省进出口总值'),
  figure(T, '10%', 0, 'growth', { value: 10, unit: '%' }, '进口增长'),
  figure(T, '7902家', 0, 'count', { value: 7902, unit: '家' }, '湖南省有进出口实绩的企业'),
  figure(T, '45.9%', 0, 'share', { value: 45.9, unit: '%' }, '生产型企业进出口值占湖南省进出口总值'),
  // The same words twice in one paragraph: the second one.
  figure(T, '中西部第一', 1, 'rank', { value: 1, unit: '位' }, '对非洲国家进出口'),
  // Five times in the text: the fourth (the 长沙市 paragraph).
  figure(T, '前11个月', 3, 'date-range', null, '长沙市进出口'),
  figure(T, '230亿', 0, 'amount', { value: 23000000000, unit: '元' }, '对巴西进出口'),
  figure(T, '95.7亿元', 0, 'amount', { value: 9570000000, unit: '元' }, '出口手机、电脑、家电等“老三样”产品'),
]);
