/**
 * Round 176 (stop 67), from the waves SY2 to TN2: bodies that held an event together with 联合/共同/合作举办 when its name
 * follows the verb (`由甲、乙和丙联合举办《某》现场培训会`; not `由甲、乙共同举办，…`, said of a series before a comma), a
 * political consultative conference's 专题监督会, and an exhibition named by a quoted title (`“某某——某大学40年”展览`). On
 * text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 176', () => {
  it('reads the bodies that 联合举办 the event named after the verb', () => {
    const f = reportFacts(
      '发布时间：2021-01-06\n2021年1月5日，由白江省科普工作队、白江省社区科普研究会和青禾县科协联合举办《牛羊白江与生产管理》现场培训会。',
    );
    expect(f.organizers).toEqual(['白江省科普工作队', '白江省社区科普研究会', '青禾县科协']);
  });

  it('does not read bodies said to hold a series before a comma', () => {
    const f = reportFacts(
      '发布时间：2020-10-18\n17日，第九届白江创新大赛青禾赛区总决赛启动仪式在青禾举行。白江创新大赛由白江部、青禾部等部门共同举办，白江中心等单位承办。',
    );
    expect(f.organizers).toEqual([]);
  });

  it('reads a 专题监督会 and a quoted exhibition as events', () => {
    expect(reportFacts('发布时间：2024-11-22\n昨天，白江市政协召开“加强青禾规划建设情况”专题监督会。').title).toBe(
      '“加强青禾规划建设情况”专题监督会',
    );
    expect(
      reportFacts('发布时间：2024-10-22\n10月21日，“白江纪行——青禾大学极地考察40年”展览在青岛水族馆盛大开幕。').title,
    ).toBe('“白江纪行——青禾大学极地考察40年”展览');
  });
});
