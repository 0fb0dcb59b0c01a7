/**
 * Round 94 of the importer (stop 50), from the people with positions the 800 blind reports of stops 48 to 50 name and
 * the importer missed, read with the Traditional pages converted: more rare surnames (展, 宿, 籍…), read only right
 * after a full position; a rare-surnamed name before 首先; 日前 after a name; a three-character name before 的 where
 * the segmenter reads it as a word it does not know; 及 after a name and its form of address starting the next person;
 * a foreign name without the form of address after it; a paper's dateline and reporter before a post. On text
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const lead = '2021年3月1日，白江市书法家协会第三届会员代表大会在白江召开。';
const people = (sentence: string) =>
  readFacts(new TextEncoder().encode(`http://example.org/a\n${lead}\n${sentence}\n`), archive).facts.people.map(
    (p) => `${p.name}：${p.position ?? ''}`,
  );

describe('round 94: people', () => {
  it('reads a rare surname right after a full position', () => {
    expect(people('白江日报社副社长展明出席会议。')).toContain('展明：白江日报社副社长');
    expect(people('白江考古学会名誉理事长宿青山先生致辞。')).toContain('宿青山：白江考古学会名誉理事长');
  });

  it('reads a rare-surnamed name before 首先, and any name before 日前', () => {
    expect(people('执行会长兼秘书长单青水首先作了工作报告。')).toContain('单青水：执行会长兼秘书长');
    expect(people('白江同乡会副主席柯达明日前率团访问。')).toContain('柯达明：白江同乡会副主席');
  });

  it('reads a three-character name before 的, and no two-character word that describes', () => {
    expect(people('会上感谢现任理事长杨志远的贡献。')).toContain('杨志远：理事长');
    expect(people('会上感谢理事长卓越的领导。').join()).not.toMatch(/卓越/);
  });

  it('starts the next person after a name, its form of address and 及', () => {
    expect(people('白江民政局局长刘江河先生及白江统战部副部长张强国先生亲临主持。')).toEqual([
      '刘江河：白江民政局局长',
      '张强国：白江统战部副部长',
    ]);
  });

  it('reads a foreign name without the form of address after it', () => {
    expect(people('湿地国际首席执行官珍妮·马丁女士日前出席开幕式。')).toContain('珍妮·马丁：湿地国际首席执行官');
  });

  it('leaves a paper’s dateline and its reporter out of a post', () => {
    expect(people('白江日报讯（记者 王小明 白江报道）白江同乡会副主席柯达明率团访问。')).toContain(
      '柯达明：白江同乡会副主席',
    );
  });
});
