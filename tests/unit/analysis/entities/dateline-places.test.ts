import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/src/analysis/analyze';
import { datelinePlaces } from '@/src/analysis/entities/dateline-places';
import { nodeSegmenter } from '@/src/analysis/segmenter/node';

describe('the place in a dateline', () => {
  it('is read between the outlet and the date', () => {
    expect(datelinePlaces('湖南日报北京3月14日电')).toEqual(['北京']);
    expect(datelinePlaces('本报广州9月8日电')).toEqual(['广州']);
    expect(datelinePlaces('某某网消息 据湖南日报北京4月9日电')).toEqual(['北京']);
    expect(datelinePlaces('华声在线-湖南日报1月24日讯')).toEqual([]);
    expect(datelinePlaces('湖南日报·新湖南客户端岳阳6月2日讯')).toEqual(['岳阳']);
  });

  it('splits a country and its city', () => {
    expect(datelinePlaces('湖南日报埃及开罗5月9日电')).toEqual(['埃及', '开罗']);
  });

  it('takes a name the lexicons lack whole, and names none where there is none', () => {
    expect(datelinePlaces('新华社雅温得4月1日电')).toEqual(['雅温得']);
    expect(datelinePlaces('湖南日报12月11日讯')).toEqual([]);
    expect(datelinePlaces('湖南日报·新湖南客户端12月5日讯')).toEqual([]);
    expect(datelinePlaces('本报讯')).toEqual([]);
    expect(datelinePlaces(null)).toEqual([]);
  });

  it('is among the article’s places, first', async () => {
    const a = await analyzeArticle({ id: 'a', title: '题', body: '湖南日报杭州3月14日电（记者 李明）今天，湘浙两省在此举行座谈会。' }, nodeSegmenter());
    expect(a.places[0]).toBe('杭州');
  });
});
