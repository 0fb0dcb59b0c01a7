/** A recurring conference, such as 长三角社会组织协同发展大会, each year an edition. */
import { z } from 'astro/zod';
import { ref, text } from './common.ts';

export const series = z
  .object({
    name: text('系列会议名称，不含年份，例如 长三角社会组织协同发展大会'),
    shortName: text('简称，例如 长三角大会').optional(),
    englishName: text('英文名称').optional(),
    regions: z.array(ref('regions')).min(1, { message: '至少属于一个区域' }).describe('所属区域的 id 列表'),
    description: text('系列简介：由谁发起、多久举办一次、各届在哪里举办，用自己的话写'),
    aliases: z.array(text('别称')).default([]).describe('报道中出现过的其他叫法'),
  })
  .strict();

export type Series = z.output<typeof series>;
