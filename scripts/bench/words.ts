/**
 * The benchmark's own vocabulary of conference Chinese, written for the
 * generator (no sentence taken from any source). Each list is ordered roughly
 * from common to rare: the generator samples ranks with Zipf-like weights, so a
 * few words recur everywhere and a long tail appears seldom, as in real text.
 */

const split = (s: string) => s.trim().split(/\s+/);

/** Nouns of the social-organization and public-policy field. */
export const NOUNS = split(`
  社会组织 发展 工作 服务 合作 建设 行业 企业 社区 群众 治理 机制 能力 平台 资源 项目 政策 区域 经济 作用
  协会 商会 基层 人才 品牌 标准 产业 市场 会员 志愿者 公益 慈善 养老 乡村 文化 科技 创新 教育 医疗 环境
  体系 模式 渠道 需求 成果 经验 优势 特色 力量 队伍 活动 交流 调研 数据 信息 规范 制度 规划 目标 任务
  责任 监管 登记 评估 培训 指导 咨询 孵化 帮扶 救助 救灾 扶贫 就业 创业 消费 投资 贸易 物流 金融 保险
  农业 制造业 服务业 数字化 信息化 现代化 一体化 城镇化 法治 党建 民生 福利 儿童 老年人 残疾人 妇女 青年
  家庭 学校 医院 高校 园区 街道 乡镇 村庄 城市 县域 省份 边界 流域 生态 能源 交通 住房 健康 安全 应急
  案例 试点 示范 样板 清单 指南 报告 倡议 协议 公约 章程 年报 档案 名录 联盟 网络 枢纽 中心 基地 窗口
  链条 集群 供应链 产业链 创新链 价值链 载体 纽带 桥梁 抓手 短板 瓶颈 痛点 堵点 难点 亮点 增长点 突破口
  营商环境 公共服务 社会治理 乡村振兴 共同富裕 高质量发展 新质生产力 双城经济圈 区域协同 产业升级 科技成果
  人才培养 品牌建设 标准化 专业化 规范化 社会化 职业化 国际化 协同创新 资源共享 优势互补 互利共赢
  老旧小区 托育服务 助餐点 居家养老 长期照护 心理健康 社会工作者 社工站 服务站 网格员 楼栋长 物业 业委会
  农产品 合作社 电商 直播 文旅 非遗 手工艺 茶叶 柑橘 花椒 稻米 竹编 刺绣 民宿 景区 古镇 步道 驿站
  会展 论坛 峰会 沙龙 讲座 研讨会 座谈会 推介会 对接会 洽谈会 博览会 发布会 培训班 工作坊 训练营
  行业自律 信用体系 诚信建设 风险防范 合规经营 内部治理 财务管理 信息公开 年度检查 等级评估 第三方
  专精特新 中小企业 民营经济 外资企业 龙头企业 骨干企业 初创企业 个体工商户 新业态 新就业群体 平台经济
`);

/** Verbs, mostly two characters. */
export const VERBS = split(`
  推动 加强 促进 发挥 提升 推进 完善 建立 深化 服务 引导 支持 参与 开展 搭建 整合 培育 打造 健全 拓展
  探索 构建 落实 创新 优化 强化 规范 激发 凝聚 带动 承接 对接 链接 协调 统筹 聚焦 围绕 坚持 贯彻 实施
  形成 实现 巩固 扩大 增强 改善 保障 维护 回应 解决 总结 推广 复制 分享 交流 学习 借鉴 孵化 赋能 联动
  共建 共享 共治 共创 携手 牵头 组织 策划 举办 承办 协办 发起 倡导 呼吁 动员 吸纳 招募 培训 认证 评价
  监督 检查 指导 帮助 扶持 资助 捐赠 募集 筹措 投入 布局 谋划 部署 调整 转型 升级 融合 渗透 辐射 覆盖
`);

/** Adjectives and modifiers. */
export const ADJECTIVES = split(`
  重要 积极 有效 良好 全面 深入 持续 稳定 健康 有序 广泛 紧密 务实 显著 突出 独特 多元 精准 长效 系统
  基础 关键 核心 主要 具体 实际 现实 长期 短期 更大 更好 更高 更多 共同 各自 相关 有关 专门 综合
  高效 便捷 优质 开放 包容 绿色 低碳 智慧 数字 传统 新兴 先进 典型 可持续 常态化 制度化 品牌化 市场化
`);

/** Adverbs and sentence openers. */
export const ADVERBS = split(`
  进一步 不断 切实 持续 积极 主动 充分 全力 着力 努力 扎实 认真 深入 共同 逐步 加快 大力 广泛 有序 及时
  始终 一直 更加 更好地 尽快 坚决 稳步 统筹 协同 联合
`);

export const CONNECTORS = split(`
  同时 此外 另一方面 与此同时 在此基础上 为此 因此 下一步 具体来说 总的来看 从实践看 近年来 过去一年 今年以来
  接下来 一方面 首先 其次 再次 最后 可以说 事实上 对此 总之
`);

/** Subjects a speaker talks about. */
export const SUBJECTS = split(`
  我们 各级民政部门 广大社会组织 行业协会商会 两地社会组织 基层社区 我会 会员企业 各成员单位 相关部门
  社会各界 志愿服务队伍 专业社工机构 慈善组织 枢纽型社会组织 合作伙伴 新的一届理事会 各区县 我们的团队
`);

/** Measure words and numbers used in concrete claims. */
export const NUMERALS = split(`一 两 三 四 五 六 七 八 九 十 十二 十五 二十 三十 五十 一百 两百 五百 一千 三千`);
export const UNITS = split(`家 个 项 场 次 名 万人次 亿元 万元 户 所 支 批 期 类`);
