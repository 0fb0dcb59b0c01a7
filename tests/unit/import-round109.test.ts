/**
 * Round 109 of the importer (stop 53), from wave UW to VD of stop 53 after its first run: posts cut of another's
 * clause, of a list's label, of words that describe rather than name a post; a name written around its title
 * (`叶理事长文琪`); a time of day before an event's name; a purpose clause is no name; a government's press release
 * and a paper's page line name the outlet; a headline's convener organizes; a ministry's department (司) is a body;
 * a dateline of a city and a day only; the day a meeting closed. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const facts = (text: string) => readFacts(new TextEncoder().encode(`http://example.org/a\n${text}\n`), archive).facts;
const person = (text: string, name: string) => facts(text).people.find((p) => p.name === name);
const lead = '3月2日，白江市书法家协会第三届会员代表大会在白江召开，会长李明致辞。';

describe('round 109: positions', () => {
  it('leaves out of a post the clause before a comma that gives another its post', () => {
    const text = `${lead}协会特别聘请王大明为白江区书法家协会名誉主席，由会长周小林颁发证书。`;
    expect(person(text, '周小林')?.position).toBe('会长');
  });

  it('leaves out of a post another person and his rank before a comma', () => {
    const text = `${lead}白江军区原副司令何大荣中将，全国政协原常委、民革白江省委原副主委何小洁等出席大会。`;
    expect(person(text, '何小洁')?.position).toBe('全国政协原常委、民革白江省委原副主委');
  });

  it('keeps posts that run across a comma', () => {
    const text = `${lead}白江大学校长助理，白江市机械工程学会理事长朱大朝作主旨报告。`;
    expect(person(text, '朱大朝')?.position).toBe('白江大学校长助理，白江市机械工程学会理事长');
  });

  it('leaves out the label of a list of leaders and experts', () => {
    const text = `${lead}出席开幕式的领导和专家有白江市人民政府李大明副秘书长、白江市卫生局赵小亭局长。`;
    expect(person(text, '李大明')?.position).toBe('白江市人民政府副秘书长');
  });

  it('reads what describes a person (an expert, a well-known one) as no post, and this meeting’s chair as its chair', () => {
    expect(person(`${lead}会议邀请白江医院口腔外科专家刘小磊作专题讲座。`, '刘小磊')?.position).toBeUndefined();
    expect(person(`${lead}我国著名口腔外科专家、中国工程院院士王大六出席并讲话。`, '王大六')?.position).toBe(
      '中国工程院院士',
    );
    expect(person(`${lead}本次大会主席姚大克致开幕辞。`, '姚大克')?.position).toBe('大会主席');
    expect(person(`${lead}白江农技推广中心首席专家张大和作报告。`, '张大和')?.position).toBe(
      '白江农技推广中心首席专家',
    );
  });

  it('reads a name written around its title (surname, title, given name)', () => {
    const f = facts(`${lead}白江县殡葬同业公会叶理事长文琪表示，今年参加的业者约近百人。`);
    expect(f.people.find((p) => p.name === '叶文琪')?.position).toMatch(/理事长$/);
    expect(f.people.some((p) => p.name === '文琪')).toBe(false);
  });

  it('reads no name from a verb after a surname and title', () => {
    const f = facts(`${lead}陈理事长表示，协会将继续服务会员。`);
    expect(f.people.some((p) => p.name.startsWith('陈') && p.name.length === 3)).toBe(false);
  });
});

describe('round 109: event names', () => {
  it('leaves the time of day out of a name that follows the date', () => {
    expect(facts('2022年3月6日中午白江新会同乡会第二届会长交接仪式在白江酒楼隆重举行，会长李明致辞。').title).toBe(
      '白江新会同乡会第二届会长交接仪式',
    );
  });

  it('reads no name from the purpose a clause gives', () => {
    const title = facts(
      '为纪念白江国际档案大会召开20周年，近日，白江市档案学会与白江老专家委员会联合举办纪念座谈会。',
    ).title;
    expect(title ?? '').not.toMatch(/^为纪念/);
  });
});

describe('round 109: outlets', () => {
  it('reads the government that issued a press release', () => {
    expect(facts(`白江县政府新闻稿113/10/30\n${lead}`).outlet).toBe('白江县政府');
    expect(facts(`白江县政府新闻参考资料106.4.18\n${lead}`).outlet).toBe('白江县政府');
  });

  it('reads the paper from its page line', () => {
    expect(facts(`白江书协换届\n\n白江报 P08 | 白江新闻 2011-09-02\n\n${lead}`).outlet).toBe('白江报');
  });
});

describe('round 109: organizers', () => {
  it('reads the headline’s convener, a ministry’s department', () => {
    const f = facts(
      '民政部白江事务司举办全国白江政策研制座谈会\n6月13日，全国白江政策研制座谈会在白江市召开。司长王大华出席会议。',
    );
    expect(f.organizers).toEqual(['民政部白江事务司']);
  });
});

describe('round 109: dates', () => {
  it('dates 昨日 from a dateline of a city and a day', () => {
    const f = facts('发布时间：2024-04-09\n（白江8日讯）“白江象棋公开赛”昨日在白江举行，会长李明致辞。');
    expect(f.startDate).toBe('2024-04-07');
  });

  it('dates a dateline’s day in the month before when it is later than the publication’s', () => {
    const f = facts('发布时间：2024-05-01\n（白江30日讯）“白江象棋公开赛”昨日在白江举行，会长李明致辞。');
    expect(f.startDate).toBe('2024-04-29');
  });

  it('counts back from the day a meeting closed by how many days it lasted', () => {
    const f = facts(
      '由白江护理学会主办的2016年白江学术交流会在白江酒店顺利召开，为期两天的盛会于12月10日圆满落幕。会长李明致辞。',
    );
    expect([f.startDate, f.endDate]).toEqual(['2016-12-09', '2016-12-10']);
  });

  it('leaves the first day to the editor when only the closing day is given', () => {
    const f = facts('由白江护理学会主办的2016年白江学术交流会在白江酒店顺利召开，并于12月10日圆满落幕。会长李明致辞。');
    expect(f.startDate).toBeUndefined();
  });
});
