/**
 * Words that end a title printed before a name (省委书记 X, 副省长 X, 院士 X), grouped by whether
 * the holder is a public-office holder (gold: party, government, congress, CPPCC, military,
 * national leaders) or another named person with a role. Titles are recognised compositionally:
 * any body or place before one of these words belongs to the title (省委宣传部 + 部长).
 */

/**
 * The grammar of a title, right to left: a role head (书记, 主任, 省长 …, the lists below), the
 * modifiers printed before it (常务 + 副 + 省长, 专职 + 副 + 主任, 驻村 + 第一 + 书记), then any
 * bodies and places before those (省委农办 + 专职副主任, 大会主席团 + 常务主席), which the title
 * reader takes word by word (src/analysis/entities/titles.ts). A head's kind decides the title's.
 */
export const ROLE_MODIFIERS: readonly string[] = [
  '副', '常务', '专职', '执行', '代', '第一', '名誉', '首席', '驻村', '挂职', '兼职', '一级', '二级', '三级', '四级',
  '省级', '市级', '县级', '乡级', '村级',
];

/** Always an office (the word itself names a public post). */
export const OFFICE_POSITIONS: readonly string[] = [
  '总书记', '书记', '副书记', '常务副书记', '常委', '秘书长', '副秘书长',
  '国家主席', '国家副主席', '总理', '副总理', '国务委员', '委员长', '副委员长',
  '省长', '副省长', '常务副省长', '代省长', '市长', '副市长', '常务副市长', '代市长',
  '县长', '副县长', '代县长', '区长', '副区长', '州长', '副州长', '乡长', '副乡长', '镇长', '副镇长',
  '部长', '副部长', '厅长', '副厅长', '局长', '副局长', '司长', '副司长', '处长', '副处长', '署长', '关长', '副关长',
  '政委', '副政委', '司令员', '副司令员', '参谋长', '检察长', '副检察长', '庭长', '审判长',
  '链长', '河长', '总河长', '林长', '总林长', '田长', '巡视员', '调研员', '督察长', '纪检监察组组长', '特派员', '大使', '总领事', '发言人', '村长', '支书',
  '人大代表', '政协委员', '党代表', '主任委员', '副主任委员', '领导',
  // delegates to a party congress (党的二十大代表)
  '十八大代表', '十九大代表', '二十大代表', '二十一大代表',
  '党的十八大代表', '党的十九大代表', '党的二十大代表', '党的二十一大代表',
  // police officers hold a public post (民警喻跃龙, 黄材派出所民警杨超; b27), as do the commanders
  // of the units of fire brigades, police and city management (消防救援大队中队长, 城管中队中队长)
  '民警', '大队长', '副大队长', '中队长', '副中队长', '支队长', '副支队长',
  // a township's or a village's cadres by their field (镇武装干事, 村妇女主任, 乡武装部长)
  '武装干事', '武装部长', '妇女主任', '妇联主任',
  '总统', '副总统', '首相', '议长', '副议长', '外长', '外交部长', '国王', '总督', '驻华大使', '参议员', '众议员', '议员',
];

/** An office only when the words before it name a public body (主任 of 省发展改革委, not of a ward). */
export const CONTEXT_POSITIONS: readonly string[] = [
  '主席', '副主席', '主任', '副主任', '常务副主任', '委员', '院长', '副院长', '组长', '副组长',
  '会长', '副会长', '理事长', '行长', '副行长', '校长', '副校长', '社长', '主席团成员', '党组成员', '成员',
  '队长', '副队长', '团长', '副团长',
  // a village's or a township's full-time cadre (村党建专干, 乡计生专干), a public body's cadre (农业农村局干部)
  '专干', '干部',
  // a station's or an institute's head: an office at a police station, not at a research institute
  '所长', '副所长',
  // commanders of a standing headquarters (国家防汛抗旱总指挥) and a government's counsellors (省政府参事)
  '总指挥', '副总指挥', '指挥长', '副指挥长', '参事',
  // the heads of an inspection team and of the province's team that works with it (督察组总协调人)
  '总协调人', '副总协调人',
  // the chief professionals of a body (水利部总经济师, 省交通运输厅总工程师)
  '总经济师', '总工程师', '总会计师', '总规划师', '总审计师', '总农艺师', '总畜牧师',
  // the person who speaks for a body: an office at a procuratorate or an administration, not at a firm
  '负责人',
];

