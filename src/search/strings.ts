/**
 * The search interface's words in each interface language. The page's
 * `<html lang>` picks them (`en` in the English interface). Result titles,
 * excerpts and filter values are the records' Chinese and are marked
 * lang="zh-CN" there, except the fixed vocabularies (result types, kinds of speech),
 * which the English interface translates. Results link to the same pages in either language.
 */
import { KINDS_EN } from '../lib/i18n/kinds-en.ts';

export const SEARCH_STRINGS = {
  zh: {
    filters: {
      type: '类型',
      year: '年份',
      region: '区域',
      series: '系列',
      kind: '发言类型',
      organization: '机构',
    } as Record<string, string>,
    placeholder: '人名、机构、题目、主题…（简繁皆可，也可输入拼音）',
    results: '搜索结果',
    filterGroup: '筛选条件',
    label: '搜索议录',
    sort: '排序',
    byRelevance: '按相关度',
    byDate: '按日期（新→旧）',
    filterPanel: '筛选与排序',
    fullPage: '在搜索页打开（可分享链接）',
    start: '输入关键词开始搜索。',
    all: (label: string) => `${label}：全部`,
    noIndex: '搜索索引无法载入。开发模式下没有索引：请运行 npm run build 后用 npm run preview 查看。',
    none: (q: string) => `没有找到含有“${q}”的内容。可以试试更短的词、人名或机构名。`,
    found: (n: number, capped: boolean) => `找到 ${n} 条结果${capped ? '，可能还有更多' : ''}。`,
    moreResults: '显示更多结果',
    enterHint: '按 Enter 打开第一条结果，↓↑ 在结果间移动，Esc 关闭。',
    loosened: (q: string, words: string[], n: number) =>
      `没有找到完整的“${q}”；以下 ${n} 条结果分别含有${words.map((w) => `“${w}”`).join('')}。`,
    sections: '相关段落',
    dialog: '搜索',
    close: '关闭',
    closeLabel: '关闭搜索',
    types: {} as Record<string, string>,
  },
  en: {
    filters: {
      type: 'Type',
      year: 'Year',
      region: 'Region',
      series: 'Series',
      kind: 'Kind of speech',
      organization: 'Organization',
    } as Record<string, string>,
    placeholder: 'Names, organizations, titles, topics… (Chinese or pinyin)',
    results: 'Search results',
    filterGroup: 'Filters',
    label: 'Search Yilu',
    sort: 'Sort',
    byRelevance: 'By relevance',
    byDate: 'By date (newest first)',
    filterPanel: 'Filter and sort',
    fullPage: 'Open on the search page (shareable link)',
    start: 'Type to search.',
    all: (label: string) => `${label}: all`,
    noIndex:
      'The search index could not be loaded. There is none in dev mode: run npm run build, then npm run preview.',
    none: (q: string) => `Nothing found for “${q}”. Try a shorter word, a name or an organization.`,
    found: (n: number, capped: boolean) =>
      `${n} ${n === 1 ? 'result' : 'results'}${capped ? '; there may be more' : ''}.`,
    moreResults: 'More results',
    enterHint: 'Enter opens the first result, ↓↑ move between results, Esc closes.',
    loosened: (q: string, words: string[], n: number) =>
      `Nothing holds “${q}” as written; ${n === 1 ? 'this result holds' : `these ${n} results hold`} each of ${words.map((w) => `“${w}”`).join(', ')}.`,
    sections: 'Matching sections',
    dialog: 'Search',
    close: 'Close',
    closeLabel: 'Close search',
    /** Result types and the fixed vocabularies a filter offers (kinds of speech): English, as the rest of the interface. */
    types: KINDS_EN as Record<string, string>,
  },
};

export type SearchStrings = (typeof SEARCH_STRINGS)['zh'];

/** The strings for the page's language. */
export const searchStrings = (lang: string | null): SearchStrings =>
  lang === 'en' ? SEARCH_STRINGS.en : SEARCH_STRINGS.zh;
