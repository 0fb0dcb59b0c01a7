/**
 * Round 111 of the importer (stop 53), from wave VM to VT of stop 53 after its first run (rounds 109 and 110 had
 * changed one fact of it): 和 or 到 before a post that starts with its place is no part of it; a foreign name ends
 * before what its bearer did (`某某·某某发表视频讲话`); a job (`仲裁员`) and a temple (`某祖庙`) are no person's name.
 * On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const lead = '3月2日，白江仲裁中心白东代表处揭幕仪式在白东举行，会长李明致辞。';

describe('round 111: people', () => {
  it('leaves 和 before a post out of it', () => {
    const f = facts(`${lead}出席今日揭幕仪式的其他主礼嘉宾有白东市政府的代表和香港白江仲裁中心主席郑大骅资深大律师。`);
    expect(f.people.find((p) => p.name === '郑大骅')?.position).toBe('香港白江仲裁中心主席');
  });

  it('leaves 到 before a post out of it', () => {
    const f = facts(`${lead}代表团载誉而归，受到市委常委、宣传部部长王大军和市委常委、白东警备区政委刘小兵的迎接。`);
    expect(f.people.find((p) => p.name === '王大军')?.position).toBe('市委常委、宣传部部长');
  });

  it('ends a foreign name before what its bearer did', () => {
    const f = facts(`${lead}白泰运输部常务秘书查亚坦•蓬颂发表视频讲话。`);
    expect(f.people.map((p) => p.name)).toContain('查亚坦•蓬颂');
    expect(f.people.some((p) => p.name.includes('发表'))).toBe(false);
  });

  it('reads no name from a job or a temple', () => {
    const a = facts(`${lead}会上为咨询委员会成员、新聘仲裁员代表颁发聘书。`);
    expect(a.people.some((p) => p.name === '仲裁员')).toBe(false);
    const b = facts(`${lead}白江市道学研究院沙永猛院长代表华祖庙管委会致辞。`);
    expect(b.people.some((p) => p.name === '华祖庙')).toBe(false);
  });
});
