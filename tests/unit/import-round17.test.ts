/**
 * Round 17 of the importer (development sets AM and AN, after their blind runs): each rule on sentences written for
 * the test, in the shapes the reports use (no sentence of any real report is copied here).
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/import/extract.ts';
import { readPeople } from '../../src/lib/import/facts/people.ts';
import { report } from '../support/import.ts';

const people = (...lines: string[]) =>
  readPeople({ lines, captions: [], known: [] }).map((p) => [p.name, p.position ?? '']);

describe('round 17: officers elected', () => {
  it('reads posts listed after 选举出, each with a colon and its names (会长甲；副会长：乙、丙)', () => {
    expect(people('大会选举出会长周明远；常务副会长：吴海平；副会长：郑小东、王建国；秘书长：林志平。')).toEqual([
      ['周明远', '会长'],
      ['吴海平', '常务副会长'],
      ['郑小东', '副会长'],
      ['王建国', '副会长'],
      ['林志平', '秘书长'],
    ]);
  });

  it('reads 当选为, a post held with another (副会长兼秘书长) and a board named before the post', () => {
    expect(
      people(
        '通过选举，周明远当选为青禾志愿者协会第二届理事会会长，吴海平当选为副会长兼秘书长，郑小东、王建国当选为副会长。',
      ),
    ).toEqual([
      ['周明远', '青禾志愿者协会第二届理事会会长'],
      ['吴海平', '副会长兼秘书长'],
      ['郑小东', '副会长'],
      ['王建国', '副会长'],
    ]);
    // `新一届协会` is no body's name: the post alone.
    expect(people('选举吴海平为新一届协会常务副会长兼秘书长。')).toEqual([['吴海平', '常务副会长兼秘书长']]);
  });
});

describe('round 17: events and organizers', () => {
  it('takes a headline’s short form of a name for the name it shortens (感恩餐会 for …感恩联谊餐会)', () => {
    const facts = extractFacts(
      report(['青禾县退休校长协会召开第二届第四次会员大会暨五周年感恩联谊餐会，邀请老校长们欢聚。'], {
        headline: '退休校长协会感恩餐会',
      }),
    );
    expect(facts.title).toBe('青禾县退休校长协会第二届第四次会员大会暨五周年感恩联谊餐会');
    expect(facts.organizers).toEqual(['青禾县退休校长协会']);
  });

  it('leaves out the page’s own body named as 我中心 among the hosts, and keeps the others', () => {
    const facts = extractFacts(
      report(['3月22日上午，由白江市民政局主办，青禾区民政局和我中心共同承办的社会工作宣传活动启动仪式在白江市开展。']),
    );
    expect(facts.organizers).toEqual(['白江市民政局']);
    expect(facts.hosts).toEqual(['青禾区民政局']);
  });
});

describe('round 17 (set AN): posts added, leaders attending', () => {
  it('reads posts added (增设…为甲，名誉会长有乙、丙…), a list read whole when most of its items read as names', () => {
    expect(people('会上提出增设创会会长兼永远会长为周明远，名誉会长有吴海平、郑小东、候文天、林志平。')).toEqual([
      ['周明远', '创会会长兼永远会长'],
      ['吴海平', '名誉会长'],
      ['郑小东', '名誉会长'],
      ['候文天', '名誉会长'],
      ['林志平', '名誉会长'],
    ]);
    // Fewer than two in three that read as names: not a list of names.
    expect(people('会上提出增设名誉会长有候文天、候沐风、吴海平。')).toEqual([]);
  });

  it('reads the leaders of a body listed as those who attended (出席本次会议的某商会领导有：)', () => {
    const found = readPeople({
      lines: ['出席本次会议的香港青禾商会领导有：香港青禾商会会长周明远，香港青禾商会常务副会长吴海平。'],
      captions: [],
      known: [],
    });
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['周明远', '出席'],
      ['吴海平', '出席'],
    ]);
  });
});
