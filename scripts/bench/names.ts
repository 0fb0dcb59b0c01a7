/**
 * Real-looking people, places and organizations for the benchmark: common
 * surnames in rough order of frequency, characters often used in given names,
 * provinces and cities grouped by region, fields, kinds of organization and the
 * posts people hold in them. All invented combinations.
 */

const split = (s: string) => s.trim().split(/\s+/);

/** Common surnames, most frequent first (sampled with Zipf weights). */
export const SURNAMES = split(`
  王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董
  袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟
  熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马 上官
`);

/** Characters common in given names. */
export const GIVEN = split(`
  伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 兰 文 辉 建 国 红 海 鹏 飞 宇
  晓 婷 雪 琳 晨 阳 峰 斌 波 宁 志 新 利 民 春 林 燕 萍 俊 凯 浩 亮 丹 梅 鑫 瑞 倩 颖 博 思 远 欣 佳 嘉 楠
  永 庆 东 德 荣 光 正 振 家 立 安 泽 睿 航 帆 蕾 璐 薇 雯 琦 锋 毅 彬 龙 翔 坤 健 成 卫 兵 昊 森 丰 婧
`);

export interface Province {
  name: string;
  /** Short form used in organization names: 四川省 → 四川. */
  short: string;
  cities: string[];
  region: string;
}

/** Provinces and cities of the four regions the archive knows. */
export const PROVINCES: Province[] = [
  {
    name: '重庆市',
    short: '重庆',
    cities: ['渝中区', '江北区', '沙坪坝区', '九龙坡区', '南岸区', '渝北区', '万州区', '涪陵区', '永川区', '合川区'],
    region: 'chengyu',
  },
  {
    name: '四川省',
    short: '四川',
    cities: ['成都市', '绵阳市', '德阳市', '宜宾市', '泸州市', '南充市', '乐山市', '达州市', '遂宁市', '眉山市'],
    region: 'chengyu',
  },
  {
    name: '上海市',
    short: '上海',
    cities: ['浦东新区', '黄浦区', '徐汇区', '静安区', '闵行区', '嘉定区', '松江区', '青浦区'],
    region: 'changsanjiao',
  },
  {
    name: '江苏省',
    short: '江苏',
    cities: ['南京市', '苏州市', '无锡市', '常州市', '南通市', '扬州市', '徐州市', '盐城市', '镇江市'],
    region: 'changsanjiao',
  },
  {
    name: '浙江省',
    short: '浙江',
    cities: ['杭州市', '宁波市', '温州市', '嘉兴市', '湖州市', '绍兴市', '金华市', '台州市'],
    region: 'changsanjiao',
  },
  {
    name: '安徽省',
    short: '安徽',
    cities: ['合肥市', '芜湖市', '蚌埠市', '安庆市', '马鞍山市', '滁州市', '宣城市'],
    region: 'changsanjiao',
  },
  {
    name: '广东省',
    short: '广东',
    cities: ['广州市', '深圳市', '珠海市', '佛山市', '东莞市', '中山市', '惠州市', '江门市', '肇庆市'],
    region: 'yuegangao',
  },
  {
    name: '北京市',
    short: '北京',
    cities: ['东城区', '西城区', '朝阳区', '海淀区', '丰台区', '通州区', '顺义区'],
    region: 'jingjinji',
  },
  { name: '天津市', short: '天津', cities: ['和平区', '河西区', '南开区', '滨海新区', '武清区'], region: 'jingjinji' },
  {
    name: '河北省',
    short: '河北',
    cities: ['石家庄市', '保定市', '唐山市', '廊坊市', '邯郸市', '沧州市'],
    region: 'jingjinji',
  },
];

/** Fields an association or chamber works in. */
export const FIELDS = split(`
  社会组织 慈善 养老服务 物流与采购 机械工程 汽车产业 电子商务 软件 医疗器械 建筑业 旅游 餐饮 烹饪 茶叶 农产品
  食品安全 环境保护 新能源 光伏 家具 纺织服装 珠宝 物业管理 家政服务 人力资源 会计 律师 心理咨询 青少年发展
  残疾人福利 妇女发展 儿童福利 志愿服务 社会工作 乡村发展 文化创意 非物质文化遗产 体育 教育培训 民办教育 科技金融
  知识产权 跨境电商 数字经济 人工智能 集成电路 生物医药 中医药 康养 医养结合 托育 殡葬服务 应急救援 消防安全
`);

export interface OrgKind {
  type:
    | 'government'
    | 'public-institution'
    | 'society'
    | 'association'
    | 'chamber'
    | 'federation'
    | 'foundation'
    | 'social-service'
    | 'research-institute'
    | 'university'
    | 'enterprise';
  /** Builds the name from a place and a field. */
  name: (place: string, field: string) => string;
  roles: string[];
}

/** Kinds of organization with their naming patterns, most frequent first. */
export const ORG_KINDS: OrgKind[] = [
  {
    type: 'association',
    name: (p, f) => `${p}${f}协会`,
    roles: ['会长', '常务副会长', '副会长', '秘书长', '副秘书长', '理事'],
  },
  { type: 'chamber', name: (p, f) => `${p}${f}商会`, roles: ['会长', '执行会长', '常务副会长', '秘书长', '监事长'] },
  { type: 'federation', name: (p, f) => `${p}${f}联合会`, roles: ['主席', '副主席', '秘书长', '理事长'] },
  { type: 'society', name: (p, f) => `${p}${f}学会`, roles: ['理事长', '副理事长', '秘书长', '常务理事'] },
  { type: 'social-service', name: (p, f) => `${p}${f}服务中心`, roles: ['主任', '副主任', '项目主管', '督导'] },
  { type: 'foundation', name: (p, f) => `${p}${f}基金会`, roles: ['理事长', '秘书长', '副秘书长', '项目总监'] },
  {
    type: 'government',
    name: (p) => `${p}民政${p.endsWith('省') ? '厅' : '局'}`,
    roles: ['厅长', '局长', '副局长', '二级巡视员', '处长', '副处长', '社会组织管理局局长'],
  },
  { type: 'research-institute', name: (p, f) => `${p}${f}研究院`, roles: ['院长', '副院长', '研究员', '首席专家'] },
  {
    type: 'university',
    name: (p) => `${p.replace(/[省市区]$/, '')}大学`,
    roles: ['教授', '副教授', '院长', '副院长', '研究中心主任'],
  },
  { type: 'public-institution', name: (p, f) => `${p}${f}促进中心`, roles: ['主任', '副主任', '科长'] },
  {
    type: 'enterprise',
    name: (p, f) => `${p.replace(/[省市区]$/, '')}${f}集团有限公司`,
    roles: ['董事长', '总经理', '副总经理', '党委书记'],
  },
];

export const SPEECH_TITLES_HEAD = split(`
  以高质量党建引领 凝聚合力 携手同行 守正创新 深耕基层 聚力赋能 协同共进 立足行业 扎根社区 服务大局
`);
