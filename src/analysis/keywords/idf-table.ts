/**
 * A small inverse-document-frequency table for news Chinese, shipped with the extension.
 * Words not listed count as rare (DEFAULT_IDF). Written by hand from the vocabulary of
 * provincial Party-paper news, in tiers by how many articles use a word; scripts/build-idf.ts
 * explains the tiers and can re-derive them from a folder of articles. Stop words (function
 * words, pronouns, time words) never become keywords.
 */
export const DEFAULT_IDF = 9;

/** [idf, space-separated words]: the lower the idf, the more articles use the word. */
export const IDF_TIERS: ReadonlyArray<readonly [number, string]> = [
  [2.0, '发展 工作 建设 推进 推动 加强 全省 我省 今年 要求 提升 持续 开展 进一步 实现 重要 相关 坚持 全面 深入 积极 有效 不断 支持 提高 加快 服务'],
  [3.0, '经济 产业 企业 项目 政策 社会 群众 单位 部门 领域 能力 水平 体系 机制 措施 安全 创新 高质量 质量 管理 活动 问题 情况 任务 目标 责任 作用 方面 基础 重点 合作 会议 部署 落实 强调 指出 表示 介绍 举行 召开 出席 参加 组织 统筹 全国 地方 中央 国家 省委 政府 市 县 区 湖南 湖南省 长沙'],
  [4.0, '市场 投资 消费 资金 科技 技术 人才 文化 教育 医疗 农村 乡村 城市 生态 环境 改革 开放 法治 民生 就业 平台 制度 规划 标准 数据 系统 服务业 制造业 增长 同比 规模 总额 亿元 万元 百分点 人大 政协 代表 委员 干部 党员 党委 人民 全体'],
  [5.5, '进出口 出口 进口 财政 预算 补助 宣传 防范 调研 座谈会 大会 论坛 比赛 演讲 学校 学生 老师 公司 团队 产品 设备 客户 行业 集群 中心 研究 医药 生物 文旅 旅游 交通 能源 电力 水利 气象 应急 事故 隐患 冬季 春季'],
];

/** Words that are never keywords, whatever their score. */
export const STOP_WORDS = new Set(
  (
    '的 了 和 与 及 或 在 是 为 对 把 将 被 从 向 以 于 由 等 这 那 其 之 也 都 又 还 并 而 但 就 才 所 让 使 ' +
    '我们 他们 她们 你们 自己 大家 这个 那个 这些 那些 这样 那样 一个 一些 一批 一步 各级 各地 各类 各项 各种 ' +
    '目前 日前 近日 今天 昨天 明天 今年 去年 明年 当天 同时 此外 其中 以来 期间 之后 以后 以前 之前 当前 如今 ' +
    '通过 进行 开展 作为 成为 认为 表示 介绍 指出 强调 要求 提出 方面 情况 问题 工作 有关 相关 一定 更加 更好 ' +
    '可以 能够 已经 正在 没有 不是 就是 还是 以及 因为 所以 如果 虽然 但是 然而 而且 并且 不仅 而是 只有 ' +
    '湖南日报 记者 全媒体记者 通讯员 评论员 讯 摄'
  ).split(/\s+/),
);

let table: Map<string, number> | null = null;

export function idfOf(word: string): number {
  table ??= new Map(IDF_TIERS.flatMap(([idf, words]) => words.split(/\s+/).map((w) => [w, idf] as const)));
  return table.get(word) ?? DEFAULT_IDF;
}
