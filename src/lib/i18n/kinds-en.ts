/**
 * The archive's fixed vocabularies in English (speech and session kinds, organization
 * types, search result types and filters): en.ts's `kinds`, kept apart so the search
 * interface (src/search/strings.ts) can translate filter values without the whole dictionary.
 */
import type { KindWord } from './zh.ts';

export const KINDS_EN = {
  // speeches
  致辞: 'Address',
  讲话: 'Speech',
  主旨演讲: 'Keynote',
  主旨报告: 'Keynote report',
  专题分享: 'Talk',
  交流发言: 'Contribution',
  主持: 'Chair',
  点评: 'Comment',
  总结: 'Closing remarks',
  其他: 'Other',
  // sessions
  开幕式: 'Opening',
  专家分享: 'Expert talks',
  签约仪式: 'Signing ceremony',
  发布仪式: 'Launch ceremony',
  颁授仪式: 'Award ceremony',
  主题分享会: 'Themed talks',
  平行论坛: 'Parallel forum',
  参观: 'Visit',
  闭幕式: 'Closing',
  // organization types
  党政机关: 'Government body',
  事业单位: 'Public institution',
  学会: 'Learned society',
  协会: 'Association',
  商会: 'Chamber of commerce',
  联合会: 'Federation',
  基金会: 'Foundation',
  社会服务机构: 'Social service organization',
  研究机构: 'Research institute',
  高等院校: 'University',
  企业: 'Company',
  媒体: 'Media',
  // search result types
  会议: 'Conference',
  发言: 'Speech',
  人物: 'Person',
  机构: 'Organization',
  系列: 'Series',
  区域: 'Region',
  // search filters
  类型: 'Type',
  年份: 'Year',
  发言类型: 'Kind of speech',
} satisfies Record<KindWord, string>;
