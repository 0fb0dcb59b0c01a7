/**
 * Round 171 of the importer (stop 66), from the event names and organizers readers wrote that the importer missed on the
 * waves RC2 to SH2: the 由 of a word (`自由贸易试验区`) inside a name; a festival whose year follows a quoted slogan or
 * the place it is of (`“甲·乙”2017某渔民节`, `“甲·乙”某地2024年某泼水节`); a name in 「」 with a colon inside it, or
 * followed by 今日（1日） or 今、明两日（…）; a theme quoted in 「」 (`以「甲，乙」为主题的`); and bodies followed right by
 * the day they convened (`省政府9月28日召开…`). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const facts = (line: string) => reportFacts(`发布时间：2024-04-14\n${line}白江协会会长李明江出席。`);
const title = (line: string) => facts(line).title;

describe('round 171', () => {
  it('reads a name with 自由 in it', () => {
    expect(title('8月30日，中国（白江）自由贸易试验区揭牌仪式在白江市举行。')).toBe(
      '中国（白江）自由贸易试验区揭牌仪式',
    );
  });

  it('reads a festival whose year follows a quoted slogan or its place', () => {
    expect(title('6日上午，“祈福平安·感恩白江”2017白江渔民节在白江渔港举行。')).toBe(
      '“祈福平安·感恩白江”2017白江渔民节',
    );
    expect(title('13日，“千景之谷·花朝水悦”丽江2024年采花泼水节在丽江市启幕。')).toBe(
      '“千景之谷·花朝水悦”丽江2024年采花泼水节',
    );
  });

  it('reads a name in 「」 with a colon inside, and the days after it', () => {
    expect(title('由白江署主办的「开心白江：白江农墟贺国庆嘉年华」今日（1日）开幕。')).toBe(
      '开心白江：白江农墟贺国庆嘉年华',
    );
    expect(title('「开心白江渔农嘉年华」今、明两日（7月29日及7月30日）在白江举行。')).toBe('开心白江渔农嘉年华');
  });

  it('leaves out a theme quoted in 「」', () => {
    expect(title('以「白江互联，共商共荣」为主题的第十二届白江口岸城市市长论坛8日在白江市开幕。')).toBe(
      '第十二届白江口岸城市市长论坛',
    );
  });

  it('reads the bodies right before the day they convened', () => {
    expect(facts('本报讯：省政府9月28日召开全省白江防火工作会议，确定了目标。').organizers).toEqual(['省政府']);
  });

  it('reads no festival after words that are no place', () => {
    expect(title('11月11日，白山式成2023年中国白江家具采购节在白江盛大开幕。')).not.toBe(
      '白山式成2023年中国白江家具采购节',
    );
  });
});