/** The eight democratic parties by the short names the paper prints (民进湖南省委). */
export const DEMOCRATIC_PARTIES: readonly string[] = ['民革', '民盟', '民建', '民进', '农工党', '致公党', '九三学社', '台盟'];

/** The State Council's ministries and the party's departments, by the names the paper prints. */
export const MINISTRIES: readonly string[] = (
  '工信部 工业和信息化部 商务部 外交部 财政部 教育部 科技部 公安部 国家安全部 民政部 司法部 水利部 农业农村部 农业部 ' +
  '交通运输部 文化和旅游部 文化部 卫生部 自然资源部 国土资源部 生态环境部 环境保护部 环保部 住建部 住房和城乡建设部 ' +
  '人社部 人力资源和社会保障部 应急管理部 退役军人事务部 国防部 铁道部 宣传部 组织部 统战部 武装部'
).split(' ');

/** Words that make a CONTEXT_POSITIONS title an office. */
export const PUBLIC_BODY_MARKS: readonly string[] = [
  '党委', '党组', '省委', '市委', '县委', '区委', '州委', '工委', '纪委', '监委', '政法委', '人大', '政协', '政府',
  '常委会', '委员会', '发展改革委', '卫生健康委', '国资委', '中央', '国务院', '国家', '全国', '法院', '检察院',
  '党校', '军', '武警', '厅', '局', '办公室', '办', '街道', '社区', '村', '镇', '乡', '工商联', '妇联', '总工会',
  '团省委', '团市委', '科协', '残联', '侨联', '文联', '社科联', '作协', ...DEMOCRATIC_PARTIES, '管委会', '主席团', '大会', '省', '市', '县', '自治州', '特区',
  '工作队', '帮扶队', '工作组', '代表团', '派出所', '公安局', '分局',
  // the teams the centre and the province send to inspect, and the province's team that works with them
  '督察组', '督导组', '巡视组', '巡察组', '联络组', '指挥部',
  // a government's or a party committee's leading group for a task (省政法队伍教育整顿领导小组组长)
  '领导小组', '工作小组',
  // the ministries (工信部总经济师, 水利部总工程师); a project's or a firm's 部 is no public body
  ...MINISTRIES,
];

/** Bodies in which a party post is a firm's, not an office (国家电网有限公司董事长、党组书记). */
export const FIRM_MARKS: readonly string[] = ['公司', '集团', '银行', '企业', '出版社'];

/** Bodies that make a CONTEXT_POSITIONS title a private role even next to a place (公司, 医院). */
export const PRIVATE_BODY_MARKS: readonly string[] = [
  '公司', '集团', '企业', '医院', '银行', '学校', '中学', '小学', '大学', '学院', '协会', '商会', '学会',
  '基金会', '合作社', '科室', '科', '研究所', '研究院', '俱乐部', '门诊',
];

