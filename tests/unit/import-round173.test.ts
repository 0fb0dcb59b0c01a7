/**
 * Round 173 of the importer (stop 66), from outlets readers wrote on the waves RC2 to SP2: a paper and its site named
 * together before 讯 (`某日报/某网讯`: the paper), an outlet, a slash and its reporter in round brackets (`（某新闻网/记者
 * 甲）`), and after the writer's 文/ (`文/某派记者 甲`). On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/lib/import/facts/source.ts';

const outlet = (line: string) => readByline([line])?.outlet;

describe('round 173', () => {
  it('reads the paper of 某日报/某网讯', () => {
    expect(outlet('白江日报/白江网讯 12月27日，白江大会召开。')).toBe('白江日报');
  });

  it('reads an outlet and its reporter after a slash, in brackets or after 文/', () => {
    expect(outlet('（白江TB新闻网/记者李白山）白江大会今日举行。')).toBe('白江TB新闻网');
    expect(outlet('文/青禾派记者 罗白山')).toBe('青禾派');
  });
});
