/**
 * Round 73 of the importer (stop 44, from what the blind sets MW to ND, collected this stop and measured at c55b2ce
 * before any change, read wrong): a service week and a qualifying match as kinds of event, what a body held to
 * celebrate, a short Latin name in brackets, a half-year's office meeting held online; a 年会 held with a meeting its
 * year names, and the year a scene-setting sentence gives; 组织部 in a convener's name, a bare 秘书处 as convener, an
 * intern's byline; 提交, 一同, 太平绅士, 法定代表人 and 首席执行官 around people. On text written for the test (no sentence
 * of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/lib/import/facts/dates.ts';
import { slugify } from '../../src/lib/import/ids.ts';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 73: event names', () => {
  it('knows a service week, a qualifying match and an exchange gathering, without the 活动 after them', () => {
    expect(eventTitle(['11月30日，白江青年科技交流汇活动在青山拉开序幕。'])).toBe('白江青年科技交流汇');
    expect(eventTitle(['9月17日，首届白江省典当咨询服务周在青山圆满落幕。'])).toBe('首届白江省典当咨询服务周');
    expect(eventTitle(['5月21日，白江省第二届拍卖师大赛暨全国拍卖师竞赛白江预选赛活动在青山举行。'])).toBe(
      '白江省第二届拍卖师大赛暨全国拍卖师竞赛白江预选赛',
    );
  });

  it('names what a body held to celebrate after the body', () => {
    expect(eventTitle(['白江供水协会为庆祝第30届节水节暨第9届年会于17日假青山大学举行。'])).toBe(
      '白江供水协会第30届节水节暨第9届年会',
    );
  });

  it('leaves out a short Latin name in brackets', () => {
    expect(eventTitle(['5月20日，首届白江会展业发展论坛(BJHZ)在青山顺利召开。'])).toBe('首届白江会展业发展论坛');
    expect(eventTitle(['5月20日，首届白江会展业发展论坛(BJHZ 2022)在青山顺利召开。'])).toBe('首届白江会展业发展论坛');
  });

  it('gives a half-year’s office meeting held online the body that held it', () => {
    expect(eventTitle(['2022年4月28日，白江典当协会鉴定委员会通过线上召开2022年下半年主任办公会。'])).toBe(
      '白江典当协会鉴定委员会2022年下半年主任办公会',
    );
  });
});

describe('round 73: dates', () => {
  it('takes the year of a meeting named with it, though a 年会 is held with it in December', () => {
    expect(
      readDates(['12月6日，白江皮革协会2024年理事会扩大会议暨白江皮革行业年会在青山举行。'], {
        title: '白江皮革协会2024年理事会扩大会议暨白江皮革行业年会',
      }),
    ).toMatchObject({ start: '2024-12-06' });
  });

  it('takes the year of the sentence before that only sets the scene', () => {
    const facts = factsOf(
      'URL: unknown\n\n2024年11月是第33个全国消防宣传月。11月8日，白江燃气行业第七届消防运动会在青山隆重开幕。白江燃气协会会长李青山致辞。',
    );
    expect(facts.startDate).toBe('2024-11-08');
  });
});

describe('round 73: organizers and outlets', () => {
  it('keeps 组织部 in a convener’s name, and takes no bare 秘书处 as an organizer', () => {
    const joint = factsOf(
      'URL: unknown\n\n日前，白江市委组织部、白江市关工委、白江市教育局联合举办“同心成长”助学结对签约仪式。白江市委常委李青山出席。',
    );
    expect(joint.organizers).toEqual(['白江市委组织部', '白江市关工委', '白江市教育局']);
    const office = factsOf(
      'URL: unknown\n\n今天（1月27日）下午，秘书处在青山召开六届一次秘书长工作会议。会上李青山会长为副秘书长颁发聘书。',
    );
    expect(office.organizers).toEqual([]);
  });

  it('reads the site of a byline credited to an intern, not the headline run on before it', () => {
    const facts = factsOf(
      'URL: unknown\n\n李青山出席 白江网讯 (实习生 王小明 ) 8月19日，白江中药材协会成立大会在青山举行，会长李青山讲话。',
    );
    expect(facts.outlet).toBe('白江网');
  });
});

describe('round 73: people', () => {
  it('reads people before 提交, 一同 and 太平绅士, and the posts 法定代表人 and 首席执行官', () => {
    expect(
      people('白江皮革协会理事长李青山提交大会审议《工作报告》。').map(([name, position]) => [name, position]),
    ).toEqual([['李青山', '白江皮革协会理事长']]);
    expect(people('白江鞋业商会主席王小明、会长张大为一同率领全体会董宣誓就职。').map(([name]) => name)).toEqual([
      '王小明',
      '张大为',
    ]);
    expect(people('白江发展局局长李青山太平绅士出席晚宴。')).toEqual([['李青山', '白江发展局局长', '出席']]);
    expect(people('1月19日，白江担保协会法定代表人王小明等一行赴青山走访调研。')).toEqual([
      ['王小明', '白江担保协会法定代表人', '出席'],
    ]);
    expect(people('白江体育用品有限公司首席执行官张大为出席。')).toEqual([
      ['张大为', '白江体育用品有限公司首席执行官', '出席'],
    ]);
  });
});

describe('round 73: ids', () => {
  it('spells 第 as a word of its own in an id, not the end of the word before it', () => {
    expect(slugify('白江供水协会第')).toMatch(/-di$/);
  });
});
