/**
 * Round 155 of the importer (stop 62), from the misses of stop 62's four waves pooled (MU to NZ, 320 reports): the site's
 * own name written short (`（早报讯）` on 联合早报's site) is the site's; 人民网's provincial channels by their address;
 * a field's name in code (`来源:titleEn`), a government's `新闻公报` and a spaced-out next label (`关 键 词:`) are no
 * outlet or part of one; 皆 and 均 before the deed (`某市长甲乙丙皆出席`) end a name; where in the event someone spoke
 * (`开幕式上`), `计有` and `该部` are no part of a post. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { outletFromUrl } from '../../src/lib/import/outlets.ts';
import { posts, reportFacts } from '../support/import.ts';

describe('round 155', () => {
  it('reads the site’s own name where the page writes it short', () => {
    const f = reportFacts(
      '白江花灯祈福\n（早报讯）大年初一晚，白江花灯祈福活动在白江河畔举行，白江区议员张白江主持。',
      'https://www.zaobao.com.sg/realtime/singapore/story1.html',
    );
    expect(f.outlet).toBe('联合早报');
  });

  it('names 人民网’s provincial channels by their address', () => {
    expect(outletFromUrl('http://fj.people.com.cn/n2/2025/0424/c1.html')).toBe('人民网福建频道');
    expect(outletFromUrl('http://gx.people.com.cn/n2/1.html')).toBe('人民网广西频道');
    expect(outletFromUrl('http://www.people.com.cn/n2/1.html')).toBe('人民网');
  });

  it('takes no code’s field name, press release or spaced label for the outlet', () => {
    const at = (info: string) =>
      reportFacts(`白江羽毛球赛开幕\n${info}\n4月27日，2017年“白江杯”羽毛球比赛在白江体育馆开幕。`).outlet;
    expect(at('发布时间:2017-04-28  来源:titleEn   返回上页')).toBeUndefined();
    expect(at('发布时间:2017-04-28  来源:新闻公报')).toBeUndefined();
    expect(at('发布机构:白江县文化广电旅游局关 键 词:白江县图书馆')).toBe('白江县文化广电旅游局');
  });

  it('ends a name before 皆 or 均 and the deed', () => {
    expect(posts('白江档案馆今举行开幕仪式，白江市长侯友宜皆出席典礼。')).toEqual([['侯友宜', '白江市长']]);
    expect(posts('白江公会举办会员大会，卫生局长李翠凤均出席。')).toEqual([['李翠凤', '卫生局长']]);
    expect(posts('白江公会举办会员大会，会长王均出席。')).toEqual([['王均', '会长']]);
  });

  it('leaves where in the event someone spoke, and 该部, out of the post', () => {
    expect(posts('开幕式上白江市副市长张白江致辞。')).toEqual([['张白江', '白江市副市长']]);
    expect(posts('白江部长率团出席，该部署理主席王白江致辞。')).toContainEqual(['王白江', '署理主席']);
  });
});
