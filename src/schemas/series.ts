/** A recurring conference, such as 长三角社会组织协同发展大会, each year an edition. */
import { z } from 'astro/zod';
import { ref, source, text } from './common.ts';

export const series = z
  .object({
    name: text('系列会议名称，不含年份，例如 长三角社会组织协同发展大会'),
    shortName: text('简称，例如 长三角大会').optional(),
    englishName: text('英文名称').optional(),
    regions: z.array(ref('regions')).min(1, { message: '至少属于一个区域' }).describe('所属区域的 id 列表'),
    description: text('系列简介：由谁发起、多久举办一次、各届在哪里举办，用自己的话写'),
    aliases: z.array(text('别称')).default([]).describe('报道中出现过的其他叫法'),
    frequency: text('举办周期，例如 每年一届（来源写明时填写）').optional(),
    hosting: text('由谁主办、在哪里举办、是否轮流或竞争承办，用自己的话写，依据 sources').optional(),
    sources: z
      .array(source)
      .optional()
      .describe('系列层面事实（举办周期、轮办规则、未收录的届次）的来源；各届会议的来源写在会议里'),
  })
  .strict();

export type Series = z.output<typeof series>;
