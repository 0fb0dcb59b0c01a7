/**
 * Round 154 of the importer (stop 62), from stop 62's third wave (NK to NR) after its honest run: the report's own place
 * (`我市`) in an event's name is written by its name once the event is placed; a library's or an archive's new building
 * is opened by the library or archive named before the verb (`某区图书馆举行新馆开馆仪式`); a feature's subtitle
 * (`---记…`), a caption's small Latin words (`media photo …`) and a year whose digits the page lost before a place
 * (`共同举办年某省…`) are no part of a name, and the bodies before such a year still held the event. On text written for
 * the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, reportFacts } from '../support/import.ts';

describe('round 154', () => {
  it('writes the report’s own city in the event’s name by its name', () => {
    const f = reportFacts(
      '白江宣传周启动\n12月4日，我市2024年“白江宣传周”启动仪式在武穴市白江广场举行，武穴市白江局局长张三致辞。',
    );
    expect(f.title).toBe('武穴市2024年“白江宣传周”启动仪式');
  });

  it('names the opening of a new building after the library that held it', () => {
    expect(eventTitle(['5月6日上午，白江区图书馆在三楼报告厅举行了新馆开馆仪式。'])).toBe('白江区图书馆新馆开馆仪式');
  });

  it('leaves a feature’s subtitle and a caption’s Latin words out of the name', () => {
    expect(eventTitle(['---记白江市第八届老年人运动会白江球交流比赛'])).toBe('白江市第八届老年人运动会白江球交流比赛');
    expect(eventTitle(['media photo 白江部第二届卫星科学工作坊在白江举行。'])).toBe('白江部第二届卫星科学工作坊');
  });

  it('leaves a year’s lost digits out of the name, and still reads who held it', () => {
    const f = reportFacts(
      '白江爱鸟周\n4月2日，省白江局联合白江市公园管理局、白江省野生动物保护协会，在白江小学共同举办年白江省暨白江市第40届“爱鸟周”公益宣传活动。',
    );
    expect(f.title).toBe('白江省暨白江市第40届“爱鸟周”公益宣传活动');
    expect(f.organizers).toEqual(['省白江局', '白江市公园管理局', '白江省野生动物保护协会']);
  });
});
