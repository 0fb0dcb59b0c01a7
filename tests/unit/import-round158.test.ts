/**
 * Round 158 of the importer (stop 63), from counts over the 560 blind reports of stop 62 and the shared corpus rather
 * than from one wave's misses: a name and a day on a line of their own over the article (`2020-01-10 某某发布`,
 * `某某日报 2018年11月30日`) name the outlet, whatever the name ends in; a ministry of the State Council (`司法部`) is
 * named whole; a body the text says convened its own congress (`某协会召开第N次会员代表大会`) is its organizer. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const body = '3月18日，白江市风筝协会在白江广场举办第五届白江风筝节，会长张白江致辞。';

describe('round 158', () => {
  it('takes the name a stamp line gives over the article for the outlet', () => {
    expect(reportFacts(`白江风筝节开幕\n\n2020-03-19     白江发布\n\n${body}`).outlet).toBe('白江发布');
    expect(reportFacts(`白江风筝节开幕\n\n白江视点 2020-03-19 17:44 2\n\n${body}`).outlet).toBe('白江视点');
    // (A paper's name and day where the headline would be: a stamp, not the headline.)
    const f = reportFacts(`白江日报 2020年03月19日\n${body}`);
    expect(f.outlet).toBe('白江日报');
    expect(f.headline).not.toBe('白江日报 2020年03月19日');
  });

  it('takes no person’s name on a stamp line for the outlet, and reads a 来源 line first', () => {
    expect(reportFacts(`白江风筝节开幕\n\n张白江 2020-03-19\n\n${body}`).outlet).toBeUndefined();
    expect(reportFacts(`白江风筝节开幕\n\n白江之家 2020-03-19\n\n来源:白江市体育总会\n\n${body}`).outlet).toBe(
      '白江市体育总会',
    );
  });

  it('names a ministry of the State Council whole', () => {
    expect(reportFacts(`白江风筝节开幕\n\n司法部 2020-03-19 22:59\n\n${body}`).outlet).toBe('司法部');
    // (A party committee's department, whose committee the name does not say, is still left to the editor.)
    expect(reportFacts(`白江风筝节开幕\n\n宣传部 2020-03-19 22:59\n\n${body}`).outlet).toBeUndefined();
  });

  it('takes a body that convened its own congress for its organizer, not one whose congress only opened', () => {
    const convened = reportFacts(
      '白江市风筝协会召开第三次会员代表大会\n3月18日，白江市风筝协会在白江宾馆召开第三次会员代表大会，会长张白江作工作报告。',
    );
    expect(convened.organizers).toEqual(['白江市风筝协会']);
    const opened = reportFacts(
      '白江市风筝协会第三次会员代表大会召开\n3月18日，白江市风筝协会第三次会员代表大会在白江宾馆召开，会长张白江作工作报告。',
    );
    expect(opened.organizers).toEqual([]);
  });
});
