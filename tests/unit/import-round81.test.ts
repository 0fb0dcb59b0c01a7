/**
 * Round 81 of the importer (stop 48), written from the blind sets PQ to PX and checked on PY to QF: the outlet a portal
 * carries, in brackets before its reporter's credit; a 主办 with when and where between the body and the verb; a
 * byline, a day or a description is no organizer; a department is no person; `身兼` and a clause's `之一` are no part of
 * a post. On text written for the test (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { factsOf, people } from '../support/import.ts';

describe('round 81', () => {
  it('reads the outlet a portal carries from the brackets before its reporter’s credit', () => {
    const f = factsOf(
      'URL: https://tw.news.example.com/a-1.html\n（白江传媒新闻）【记者吴小林/台中报导】白江建筑协会今（26）日举行第15届理事长交接典礼，白江市都市发展局长李正伟出席并致辞。\n',
    );
    expect(f.outlet).toBe('白江传媒新闻');
    // The byline is no part of the body that held it.
    expect(f.organizers.join()).not.toContain('【');
  });

  it('reads a 主办 with the day and the place between the body and the verb', () => {
    const f = factsOf(
      '为推广全民健身，白江县太极拳协会在2016年12月24日在白江公园文化广场主办了2017年元旦联欢会，白江县体育局副局长吴建中出席并讲话。\n',
    );
    expect(f.organizers).toEqual(['白江县太极拳协会']);
  });

  it('takes no organizer that carries a description in front of its name', () => {
    const f = factsOf(
      '12月27日，由白江行业唯一的国家一级协会白江建筑装饰协会主办的白江建筑装饰协会换届大会在白江宾馆举行，白江市住建局局长吴建中出席并讲话。\n',
    );
    expect(f.organizers.join()).not.toContain('唯一');
  });

  it('reads no department as a person, and keeps the person after its posts', () => {
    const read = people('文化部原副部长、白江妇联原副主席、经济学博士白晓梅作了主旨演讲。').map(([n]) => n);
    expect(read).toContain('白晓梅');
    expect(read).not.toContain('文化部');
  });

  it('leaves 身兼 and a clause’s 之一 out of the post', () => {
    expect(people('身兼全国人大代表、白江专业协会会长吴汉明回顾了协会工作。').map(([n, p]) => [n, p])).toContainEqual([
      '吴汉明',
      '全国人大代表、白江专业协会会长',
    ]);
    expect(people('出席嘉宾之一白江运输及物流局局长林世明表示，行业仍有优势。').map(([n, p]) => [n, p])).toContainEqual(
      ['林世明', '白江运输及物流局局长'],
    );
  });
});
