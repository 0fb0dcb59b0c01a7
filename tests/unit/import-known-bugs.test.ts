/**
 * The importer's known bugs (docs/testing.md, found by the mutation tests), each on sentences written for the test
 * (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { people } from '../support/import.ts';

describe('people: a list of <organization><name><title> items', () => {
  it('reads each item on its own when the organization has fewer than four characters', () => {
    expect(people('民政局王五调研员、财政局李四科长出席会议。')).toEqual([
      ['王五', '民政局调研员', '出席'],
      ['李四', '财政局科长', '出席'],
    ]);
  });
});
