/**
 * Round 178 (stop 67), from the waves SY2 to TV2: a mirror's line of adult-video keywords above the article in the words
 * such lines use (`中文字幕`, `一区二区`, `免费视频`, `在线播放`, `视频在线`; two on one line) is no part of it, so the article
 * and its info line after it are read; `来源：本单位`, a site's section (`来源：娱乐`) and a list of outlets name none; a
 * lottery results site's name a mirror put where the city's stood is no part of an event's or a body's name. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

describe('round 178', () => {
  it("drops a line of adult-video keywords above a mirror's article", () => {
    // A converter's Traditional text with pinyin after some characters, and what is left of the mirror's markup.
    const f = reportFacts(
      [
        '白江一区二区青禾，长期免费视频随时在线播放，青禾中文字幕白江码，白江视频在线好看',
        '<strike id="ab1"></strike>',
        '  • <center id="ab1"><ol id="ab1"></ol></center>',
        '<output id="ab1"><ol id="ab1"></ol></output>',
        '第三屆白江鑼鼓大賽在青禾景區(qū)舉行',
        '2025-09-13 09:18:05 來源:白江新聞網(wǎng)',
        '第三屆白江鑼鼓大賽在青禾景區(qū)舉行',
        '白江新聞網(wǎng)訊 (記者 李青禾) 9月12日上午,第三屆白江鑼鼓大賽在青禾景區(qū)精彩舉行,副市長王白山等出席活動(dòng)。',
      ].join('\n\n'),
    );
    expect(f.outlet).toBe('白江新闻网');
    expect(f.published).toBe('2025-09-13 09:18:05');
  });

  it('reads no outlet from 本单位, a section or a list of outlets', () => {
    for (const source of ['本单位', '娱乐', '白江星报、白江财经网或者掌中白江'])
      expect(reportFacts(`来源：${source}\n2023年12月9日，第三届白江大赛总决赛在青禾举行。`).outlet).toBeUndefined();
  });

  it("leaves a lottery results site's name out of the event and its organizers", () => {
    const f = reportFacts(
      '发布时间：2022-05-18\n5月17日，白江飞艇(中国)开奖记录查询站青禾协会召开青禾协会发展工作座谈会，会长李白山主持会议。',
    );
    expect(f.title).toBe('青禾协会发展工作座谈会');
    expect(f.organizers.join()).not.toMatch(/开奖/);
  });
});
