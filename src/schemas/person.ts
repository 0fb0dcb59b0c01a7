/**
 * A person, one record each, with a stable pinyin id. Positions are not kept here:
 * they change, so each speech records the position its speaker held then (时任).
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const person = z
  .object({
    name: text('姓名（简体），例如 周利民'),
    variants: z
      .array(text('姓名的其他写法'))
      .default([])
      .describe('姓名的其他写法，例如繁体 周利民 → 週利民（若不同）、曾用名'),
    pinyin: z
      .string()
      .trim()
      // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining tone marks (\u0300-\u036f) are accepted on their own, for pinyin typed decomposed.
      .regex(/^[A-Za-zÀ-ɏ\u0300-\u036f]+(?:[ '-][A-Za-zÀ-ɏ\u0300-\u036f]+)*$/, {
        message: '拼音只能含拉丁字母（可带声调）、空格、连字符和隔音符，例如 Zhōu Lìmín',
      })
      .describe('姓名拼音，姓与名分开，可带声调，例如 Zhōu Lìmín'),
    englishName: text('英文名（本人使用的，若有）').optional(),
    note: text('同名区分说明，例如 四川省民政厅社会组织管理局局长').optional(),
  })
  .strict();

export type Person = z.output<typeof person>;
