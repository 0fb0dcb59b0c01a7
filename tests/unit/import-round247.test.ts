/**
 * Round 247 (stop 75), from the 160 of BW3 to CL3 (CE3 to CL3 read once at a385671, after round 246):
 * - people: a farming department's `总畜牧兽医师` and `总畜牧师` are posts (not a cleric, 牧师, after the name 总畜);
 *   `合影后`, `某乡党政负责人`'s 党政 and 文化 of `副部长、文化和旅游厅厅长` are no names; `以某厅副厅长某某为代表的`: 以 is
 *   no part of the post, nor a photo's credit run on before it (`某网 记者 某某 摄某研究所院士`); a body's `特聘专家` is
 *   a post, as a `首席专家` is;
 * - outlets: advertising before an agency's dateline (`某某体育娱乐平台中新网某地3月7日电`);
 * - event names: a festival's name, then a contest or an activity joined to it, without its 开幕式 (`某文化节暨某大赛开幕式`);
 *   a quoted slogan of two phrases split by 、 (in “” or 「」) before a year or a province's full name is left out.
 * On the 160: 5 event names right (all wrong before), 2 outlets right (both wrong before), people with positions 466
 * right / 46 wrong → 474 / 37, 4 names wrong gone. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, people, reportFacts } from '../support/import.ts';

describe('round 247', () => {
  it("reads a farming department's chief animal-husbandry officers", () => {
    expect(people('省农业农村厅总畜牧兽医师李一青、副市长王二白等出席签约仪式。')).toContainEqual([
      '李一青',
      '省农业农村厅总畜牧兽医师',
      '出席',
    ]);
    const read = people('白江省畜牧研究院党委委员、总畜牧师、青禾研究所所长李一青研究员带领专家团调研。');
    expect(read.map(([name]) => name)).toEqual(['李一青']);
    expect(read[0]![1]).toBe('白江省畜牧研究院党委委员、总畜牧师、青禾研究所所长');
  });

  it('reads no name from a photo call, a township’s leaders or a department of culture and tourism', () => {
    expect(people('授牌及全体与会代表合影后，围绕这一主题展开研讨。')).toEqual([]);
    expect(people('青禾乡党政负责人及全体干部出席开幕式。')).toEqual([]);
    expect(people('省委统战部副部长钟四白，省委宣传部副部长、文化和旅游厅厅长戴五青等出席开幕式。')).toEqual([
      ['钟四白', '省委统战部副部长', '出席'],
      ['戴五青', '省委宣传部副部长、文化和旅游厅厅长', '出席'],
    ]);
  });

  it('reads posts without 以 or a photo credit in front, and with a body’s 特聘专家', () => {
    expect(people('以白江省国土资源厅副厅长李一青为代表的各省代表出席会议。')).toContainEqual([
      '李一青',
      '白江省国土资源厅副厅长',
      '出席',
    ]);
    expect(people('青禾网 记者 白江 摄白江大学教授李一青等出席年会开幕式。')).toContainEqual([
      '李一青',
      '白江大学教授',
      '出席',
    ]);
    expect(people('白江省青禾协会秘书长、中国白江协会特聘专家李一青出席并致辞。')).toContainEqual([
      '李一青',
      '白江省青禾协会秘书长、中国白江协会特聘专家',
      '致辞',
    ]);
  });

  it("reads the agency after a mirror's advertising", () => {
    const facts = reportFacts(
      '白江雕塑大赛开幕\nk1体育娱乐平台中新网郴州3月7日电（青禾 白江） 2024第二届白江动物雕塑大赛7日在青禾镇开幕。',
    );
    expect(facts.outlet).toBe('中新网');
  });

  it('reads a festival and what was held with it without the opening, and no two-phrase slogan before a name', () => {
    expect(eventTitle(['9月17日，第五届白江国际湖笔文化节暨第十一届全国青禾运动大赛开幕式在白江举行。'])).toBe(
      '第五届白江国际湖笔文化节暨第十一届全国青禾运动大赛',
    );
    expect(eventTitle(['12月30日，2018白江欢乐节第十届青禾砚文化艺术节•四方论砚交流活动开幕式在白江举行。'])).toBe(
      '2018白江欢乐节第十届青禾砚文化艺术节•四方论砚交流活动',
    );
    expect(eventTitle(['5月1日，白江读书活动启动仪式暨“青禾文化节”开幕式在白江举行。'])).toBe(
      '白江读书活动启动仪式暨“青禾文化节”开幕式',
    );
    expect(eventTitle(['1月30日，“腾飞白江、轴转全球”2023年度白江市轴承行业协会会员代表大会召开。'])).toBe(
      '2023年度白江市轴承行业协会会员代表大会',
    );
    expect(eventTitle(['6月28日，「畅享绿色青禾、烤出人间烟火」黑龙江省白江县烤肉美食节开幕。'])).toBe(
      '黑龙江省白江县烤肉美食节',
    );
  });
});
