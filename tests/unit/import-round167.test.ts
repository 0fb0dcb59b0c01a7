/**
 * Round 167 of the importer (stop 66), from the event names readers wrote that the importer missed on the wave RC2 to
 * RJ2: how it went said with 火热, 热闹 or 精彩 before 举行; the short name in brackets after the name (`（某交会）`);
 * one dash between two parties after an edition (`第九届中国—某盟博览会`); a theme quoted after 以 without 为主题
 * (`以“…”的某活动`); what the event is part of, set before it with a pause (`某系列活动之一、某研讨会`); and an
 * exclamation inside a quoted slogan (`“你好！某地”——某推广季启动仪式`), which neither ends the sentence nor the name.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const title = (...lines: string[]) => reportFacts(['发布时间：2021-10-09', ...lines].join('\n')).title;
const seen = '白江协会会长李明江出席。';

describe('round 167', () => {
  it('reads a name held 火热 or 热闹', () => {
    expect(title(`8月20日上午，2020年白江镇第二届葡萄采摘节火热举行。${seen}`)).toBe('2020年白江镇第二届葡萄采摘节');
    expect(title(`8月20日上午，白江镇首届樱桃节热闹举行。${seen}`)).toBe('白江镇首届樱桃节');
  });

  it('leaves out the short name in brackets after the name', () => {
    expect(title(`10月14日，第110届白江商品交易会（秋交会）14日在白江市举行开幕式。${seen}`)).toBe(
      '第110届白江商品交易会',
    );
  });

  it('keeps one dash between two parties after an edition', () => {
    expect(title(`9月21日，第九届中国—白江博览会在白江市隆重开幕。${seen}`)).toBe('第九届中国—白江博览会');
  });

  it('leaves out a theme quoted after 以 without 为主题', () => {
    expect(title(`5月25日上午，以“让读书成为习惯”的白江市2009年全民读书活动在白江图书馆拉开了序幕。${seen}`)).toBe(
      '白江市2009年全民读书活动',
    );
  });

  it('leaves out what the event is part of, set before it with a pause', () => {
    expect(title(`5月25日上午，第十一届白江奖颁奖系列活动之一、白江曲艺传承研讨会在白江学校举行。${seen}`)).toBe(
      '白江曲艺传承研讨会',
    );
  });

  it('reads a name after a slogan with an exclamation inside its quotes', () => {
    expect(title(`“你好！白江”——2024白江冰雪旅游推广季启动仪式8日在白江市举行。${seen}`)).toBe(
      '2024白江冰雪旅游推广季启动仪式',
    );
  });
});
