/** A region that conferences serve: 成渝地区双城经济圈, 长三角, 粤港澳大湾区, 京津冀… */
import { z } from 'astro/zod';
import { ref, text } from './common.ts';

export const region = z
  .object({
    name: text('区域全称，例如 长江三角洲地区'),
    shortName: text('简称，例如 长三角').optional(),
    englishName: text('英文名称，例如 Yangtze River Delta').optional(),
    members: z
      .array(text('组成的省级行政区或城市'))
      .default([])
      .describe('组成部分，例如 上海市、江苏省、浙江省、安徽省'),
    parent: ref('regions').optional().describe('上级区域的 id（可选）'),
    description: text('一两句话的简介，用自己的话写'),
    order: z.number().int().default(100).describe('在区域列表中的排序，数字小的在前'),
  })
  .strict();

export type Region = z.output<typeof region>;
