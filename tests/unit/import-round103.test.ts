/**
 * Round 103 of the importer (stop 52), from wave TI to TP of stop 52 after its first run: an event attended "tonight"
 * (`参加今晚某总会就职典礼`), a venue with a dash (`在某委主任单位——某公司会议室召开`), a quoted name holding its
 * slogan's comma, workshops and fun days (工作坊, 同乐日, 开放日); the day in brackets after 今日 and an invitation
 * (`甲会受乙大学邀请，日前在该校举办`) before who held it; and posts: another's post or title before a comma, a place
 * before its own head's title (`某市王某副市长`), 院士 after a name, 通报. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const people = (text: string) => facts(text).people.map((p) => `${p.position ?? ''} ${p.name}`);

describe('round 103: event names', () => {
  it('drops 今晚 before an event a speaker attends', () => {
    expect(
      facts('部长致辞\n各位来宾：大家好，我很高兴能参加今晚白江国术总会第12届理事就职典礼以及随后的晚宴。').title,
    ).toBe('白江国术总会第12届理事就职典礼');
  });

  it('reads a convener whose venue names its host, then a dash, then the room', () => {
    expect(
      facts(
        '5月6日，白江市供热协会在设备委主任单位——白江热力工程有限公司会议室召开第五届第三次会长会议，会长李明主持。',
      ).title,
    ).toBe('白江市供热协会第五届第三次会长会议');
  });

  it('reads a quoted name with its slogan’s comma', () => {
    const f = facts(
      '5月6日，由白江市拥军协会主办的“凝聚社会力量，支持国防建设座谈会暨第二届白江拥军组织交流会”在白江召开。',
    );
    expect(f.title).toBe('凝聚社会力量，支持国防建设座谈会暨第二届白江拥军组织交流会');
    expect(f.organizers).toEqual(['白江市拥军协会']);
  });

  it('reads a workshop and a fun day', () => {
    expect(facts('【本报消息】白江传译协会日前在白江会议中心举办“会议传译实务”工作坊。').title).toBe(
      '“会议传译实务”工作坊',
    );
    expect(facts('白江家庭事务局今日举办「家和万事兴」亲子同乐日，庆祝家庭日。').title).toBe(
      '「家和万事兴」亲子同乐日',
    );
  });
});

describe('round 103: who held it', () => {
  it('reads the bodies before 今日 and its day in brackets', () => {
    expect(
      facts('白江家庭事务局（家事局）联同白江家庭议会和白江电台今日（5月10日）举办「家和万事兴」亲子同乐日。')
        .organizers,
    ).toEqual(['白江家庭事务局', '白江家庭议会', '白江电台']);
  });

  it('reads the body invited to hold it, not the one that invited it', () => {
    expect(
      facts('【本报消息】白江传译协会受白江城市大学邀请，日前在该校会议中心举办“传译入门”工作坊，师生三十余人参与。')
        .organizers,
    ).toEqual(['白江传译协会']);
  });
});

describe('round 103: posts', () => {
  it('leaves another’s post taken, or another named with a title, before the comma', () => {
    expect(
      people(
        '3月2日，白江市翻译协会成立。白江市副市长黄丽为名誉会长，白江市外事办公室主任王嘉、白江市财政局局长洪亮为名誉副会长。',
      ),
    ).toContain('白江市外事办公室主任 王嘉');
    expect(people('3月2日，白江数学年会开幕。白江数学会理事长席华院士，白江大学党委书记沈明教授出席。')).toEqual([
      '白江数学会理事长 席华',
      '白江大学党委书记 沈明',
    ]);
  });

  it('leaves the bare post a clause ended in before the comma', () => {
    expect(
      people(
        '3月2日，白江市翻译协会换届。白江高新区新闻中心徐浩当选副会长，白江秋实翻译有限公司总经理李金当选秘书长。',
      ),
    ).toContain('白江秋实翻译有限公司总经理 李金');
  });

  it('keeps posts of one person parted by a comma', () => {
    expect(people('3月2日，白江市翻译协会成立，白江市委常委，副市长李明出席并讲话。')).toEqual([
      '白江市委常委，副市长 李明',
    ]);
  });

  it('reads a place before its own head’s title', () => {
    expect(people('3月2日，白江拥军交流会召开。白江省民政厅李强副厅长、白江市王竹副市长分别致辞。')).toEqual([
      '白江省民政厅副厅长 李强',
      '白江市副市长 王竹',
    ]);
  });

  it('reads a post with 通报', () => {
    expect(people('3月2日，白江市供热协会召开会长会议。王慧副秘书长通报了协会副会长变更情况。')).toContain(
      '副秘书长 王慧',
    );
  });
});
