import { describe, expect, it } from 'vitest';
import { mergeJournalists, parseCommentByline, parseCredits, parsePhotoCredit, photoCreditStart, readDateline } from '@/src/analysis/byline';

describe('datelines', () => {
  it('reads the dateline and its credits and says where the body starts', () => {
    const text = '湖南日报12月11日讯（全媒体记者 唐亚新 通讯员 刘思妮）11日，省政协副主席张健率队调研。';
    const d = readDateline(text);
    expect(d.dateline).toBe('湖南日报12月11日讯');
    expect(d.journalists).toEqual([{ name: '唐亚新', role: '全媒体记者' }, { name: '刘思妮', role: '通讯员' }]);
    expect(text.slice(d.bodyStart)).toBe('11日，省政协副主席张健率队调研。');
  });

  it('knows other papers\' and agencies\' datelines, and texts without one', () => {
    expect(readDateline('新华社北京12月11日电（记者 王小明、李华）国务院今天召开会议。').journalists).toEqual([
      { name: '王小明', role: '记者' },
      { name: '李华', role: '记者' },
    ]);
    expect(readDateline('本报讯（见习记者 赵一）今天上午，长沙下雪了。').dateline).toBe('本报讯');
    expect(readDateline('日前召开的会议提出，要扩大内需。')).toEqual({ dateline: null, journalists: [], bodyStart: 0 });
  });

  it('reads a dateline a repost printed without its paper, the credits right after it', () => {
    expect(readDateline('8月27日讯(湖南日报·记者 廖慧文)会议今天举行。').journalists).toEqual([{ name: '廖慧文', role: '记者' }]);
    // A date and 讯 with no credits after them is no dateline: 8月27日讯 could open any sentence.
    expect(readDateline('8月27日讯息传来，村民们很高兴。').dateline).toBeNull();
  });

  it('reads an undated dateline of an outlet the table lacks, the credits right after it', () => {
    expect(readDateline('江城晚报讯(湖南日报记者 王一 李二)会议今天举行。').journalists).toEqual([
      { name: '王一', role: '记者' },
      { name: '李二', role: '记者' },
    ]);
    expect(readDateline('江城晚报讯息传来，村民们很高兴。').dateline).toBeNull();
  });

  it('reads an outlet printed with neither date nor 讯 when its reporters\' credit follows', () => {
    expect(readDateline('湖南日报·新湖南客户端(记者 王一)年关临近，腊味飘香。').journalists).toEqual([{ name: '王一', role: '记者' }]);
    expect(readDateline('湖南日报（1949年创刊）是省委机关报。').dateline).toBeNull();
  });
});

describe('credits', () => {
  it('applies a role to every name after it and takes fused roles', () => {
    expect(parseCredits('记者 张三 李四 通讯员王五')).toEqual([
      { name: '张三', role: '记者' },
      { name: '李四', role: '记者' },
      { name: '王五', role: '通讯员' },
    ]);
  });

  it('reads commentary bylines, signed or not', () => {
    expect(parseCommentByline('湖南日报全媒体评论员 周泽中')).toEqual([{ name: '周泽中', role: '全媒体评论员' }]);
    expect(parseCommentByline('本报评论员')).toEqual([]);
  });

  it('reads photo credits as 摄影, with or without a role and a source', () => {
    expect(parsePhotoCredit('杨西炜（左）。 湖南日报全媒体记者 李健 摄')).toEqual([{ name: '李健', role: '摄影' }]);
    expect(parsePhotoCredit('改善人居环境。 梁永鸿 摄（湖南图片库）')).toEqual([{ name: '梁永鸿', role: '摄影' }]);
    expect(parsePhotoCredit('工人正在忙碌作业。')).toEqual([]);
    const caption = '工人正在忙碌作业。 梁永鸿 摄';
    expect(caption.slice(photoCreditStart(caption)).trim()).toBe('梁永鸿 摄');
    expect(caption.slice(0, photoCreditStart(caption)).trim()).toBe('工人正在忙碌作业。');
  });

  it('merges lists without repeating a name in the same role', () => {
    const a = [{ name: '奉永成', role: '全媒体记者' }];
    expect(mergeJournalists(a, a, [{ name: '奉永成', role: '摄影' }])).toHaveLength(2);
  });
});

describe('the paper\'s other dateline and byline forms', () => {
  it('reads 湖南日报·新湖南客户端 datelines and roles after the outlet name', () => {
    const d = readDateline('湖南日报·新湖南客户端12月11日讯（湖南日报·新湖南客户端记者 刘笑雪 通讯员 李丹）今天，长沙下雪了。');
    expect(d.dateline).toBe('湖南日报·新湖南客户端12月11日讯');
    expect(d.journalists).toEqual([{ name: '刘笑雪', role: '记者' }, { name: '李丹', role: '通讯员' }]);
  });
});

describe('a photo note closing a page', () => {
  it('reads the first photographer glued to 由 (本版图片均由郭某 徐某 摄)', () => {
    expect(parsePhotoCredit('本版图片均由郭立明 徐行 摄')).toEqual([
      { name: '郭立明', role: '摄影' },
      { name: '徐行', role: '摄影' },
    ]);
  });
});
