/**
 * Round 78 of the importer (stop 46), from the people with positions that both readers of the sets OC to OR wrote
 * alike and the importer did not read: a list of names 为 a post before the sentence's election verb, names 等被聘为 a
 * post, 担任…职务, 被选举为 one post, 等17名个人被增补为, and 参与和 inside an office's name. On text written for the test
 * (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { factsOf, people } from '../support/import.ts';

describe('round 78: people elected and appointed', () => {
  it('reads a list of names 为 a post before the verb of the election in the same sentence', () => {
    expect(people('会议选举产生了新一届理事会。张大山、杨建平、孙振华为副会长，吴鹤林连任秘书长。')).toEqual([
      ['张大山', '副会长', '其他'],
      ['杨建平', '副会长', '其他'],
      ['孙振华', '副会长', '其他'],
      ['吴鹤林', '秘书长', '其他'],
    ]);
  });

  it('reads names appointed with 等被聘为, and names that 担任 a post 职务', () => {
    expect(people('白江老一辈画家周成标、李振才、吴顺平等被聘为协会顾问。').map(([n, p]) => [n, p])).toEqual([
      ['周成标', '协会顾问'],
      ['李振才', '协会顾问'],
      ['吴顺平', '协会顾问'],
    ]);
    expect(people('王小明再次当选主席，陈石墙、曾秀英、胡霞担任副主席职务。').map(([n, p]) => [n, p])).toEqual([
      ['陈石墙', '副主席'],
      ['曾秀英', '副主席'],
      ['胡霞', '副主席'],
      ['王小明', '主席'],
    ]);
  });

  it('reads one name 被选举为 a post, and names with a count 被增补为 a seat', () => {
    expect(
      people('会上，赵晓旭被选举为白江社工联合会副秘书长；常允等12名个人（单位）被增补为白江社工联合会理事。').map(
        ([n, p]) => [n, p],
      ),
    ).toEqual([
      ['赵晓旭', '副秘书长'],
      ['常允', '白江社工联合会理事'],
    ]);
  });
});

describe('round 78: offices', () => {
  it('reads 参与和 as part of an office’s name', () => {
    expect(people('白江市司法局人民参与和促进法治科科长韩大举出席会议并讲话。')).toEqual([
      ['韩大举', '白江市司法局人民参与和促进法治科科长', '讲话'],
    ]);
  });
});

describe('round 78: credits', () => {
  it('takes a line that only credits a correspondent for no headline, and the names on it for the reporters', () => {
    const facts = factsOf(
      [
        'URL: http://news.example.com/html/2017-10/26/content_1.htm',
        '白江救助基金会 理事会换届',
        '通讯员 李青山',
        '本报讯 10月25日，白江救助基金会在青山召开第四届理事会换届会议。省公安厅副巡视员王小明出席会议并讲话。',
      ].join('\n'),
    );
    expect(facts.headline).toBe('白江救助基金会 理事会换届');
    expect(facts.reporters).toContain('李青山');
  });
});
