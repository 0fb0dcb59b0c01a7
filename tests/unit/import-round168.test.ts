/**
 * Round 168 of the importer (stop 66), from the people and roles readers wrote that the importer missed on the waves
 * RC2 to RR2: a headquarters' commander (`指挥长`) and a research institute's fellow (`馆员`) are titles a position
 * ends in; and a long sentence that says only that those it names attended (`甲，乙等专家；丙、丁等省领导；戊等出席
 * 开幕仪式。`) gives 出席 to everyone it names whose role the carry from its predicate did not reach; a label saying
 * those after it won an award (`另荣获“某某”奖者，有甲、乙`) and names given a title in quotes (`授予甲、乙等20人“某某”
 * 称号`) are winners (受奖); and whoever declares the event open did that (其他), even when said to attend. On text
 * written for the test. (Since round 222, stop 72, declaring it open is attending, 出席.)
 */
import { describe, expect, it } from 'vitest';
import { reportFacts } from '../support/import.ts';

const open = '12月31日，第五届白江文化节在白江广场举行。';
const people = (text: string) => reportFacts(`${open}${text}`).people.map((p) => [p.name, p.position, p.role]);

describe('round 168', () => {
  it('reads positions ending in 指挥长 and 馆员', () => {
    expect(people('副市长、市森林防灭火指挥部指挥长吴白江出席。')).toEqual([
      ['吴白江', '副市长、市森林防灭火指挥部指挥长', '出席'],
    ]);
    expect(people('出席活动的嘉宾有白江市委书记吴白山，白江省文史研究馆馆员梁白川等。')).toEqual([
      ['吴白山', '白江市委书记', '出席'],
      ['梁白川', '白江省文史研究馆馆员', '出席'],
    ]);
  });

  it('gives 出席 to everyone a sentence of attendance names', () => {
    const got = people(
      '白江文联副主席、白江杂技家协会主席边白江，白江杂技家协会秘书长王白山等国内外杂技专家；白江省政协副主席周白川、白江省人大原副主任张白河等省领导；白江市委书记宋白海，白江集团董事长胡白湖等出席开幕仪式。',
    );
    expect(got.map(([name, , role]) => [name, role])).toEqual([
      ['边白江', '出席'],
      ['王白山', '出席'],
      ['周白川', '出席'],
      ['张白河', '出席'],
      ['宋白海', '出席'],
      ['胡白湖', '出席'],
    ]);
  });

  it('leaves a sentence that says more than attending as it was', () => {
    const got = people(
      '白江杂技家协会秘书长王白山等国内外杂技专家；白江省政协副主席周白川等省领导；白江市委书记宋白海等出席开幕仪式并为获奖者颁奖。',
    );
    expect(got.find(([name]) => name === '王白山')?.[2]).not.toBe('出席');
  });

  it('reads winners after an award label and in a title given in quotes', () => {
    expect(people('另荣获“协同调解”绩优县长奖者，有县议员黄白江、镇民代表何白山、乡民代表游白川。')).toEqual([
      ['黄白江', '县议员', '受奖'],
      ['何白山', '镇民代表', '受奖'],
      ['游白川', '乡民代表', '受奖'],
    ]);
    expect(
      people('大会授予白江市公安局、白江市财政局等40家单位“先进单位”称号，授予徐白江、邹白山等20人“先进个人”称号。'),
    ).toEqual([
      ['徐白江', undefined, '受奖'],
      ['邹白山', undefined, '受奖'],
    ]);
  });

  // (Round 222, stop 72: 出席 since, as the readers' second wording has it.)
  it('gives 出席 to whoever declares the event open', () => {
    expect(people('白江市副局长曾白江出席开幕式并宣布“第五届白江文化节”开幕。')).toEqual([
      ['曾白江', '白江市副局长', '出席'],
    ]);
  });
});