/** Roles of people who hold no office (院士 X, 企业家 X, 见义勇为者 X). */
export const PERSON_ROLES: readonly string[] = [
  '院士', '教授', '副教授', '导师', '博士生导师', '硕士生导师', '博导', '研究员', '副研究员', '博士', '博士生', '硕士', '工程师', '高级工程师', '专家', '学者',
  '董事长', '副董事长', '总经理', '副总经理', '总裁', '副总裁', '经理', '总监', '创始人', '创办人', '合伙人',
  '厂长', '站长', '店长', '店主', '老板', '企业家', '法人代表', '法定代表人',
  '医生', '医师', '主任医师', '护士', '护士长', '教师', '老师', '班主任', '辅导员', '学生', '同学', '大学生',
  '选手', '运动员', '教练', '教练员', '冠军', '队员', '作家', '诗人', '画家', '书法家', '艺术家', '演员',
  '歌手', '导演', '编剧', '主播', '传承人', '非遗传承人', '劳动模范', '劳模', '标兵', '模范', '道德模范',
  '见义勇为者', '志愿者', '村民', '居民', '市民', '农民', '农户', '种植户', '养殖户', '游客', '老人', '老党员',
  '党员', '老兵', '退役军人', '辅警', '消防员', '战士', '律师', '创业者', '返乡创业者', '新农人',
  '快递员', '外卖员', '司机', '技工', '工匠', '技师', '工人', '职工', '员工', '讲解员', '代表',
  '儿子', '女儿', '妻子', '丈夫', '父亲', '母亲', '爱人', '姐姐', '哥哥', '弟弟', '妹妹', '孙子', '孙女', '徒弟', '队友', '同事', '搭档', '学弟',
  '学妹', '学长', '学姐', '网红', '博主', '手艺人', '乡贤', '村医', '乡村医生', '乡村教师', '支教老师',
  '大户', '种植大户', '种粮大户', '养殖大户', '青年', '返乡青年', '果农', '茶农', '菜农', '渔民', '村干部',
];

/** Collective titles heading a 、-list of names: 省领导 X、Y 出席. */
export const COLLECTIVE_TITLES: readonly string[] = [
  '省领导', '市领导', '县领导', '区领导', '州领导', '中央领导', '中央领导同志', '党和国家领导人', '国家领导人',
  '省级领导', '市级领导', '县级领导', '部领导', '厅领导', '局领导', '委领导', '军区领导', '部队领导',
];

/** Offices printed after a 、-list of names and 等 (杜家毫、许达哲等代表). */
export const LIST_TAIL_OFFICES: readonly string[] = [
  '代表', '委员', '人大代表', '政协委员', '全国人大代表', '全国政协委员', '省人大代表', '省政协委员',
];

/**
 * The country's top leaders, printed by name alone as often as with a title (习近平新时代中国特色
 * 社会主义思想): members of the Politburo Standing Committee since 2012 with three-character
 * names (a two-character one, 李强 or 汪洋, is also an ordinary name or word).
 */
export const NATIONAL_LEADERS: readonly string[] = [
  '习近平', '赵乐际', '王沪宁', '丁薛祥', '李克强', '栗战书', '张德江', '俞正声', '刘云山', '王岐山', '张高丽',
];

/** Frequent whole titles added to jieba so that a title is one word and never eats a name. */
export const TITLE_WORDS: readonly string[] = [
  '省委书记', '省委副书记', '省委常委', '省委秘书长', '省委常委会', '省长', '副省长', '常务副省长',
  '省人大常委会', '省人大常委会主任', '省人大常委会副主任', '省人大常委会秘书长', '省政协主席', '省政协副主席',
  '省政协秘书长', '省纪委书记', '省监委主任', '省纪委监委', '省委组织部部长', '省委宣传部部长', '省委统战部部长',
  '省委政法委书记', '省军区司令员', '省军区政委', '省高级人民法院院长', '省人民检察院检察长',
  '市委书记', '市委副书记', '市委常委', '市长', '副市长', '县委书记', '县委副书记', '县长', '副县长',
  '区委书记', '区长', '州委书记', '州长', '乡党委书记', '镇党委书记', '村党支部书记', '村党总支书记',
  '党组书记', '党委书记', '党工委书记', '党组副书记', '党委副书记', '执行主席', '常务主席', '总书记', '国家主席', '国务院总理', '副总理', '国务委员',
  '全国人大常委会委员长', '全国政协主席', '全国人大代表', '全国政协委员', '省人大代表', '省政协委员', '市人大代表',
  '产业链链长', '链长', '省领导', '市领导', '县领导', '主任委员', '副主任委员',
];
