/** An organization: a government department, an association, a company, a university… */
import { z } from 'astro/zod';
import { httpUrl, ref, text } from './common.ts';

/** Kinds of organization, in the terms Chinese registration uses. */
export const ORGANIZATION_TYPES = {
  government: '党政机关',
  'public-institution': '事业单位',
  society: '学会',
  association: '协会',
  chamber: '商会',
  federation: '联合会',
  foundation: '基金会',
  'social-service': '社会服务机构',
  'research-institute': '研究机构',
  university: '高等院校',
  enterprise: '企业',
  media: '媒体',
  other: '其他',
} as const;

export type OrganizationType = keyof typeof ORGANIZATION_TYPES;

export const organization = z
  .object({
    name: text('全称（简体），例如 重庆市民政局'),
    shortName: text('简称，例如 市民政局').optional(),
    aliases: z.array(text('其他名称')).default([]).describe('其他名称：繁体写法、曾用名、报道中出现的别称'),
    englishName: text(
      '英文名称（可选）：机构或其政府使用的官方英文名，确知时填写，例如 民政部 → Ministry of Civil Affairs、四川省民政厅 → Department of Civil Affairs of Sichuan Province；英文界面写在中文名之前',
    ).optional(),
    type: z
      .enum(Object.keys(ORGANIZATION_TYPES) as [OrganizationType, ...OrganizationType[]], {
        message: `类型应为 ${Object.keys(ORGANIZATION_TYPES).join('、')} 之一`,
      })
      .describe(
        `机构类型：${Object.entries(ORGANIZATION_TYPES)
          .map(([k, v]) => `${k}（${v}）`)
          .join('、')}`,
      ),
    parent: ref('organizations').optional().describe('上级或主管机构的 id，例如 局内处室的上级是该局'),
    region: ref('regions').optional().describe('所在区域的 id（可选）'),
    place: text('所在地，例如 重庆市、江苏省苏州市').optional(),
    website: httpUrl.optional().describe('官方网站'),
    note: text('说明').optional(),
  })
  .strict();

export type Organization = z.output<typeof organization>;
