/**
 * China's 34 province-level divisions as a schematic tile grid: one square each,
 * placed so neighbours stay roughly neighbours. It is deliberately not a map — no
 * borders, no coastline, no scale — because maps published in China need an
 * approved review number (审图号) and a schematic does not.
 */
export interface ProvinceTile {
  /** Full name, as the gazetteer (GB/T 2260) writes it. */
  name: string;
  /** The short form written on the tile. */
  short: string;
  /** English name (pinyin, or the usual English form). */
  en: string;
  /** Two-letter code (GB/T 2260 / ISO 3166-2:CN), written on the tile in the English interface. */
  code: string;
  col: number;
  row: number;
}

const T = (name: string, short: string, en: string, code: string, col: number, row: number): ProvinceTile => ({
  name,
  short,
  en,
  code,
  col,
  row,
});

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  T('黑龙江省', '黑龙江', 'Heilongjiang', 'HL', 6, 0),
  T('内蒙古自治区', '内蒙古', 'Inner Mongolia', 'NM', 4, 1),
  T('吉林省', '吉林', 'Jilin', 'JL', 6, 1),
  T('新疆维吾尔自治区', '新疆', 'Xinjiang', 'XJ', 0, 2),
  T('甘肃省', '甘肃', 'Gansu', 'GS', 1, 2),
  T('宁夏回族自治区', '宁夏', 'Ningxia', 'NX', 2, 2),
  T('山西省', '山西', 'Shanxi', 'SX', 3, 2),
  T('北京市', '北京', 'Beijing', 'BJ', 4, 2),
  T('天津市', '天津', 'Tianjin', 'TJ', 5, 2),
  T('辽宁省', '辽宁', 'Liaoning', 'LN', 6, 2),
  T('青海省', '青海', 'Qinghai', 'QH', 1, 3),
  T('陕西省', '陕西', 'Shaanxi', 'SN', 2, 3),
  T('河南省', '河南', 'Henan', 'HA', 3, 3),
  T('河北省', '河北', 'Hebei', 'HE', 4, 3),
  T('山东省', '山东', 'Shandong', 'SD', 5, 3),
  T('西藏自治区', '西藏', 'Tibet', 'XZ', 0, 4),
  T('四川省', '四川', 'Sichuan', 'SC', 1, 4),
  T('重庆市', '重庆', 'Chongqing', 'CQ', 2, 4),
  T('湖北省', '湖北', 'Hubei', 'HB', 3, 4),
  T('安徽省', '安徽', 'Anhui', 'AH', 4, 4),
  T('江苏省', '江苏', 'Jiangsu', 'JS', 5, 4),
  T('上海市', '上海', 'Shanghai', 'SH', 6, 4),
  T('云南省', '云南', 'Yunnan', 'YN', 1, 5),
  T('贵州省', '贵州', 'Guizhou', 'GZ', 2, 5),
  T('湖南省', '湖南', 'Hunan', 'HN', 3, 5),
  T('江西省', '江西', 'Jiangxi', 'JX', 4, 5),
  T('浙江省', '浙江', 'Zhejiang', 'ZJ', 5, 5),
  T('广西壮族自治区', '广西', 'Guangxi', 'GX', 2, 6),
  T('广东省', '广东', 'Guangdong', 'GD', 3, 6),
  T('福建省', '福建', 'Fujian', 'FJ', 4, 6),
  T('台湾省', '台湾', 'Taiwan', 'TW', 5, 6),
  T('海南省', '海南', 'Hainan', 'HI', 2, 7),
  T('澳门特别行政区', '澳门', 'Macao', 'MO', 3, 7),
  T('香港特别行政区', '香港', 'Hong Kong', 'HK', 4, 7),
];

export const GRID_COLUMNS = 1 + Math.max(...PROVINCE_TILES.map((t) => t.col));
export const GRID_ROWS = 1 + Math.max(...PROVINCE_TILES.map((t) => t.row));
