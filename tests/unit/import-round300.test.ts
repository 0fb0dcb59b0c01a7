/**
 * Round 300 (stop 80), from the 400 of NO3 to PB3: a person the report names at the event with no deed of their own (a
 * list of guests on lines of their own, `他们是甲、乙…`, a caption's names) attended it (出席), as the readers' wording says
 * and as they wrote for such people; it had been 其他 unless the list said 等领导 or 包括…等. And one who declares an
 * activity launched or a place open (`宣布活动启动`, `宣布开园`) attended it, as one who declares it open (宣布开幕).
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { factsOf } from '../support/import.ts';

const roles = (text: string) =>
  Object.fromEntries(factsOf(`URL: http://www.example.org/a/1.html\n${text}`).people.map((p) => [p.name, p.role]));

describe('round 300', () => {
  it('reads a person named at the event with no deed of their own as attending', () => {
    const r = roles(
      '白江蘑菇节开幕\n11月15日，第九届白江蘑菇节在青禾开幕。\n白江省农业厅副厅长周明远；青禾市委副书记林青禾；白江大学教授陈立春。\n开幕式由青禾市副市长王建国主持。',
    );
    expect(r).toMatchObject({ 周明远: '出席', 林青禾: '出席', 王建国: '主持' });
  });

  it('reads one who declares an activity launched as attending', () => {
    const r = roles(
      '白江敬老月启动\n10月20日，2023年白江市“敬老月”主题活动在青禾社区举行。副市长周明远宣布活动启动。市民政局局长林青禾在启动仪式上讲话。',
    );
    expect(r).toMatchObject({ 周明远: '出席', 林青禾: '讲话' });
  });
});
