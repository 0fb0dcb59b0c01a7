/**
 * The readers of people (facts/people.ts) and of parallel sessions (facts/sessions.ts), rule by
 * rule, on short sentences written for this test (no sentence of any report is copied here).
 * Each subject is built inside its test, so that Stryker can credit the reader's code to it.
 */
import { describe, expect, it } from 'vitest';
import { people } from '../support/import.ts';
import { type PeopleInput, readPeople, roleOf } from '../../src/lib/import/facts/people.ts';
import { readSessions } from '../../src/lib/import/facts/sessions.ts';

const read = (input: Partial<PeopleInput>) => readPeople({ lines: [], captions: [], known: [], ...input });

describe('a list of attendees under a label', () => {
  it('starts the first position after 还有： as after 包括：', () => {
    expect(people('出席活动的嘉宾还有：白江市副市长王五、白江市民政局局长李四。')).toEqual([
      ['王五', '白江市副市长', '出席'],
      ['李四', '白江市民政局局长', '出席'],
    ]);
  });
});

describe('a name before 为, 向, 给 or 对 that opens a clause', () => {
  it('ends the name before 给 as before 为, and after a compound surname too', () => {
    expect(people('会上，白江市慈善会会长周强给获奖者颁发证书。')).toEqual([['周强', '白江市慈善会会长', '颁奖']]);
    expect(people('会上，白江市慈善会会长欧阳明为获奖者颁发证书。')).toEqual([['欧阳明', '白江市慈善会会长', '颁奖']]);
  });
});

describe('parallel sessions', () => {
  it('reads quoted names joined by 和 or a space, with or without a count before the kind', () => {
    expect(readSessions('会上设“绿色”和“数字”平行论坛。')).toEqual([
      { name: '绿色分论坛', kind: '平行论坛', status: 'held' },
      { name: '数字分论坛', kind: '平行论坛', status: 'held' },
    ]);
    expect(readSessions('同期举办“乡村” “文旅”两场 专题论坛。').map((s) => s.name)).toEqual([
      '乡村分论坛',
      '文旅分论坛',
    ]);
    expect(readSessions('另有“一号”“二号”等12个分论坛。').map((s) => s.name)).toEqual(['一号分论坛', '二号分论坛']);
    expect(readSessions('另有“东区”“西区”等十二个分论坛。').map((s) => s.name)).toEqual(['东区分论坛', '西区分论坛']);
  });
  it('names a 主题分享会 after its kind, every other kind a 分论坛', () => {
    expect(readSessions('“光电”“新材料”3大主题分享会同日举行。')).toEqual([
      { name: '光电主题分享会', kind: '主题分享会', status: 'held' },
      { name: '新材料主题分享会', kind: '主题分享会', status: 'held' },
    ]);
  });
  it('says announced for 将/拟 in the 30 characters after the kind or the 10 before the list, not further away', () => {
    expect(readSessions('“科创”“金融”两场平行论坛也将陆续举行。').map((s) => s.status)).toEqual([
      'announced',
      'announced',
    ]);
    expect(readSessions('大会期间将举办“科创”“金融”两场平行论坛。').map((s) => s.status)).toEqual([
      'announced',
      'announced',
    ]);
    expect(
      readSessions('明年的年会将移至江北新城召开，今年照常举办的“科创”“金融”两场平行论坛已于昨日结束。').map(
        (s) => s.status,
      ),
    ).toEqual(['held', 'held']);
    expect(readSessions('“科创”“金融”两场平行论坛已于昨日结束。下届年会将在秋季召开。').map((s) => s.status)).toEqual([
      'held',
      'held',
    ]);
  });
});

describe('<position><name>', () => {
  it('takes a name without a known surname after a title only before what the person does, 等 or the end', () => {
    expect(people('副会长乌云其出席会议。')).toEqual([['乌云其', '副会长', '出席']]);
    expect(people('副会长乌云其等出席会议。')).toEqual([['乌云其', '副会长', '出席']]);
    expect(people('副会长乌云其、秘书长王五出席会议。')).toEqual([
      ['乌云其', '副会长', '出席'],
      ['王五', '秘书长', '出席'],
    ]);
    expect(people('副会长乌云其介绍了经验。')).toEqual([]);
  });
  it('prefers an archive name even where a shorter name could end before 和', () => {
    const got = read({ lines: ['副局长赵一和、局长王五出席会议。'], known: ['赵一和'] });
    expect(got.map((p) => [p.name, p.position, p.role, p.known])).toEqual([
      ['赵一和', '副局长', '出席', true],
      ['王五', '局长', '出席', false],
    ]);
  });
  it('ends a name before 为 that opens 为…颁发', () => {
    expect(people('会长周强为获奖者颁发证书。')).toEqual([['周强', '会长', '颁奖']]);
  });
  it('keeps a position of up to 60 characters, and reads none from a longer one', () => {
    const long = `${'某'.repeat(57)}副主任`;
    expect(people(`${long}王五出席会议。`)).toEqual([['王五', long, '出席']]);
    expect(people(`某${long}王五出席会议。`)).toEqual([]);
  });
  it('takes a piece of position of up to 60 characters into the next person’s position', () => {
    const piece = `${'某'.repeat(58)}委员`;
    expect(people(`${piece}、副主任王五出席会议。`)).toEqual([['王五', `${piece}、副主任`, '出席']]);
    expect(people(`某${piece}、副主任王五出席会议。`)).toEqual([['王五', '副主任', '出席']]);
  });
  it('reads a rare surname after a position of five characters or more, never after a short one', () => {
    const got = read({ lines: ['白江市市长井林出席会议。'] });
    expect(got.map((p) => [p.name, p.position, p.role, p.known])).toEqual([['井林', '白江市市长', '出席', false]]);
    expect(people('白江省副省长井林出席会议。')).toEqual([['井林', '白江省副省长', '出席']]);
    expect(people('主席井林出席会议。')).toEqual([]);
  });
  it('starts a position after 由, and a quoted word is no stop but moves nothing', () => {
    expect(people('白江区“双创”办公室由副主任刘乙主持。')).toEqual([['刘乙', '副主任', '主持']]);
    expect(people('白江区“双创”工作领导小组组长刘乙出席。')).toEqual([
      ['刘乙', '白江区“双创”工作领导小组组长', '出席'],
    ]);
  });
  it('reads a chunk that starts with a space like one that does not', () => {
    expect(people('会上， 副市长王五出席。')).toEqual([['王五', '副市长', '出席']]);
  });
});

describe('<organization><name><title>', () => {
  it('reads a name the archive has even without a known surname', () => {
    const got = read({ lines: ['白江市某协会乌云其会长致辞。'], known: ['乌云其', '李四'] });
    expect(got.map((p) => [p.name, p.position, p.role, p.known])).toEqual([
      ['乌云其', '白江市某协会会长', '致辞', true],
    ]);
    expect(people('某协会王乌云其会长致辞。')).toEqual([]);
  });
  it('keeps an organization ending in 大会 whole, and only a meeting alone is no organization', () => {
    expect(people('白江市人民代表大会王五代表发言。')).toEqual([['王五', '白江市人民代表大会代表', '发言']]);
    expect(people('大会组委会王五秘书长宣读了表彰决定。')).toEqual([['王五', '大会组委会秘书长', '其他']]);
  });
  it('reads a list item that is exactly <organization of three characters or more><name><title>', () => {
    expect(people('市民政局王五调研员、市财政局李四科长出席会议。')).toEqual([
      ['王五', '市民政局调研员', '出席'],
      ['李四', '市财政局科长', '出席'],
    ]);
    expect(people('白江市民政局王市平调研员、白江市财政局李四科长出席会议。')).toEqual([
      ['王市平', '白江市民政局调研员', '出席'],
      ['李四', '白江市财政局科长', '出席'],
    ]);
  });
  it('gives someone named by their part in the event (承办单位) the title alone', () => {
    expect(people('承办单位王五秘书长以及协办单位李四主任出席会议。')).toEqual([
      ['王五', '秘书长', '出席'],
      ['李四', '主任', '出席'],
    ]);
  });
  it('takes a title without an organization, or a person met before, as a weak position', () => {
    expect(people('王五会长致辞。', '白江市义工协会会长王五出席。')).toEqual([['王五', '白江市义工协会会长', '致辞']]);
    expect(people('白江市民政局副局长王五出席。', '白江市义工协会王五会长致辞。')).toEqual([
      ['王五', '白江市民政局副局长', '致辞'],
    ]);
  });
});

describe('<surname><title> back-references', () => {
  it('stand for the one person met with that surname and title, modifiers aside', () => {
    const got = people('白江区副区长王甲出席会议。', '会上，王副区长强调，要抓好落实。');
    expect(got).toEqual([['王甲', '白江区副区长', '讲话']]);
    const stated = read({ lines: ['白江区副区长王甲出席会议。', '会上，王副区长强调，要抓好落实。'] });
    expect(stated.map((p) => [p.roleStated, p.known])).toEqual([[false, false]]);
    expect(people('白江区区长王甲、青川区副区长李乙出席会议。', '王区长强调，要抓好落实。')).toEqual([
      ['王甲', '白江区区长', '讲话'],
      ['李乙', '青川区副区长', '出席'],
    ]);
  });
  it('stand for nobody when two people fit, or when no deed follows', () => {
    expect(people('白江区区长王甲、青川区副区长王乙出席会议。', '王区长强调，要抓好落实。')).toEqual([
      ['王甲', '白江区区长', '出席'],
      ['王乙', '青川区副区长', '出席'],
    ]);
    expect(people('白江区区长王甲出席会议。', '王区长的讲话引起热烈反响。')).toEqual([['王甲', '白江区区长', '出席']]);
  });
});

describe('names alone', () => {
  it('reads a name with a known surname before what the person does, after a leading stop word', () => {
    const got = read({ lines: ['随后李四致辞。'] });
    expect(got.map((p) => [p.name, p.position, p.role, p.kind, p.known])).toEqual([
      ['李四', undefined, '致辞', '致辞', false],
    ]);
  });
  it('lets a name alone after 和 share the position before it', () => {
    expect(people('副市长王五和李四出席会议。')).toEqual([
      ['王五', '副市长', '出席'],
      ['李四', '副市长', '出席'],
    ]);
  });
  it('takes no word with a rare surname for a name outside a list', () => {
    expect(people('会议围绕文化、经济、民生三个方面展开讨论。')).toEqual([]);
    expect(people('白江省政协副主席白甲、井林出席。')).toEqual([['白甲', '白江省政协副主席', '出席']]);
    expect(people('考察团先后参观了延安、井冈山、西柏坡等地。')).toEqual([]);
  });
});

describe('more people in the rest of a chunk', () => {
  it('reads the people of 在…的陪同下 and of 以及 with a piece of position', () => {
    expect(people('白江市市长王五在副市长张三和局长李四的陪同下参观了展厅。')).toEqual([
      ['王五', '白江市市长', '出席'],
      ['张三', '副市长', '出席'],
      ['李四', '局长', '出席'],
    ]);
    expect(people('白江市副市长王五以及青川市人民政府副市长、党组成员李四出席。')).toEqual([
      ['王五', '白江市副市长', '出席'],
      ['李四', '青川市人民政府副市长、党组成员', '出席'],
    ]);
  });
});

describe('speech titles', () => {
  it('gives titles to a list in order only when there is one per person, or one for one person', () => {
    const titles = (line: string) => read({ lines: [line] }).map((p) => [p.name, p.title]);
    expect(titles('白江大学教授王五作了题为 《乡村振兴的实践》的主旨演讲。')).toEqual([['王五', '乡村振兴的实践']]);
    expect(titles('白江大学教授王五、青川学院教授李四分别以《绿色发展》为题作了发言。')).toEqual([
      ['王五', undefined],
      ['李四', undefined],
    ]);
    expect(titles('白江大学教授王五以《甲题》《乙题》为题作了发言。')).toEqual([['王五', undefined]]);
    expect(titles('甲院教授王五、乙院教授李四、丙院教授赵六分别作了题为《题一》《题二》的发言。')).toEqual([
      ['王五', undefined],
      ['李四', undefined],
      ['赵六', undefined],
    ]);
  });
});

describe('lists of names alone', () => {
  it('reads guests after 及, with the role of what follows the list, not of the whole sentence', () => {
    // (Guests a list says were there attended: round 156.)
    expect(people('出席活动的人中还有青年代表及王五、李四等嘉宾。')).toEqual([
      ['王五', '', '出席'],
      ['李四', '', '出席'],
    ]);
    expect(people('会议由赵六主持，王五、李四等嘉宾围绕主题作交流发言。')).toEqual([
      ['王五', '', '发言'],
      ['李四', '', '发言'],
      ['赵六', '', '主持'],
    ]);
  });
  it('reads no list in which one item is not a name', () => {
    expect(people('李四、新会员等代表先后发言。')).toEqual([]);
  });
  it('gives those elected the post as their position and a stated 其他, over a bare title met before', () => {
    const got = read({ lines: ['王五、李四当选为副会长。'] });
    expect(got.map((p) => [p.name, p.position, p.role, p.roleStated])).toEqual([
      ['王五', '副会长', '其他', true],
      ['李四', '副会长', '其他', true],
    ]);
    expect(people('王五会长致辞。', '王五、李四当选为副会长。')).toEqual([
      ['王五', '副会长', '致辞'],
      ['李四', '副会长', '其他'],
    ]);
  });
});

describe('posts filled by 选举/聘请 … 任/为', () => {
  it('gives each name the post, as an unstated 其他, and the people read later are met', () => {
    const got = read({ lines: ['大会选举王五任会长。', '王五表示，将尽心尽力。'] });
    expect(got.map((p) => [p.name, p.position, p.role, p.roleStated])).toEqual([['王五', '会长', '讲话', false]]);
    const only = read({ lines: ['大会选举王五任会长，李四、赵六任副会长。'] });
    expect(only.map((p) => [p.name, p.position, p.role, p.roleStated])).toEqual([
      ['王五', '会长', '其他', false],
      ['李四', '副会长', '其他', false],
      ['赵六', '副会长', '其他', false],
    ]);
  });
  it('leaves someone met before as first read, and a clause whose lead holds a name', () => {
    expect(people('随后王五致辞。', '大会选举王五任会长。')).toEqual([['王五', '', '致辞']]);
    expect(people('大会选举王五、欧阳明月、赵六任副会长。')).toEqual([]);
  });
  it('reads the first name glued to a shared lead', () => {
    expect(people('聘请老领导、老会长钱七、孙八任名誉会长。')).toEqual([
      ['钱七', '名誉会长', '其他'],
      ['孙八', '名誉会长', '其他'],
    ]);
  });
});

describe('pieces of position and lists in a sentence', () => {
  it('keeps the comma of a piece of position, ASCII or not', () => {
    expect(people('白江市委常委，副市长王五出席会议。')).toEqual([['王五', '白江市委常委，副市长', '出席']]);
    expect(people('白江市委常委,副市长王五出席会议。')).toEqual([['王五', '白江市委常委，副市长', '出席']]);
    expect(people('白江市委常委、王五副书记出席会议。')).toEqual([['王五', '白江市委常委、副书记', '出席']]);
  });
  it('takes an organization alone into the next position only before 、 and up to 20 characters', () => {
    expect(people('白江市委办，白江市政府办副主任刘甲出席并致辞。')).toEqual([['刘甲', '白江市政府办副主任', '致辞']]);
    expect(people('会议开幕，副市长王五致辞。')).toEqual([['王五', '副市长', '致辞']]);
    const org = `${'某'.repeat(19)}局`;
    expect(people(`${org}、某厅副厅长王五出席。`)).toEqual([['王五', `${org}、某厅副厅长`, '出席']]);
    expect(people(`某${org}、某厅副厅长王五出席。`)).toEqual([['王五', '某厅副厅长', '出席']]);
  });
  it('does not end a list at a position and name it could not split', () => {
    expect(people('副区长王五、区政府区长种及灵、副区长李四出席会议。')).toEqual([
      ['王五', '副区长', '出席'],
      ['李四', '副区长', '出席'],
    ]);
  });
  it('gives a list under an attending label 出席, and reads a caption that is only a position and a name', () => {
    expect(people('出席活动的嘉宾包括：白江市副市长王五，青川市副市长李四。')).toEqual([
      ['王五', '白江市副市长', '出席'],
      ['李四', '青川市副市长', '出席'],
    ]);
    const got = read({ captions: ['白江市副市长王五'] });
    expect(got.map((p) => [p.name, p.position, p.role, p.roleStated])).toEqual([
      ['王五', '白江市副市长', '其他', false],
    ]);
  });
  it('keeps the first position of someone for back-references, and never stores a missing one', () => {
    expect(people('随后王五致辞。', '白江区副区长王甲出席会议。', '王区长强调，要抓好落实。')).toEqual([
      ['王五', '', '致辞'],
      ['王甲', '白江区副区长', '讲话'],
    ]);
    expect(people('白江区区长王甲出席会议。', '王甲会长宣布大会开幕。', '王区长强调，要抓好落实。')).toEqual([
      ['王甲', '白江区区长', '讲话'],
    ]);
  });
  it('reads people after leaving out a clause about a speech elsewhere', () => {
    expect(people('会议传达学习了省委书记韩甲的讲话精神，白江市副市长王五出席，青川市副市长李四致辞。')).toEqual([
      ['王五', '白江市副市长', '出席'],
      ['李四', '青川市副市长', '致辞'],
    ]);
  });
});

describe('givers and receivers', () => {
  it('gives 受奖 to those of a 为-clause that opens a clause, and 颁奖 to the giver before one', () => {
    expect(people('会上，为青川协会会长李四、白江协会会长赵六颁发了证书。')).toEqual([
      ['李四', '青川协会会长', '受奖'],
      ['赵六', '白江协会会长', '受奖'],
    ]);
    expect(people('会上，白江市副市长王五为青川协会会长李四颁发了证书。')).toEqual([
      ['王五', '白江市副市长', '颁奖'],
      ['李四', '青川协会会长', '受奖'],
    ]);
  });
  it('gives 受奖 to someone met before and named after what they are honoured as', () => {
    expect(people('白江市副市长王五出席。', '会上，为2023年度优秀志愿者王五颁发了证书。')).toEqual([
      ['王五', '白江市副市长', '受奖'],
    ]);
  });
  it('reads the one whose report was heard or adopted as a speaker', () => {
    const heard = read({ lines: ['会议听取了白江市副市长王五的《工作报告》。'] });
    expect(heard.map((p) => [p.name, p.position, p.role, p.kind])).toEqual([
      ['王五', '白江市副市长', '发言', '交流发言'],
    ]);
    expect(people('白江市副市长王五出席。', '会议审议通过了王五所作的《工作报告》。')).toEqual([
      ['王五', '白江市副市长', '发言'],
    ]);
  });
});

describe('people introduced as 同志', () => {
  it('count as met, with a word before the name left out', () => {
    expect(people('会议向王五同志颁发了证书。', '王五表示，深受鼓舞。')).toEqual([['王五', '', '讲话']]);
    expect(people('王五同志获得表彰。', '王五表示，深受鼓舞。')).toEqual([['王五', '', '讲话']]);
    expect(people('会议表彰了欧阳明同志。', '欧阳明表示，深受鼓舞。')).toEqual([['欧阳明', '', '讲话']]);
    expect(people('王五表示，深受鼓舞。')).toEqual([]);
  });
  it('but not a name without a known surname', () => {
    expect(people('会议表彰了乌云其同志。', '乌云其表示，深受鼓舞。')).toEqual([]);
  });
});

describe('sections of a report', () => {
  const kinds = (...lines: string[]) => read({ lines }).map((p) => [p.name, p.role, p.kind, p.kindStated]);
  it('are headings of up to 30 characters without punctuation but at their end', () => {
    expect(kinds('专家分享！！', '白江大学教授王五介绍了经验。')).toEqual([['王五', '发言', '专题分享', true]]);
    expect(kinds(`交流发言${'某'.repeat(26)}`, '白江大学教授王五介绍了经验。')).toEqual([
      ['王五', '发言', '交流发言', true],
    ]);
    expect(kinds(`交流发言${'某'.repeat(27)}`, '白江大学教授王五介绍了经验。')).toEqual([
      ['王五', '发言', '交流发言', false],
    ]);
    expect(kinds('主旨演讲！与会者反响热烈', '白江大学教授王五介绍了经验。')).toEqual([
      ['王五', '发言', '交流发言', false],
    ]);
    expect(kinds('大会进入交流发言。', '白江大学教授王五介绍了经验。')).toEqual([['王五', '发言', '交流发言', false]]);
  });
  it('or sentences that name one with 环节 or start with 随后', () => {
    expect(kinds('交流发言环节，白江大学教授王五介绍了经验。')).toEqual([['王五', '发言', '交流发言', true]]);
    expect(kinds('随后进入主旨演讲，白江大学教授王五介绍了经验。')).toEqual([['王五', '主旨演讲', '主旨演讲', true]]);
    expect(kinds('随后，白江大学教授王五介绍了经验。')).toEqual([['王五', '发言', '交流发言', false]]);
  });
  it('make an unstated speech or a plain 发言 of their kind, never a stated 致辞 or someone without a role', () => {
    expect(kinds('主旨演讲', '白江大学教授王五作了发言。')).toEqual([['王五', '主旨演讲', '主旨演讲', true]]);
    expect(kinds('主旨报告', '白江大学教授王五介绍了经验。')).toEqual([['王五', '主旨演讲', '主旨报告', true]]);
    expect(kinds('交流发言', '白江市副市长王五致辞。')).toEqual([['王五', '致辞', '致辞', true]]);
    expect(kinds('交流发言', '白江大学教授王五，青川学院教授李四。')).toEqual([
      ['王五', '其他', undefined, false],
      ['李四', '其他', undefined, false],
    ]);
  });
});

describe('a talk with a title', () => {
  it('is no leader’s address: an unstated 讲话 with a title is a 发言 of no stated kind', () => {
    const got = read({ lines: ['白江大学教授王五以《乡村的路》为题，指出要抓落实。'] });
    expect(got.map((p) => [p.role, p.kind, p.kindStated, p.title])).toEqual([['发言', '其他', false, '乡村的路']]);
    const shared = read({ lines: ['白江大学教授王五以《乡村的路》为题，介绍了经验。'] });
    expect(shared.map((p) => [p.role, p.kind, p.kindStated, p.title])).toEqual([
      ['发言', '交流发言', false, '乡村的路'],
    ]);
  });
  it('is where the record is read from when two mentions rank alike', () => {
    const got = read({ lines: ['白江大学教授王五作交流发言。', '王五以《乡村的路》为题作交流发言。'] });
    expect(got.map((p) => [p.title, p.from])).toEqual([['乡村的路', '王五以《乡村的路》为题作交流发言。']]);
  });
});

describe('a headline of names and speeches', () => {
  it('decides between speeches, with parts split at any run of spaces', () => {
    const got = read({
      lines: ['会议由王五主持，白江市副市长李四、青川市副市长赵六分别致辞。'],
      headline: '李四讲话  赵六致辞',
    });
    expect(got.map((p) => [p.name, p.role, p.kind, p.roleStated, p.kindStated])).toEqual([
      ['王五', '主持', undefined, true, false],
      ['李四', '讲话', '讲话', true, true],
      ['赵六', '致辞', '致辞', true, true],
    ]);
  });
  it('changes no one who did not speak, nor anything when it has one part', () => {
    const chair = read({
      lines: ['会议由白江市副市长王五主持，青川市副市长李四、白江市民政局局长赵六分别致辞。'],
      headline: '王五讲话 李四致辞',
    });
    expect(chair.map((p) => [p.name, p.role])).toEqual([
      ['王五', '主持'],
      ['李四', '致辞'],
      ['赵六', '致辞'],
    ]);
    const one = read({ lines: ['白江市副市长李四、青川市副市长赵六分别致辞。'], headline: '李四讲话' });
    expect(one.map((p) => [p.name, p.role])).toEqual([
      ['李四', '致辞'],
      ['赵六', '致辞'],
    ]);
  });
  it('leaves a speech of the same role as it was read, and matches the longest name first', () => {
    const same = read({
      lines: ['白江市副市长王五指出，要抓落实。', '青川市副市长李四讲话。'],
      headline: '王五讲话 李四致辞',
    });
    expect(same.map((p) => [p.name, p.role, p.roleStated])).toEqual([
      ['王五', '讲话', false],
      ['李四', '致辞', true],
    ]);
    const longest = read({
      lines: ['白江市副市长王五、青川市副市长王五一分别致辞。'],
      headline: '王五一讲话 王五致辞',
    });
    expect(longest.map((p) => [p.name, p.role])).toEqual([
      ['王五', '致辞'],
      ['王五一', '讲话'],
    ]);
  });
});

describe('one record per person', () => {
  it('keeps the full form of a post a later mention writes without its place or body', () => {
    expect(people('长淮街道人大工委主任王五出席。', '街道人大工委主任王五讲话。')).toEqual([
      ['王五', '长淮街道人大工委主任', '讲话'],
    ]);
    expect(
      people('社会组织党委办公室主任王五主持会议。', '白江省民政厅社会组织党委办公室主任王五宣读了决定。'),
    ).toEqual([['王五', '白江省民政厅社会组织党委办公室主任', '主持']]);
  });
  it('does not take another post for a fuller form, and reads a bare 协会 as the body named before', () => {
    expect(people('副会长王五主持会议。', '常务副会长王五出席。')).toEqual([['王五', '副会长', '主持']]);
    expect(people('白江慈善协会召开会议，党支部书记王五主持。', '协会党支部书记王五讲话。')).toEqual([
      ['王五', '党支部书记', '讲话'],
    ]);
  });
  it('keeps a numbered term of an elected post as written, and leaves 首届 out', () => {
    expect(people('王五、李四当选为第十一届副会长。')).toEqual([
      ['王五', '第十一届副会长', '其他'],
      ['李四', '第十一届副会长', '其他'],
    ]);
    expect(people('王五、李四当选为第11届副会长。')).toEqual([
      ['王五', '第11届副会长', '其他'],
      ['李四', '第11届副会长', '其他'],
    ]);
    expect(people('王五、李四当选为首届副会长。')).toEqual([
      ['王五', '副会长', '其他'],
      ['李四', '副会长', '其他'],
    ]);
  });
  it('is known when any mention names someone the archive has', () => {
    const got = read({ lines: ['白江区副区长王甲出席会议。', '王区长强调，要抓好落实。'], known: ['王甲'] });
    expect(got.map((p) => [p.name, p.role, p.known])).toEqual([['王甲', '讲话', true]]);
  });
});

describe('choosing among names that start at the same place', () => {
  it('takes the longest name with something after it', () => {
    // (和 before 、 joins nothing: it ends the name, as in 周忠和 or 李永和.)
    expect(people('副局长赵一和、局长王五出席会议。')).toEqual([
      ['赵一和', '副局长', '出席'],
      ['王五', '局长', '出席'],
    ]);
  });
  it('does not end a name with 和 or 与 before the next title, with or without a place in front', () => {
    expect(people('市长张三和区长李四出席会议。')).toEqual([
      ['张三', '市长', '出席'],
      ['李四', '区长', '出席'],
    ]);
    expect(people('副市长王五和白江区区长李四出席会议。')).toEqual([
      ['王五', '副市长', '出席'],
      ['李四', '白江区区长', '出席'],
    ]);
    expect(people('副市长王五与白江区区长李四出席会议。')).toEqual([
      ['王五', '副市长', '出席'],
      ['李四', '白江区区长', '出席'],
    ]);
  });
});

describe('a list without a predicate of its own', () => {
  it('shares the next one’s when only speaking on behalf of others and a piece of position stand between', () => {
    expect(people('白江市副市长王五代表白江市人民政府，白江市民政局党组书记、局长李四先后讲话。')).toEqual([
      ['王五', '白江市副市长', '讲话'],
      ['李四', '白江市民政局党组书记、局长', '讲话'],
    ]);
    expect(people('白江市副市长王五代表白江市人民政府，白江市民政局局长李四，青川市副市长赵六先后讲话。')).toEqual([
      ['王五', '白江市副市长', '讲话'],
      ['李四', '白江市民政局局长', '讲话'],
      ['赵六', '青川市副市长', '讲话'],
    ]);
  });
  it('but not after a deed of its own', () => {
    expect(people('白江市副市长王五致贺信，白江市民政局党组书记、局长李四讲话。')).toEqual([
      ['王五', '白江市副市长', '其他'],
      ['李四', '白江市民政局党组书记、局长', '讲话'],
    ]);
    // (Declaring it open is attending since round 222.)
    expect(people('白江市副市长王五致贺信，青川市副市长李四宣布开幕。')).toEqual([
      ['王五', '白江市副市长', '其他'],
      ['李四', '青川市副市长', '出席'],
    ]);
  });
});

describe('the giver of 为…颁发', () => {
  const roles = (input: Partial<PeopleInput>) => read(input).map((p) => [p.name, p.role, p.known]);
  it('is a name with a known surname, or someone met before, or no one', () => {
    expect(roles({ lines: ['会上，王五为青川协会会长李四、白江协会会长赵六颁发了奖牌。'] })).toEqual([
      ['李四', '受奖', false],
      ['赵六', '受奖', false],
      ['王五', '颁奖', false],
    ]);
    expect(roles({ lines: ['会上，王五为青川协会会长李四、白江协会会长赵六颁发了奖牌。'], known: ['王五'] })).toEqual([
      ['李四', '受奖', false],
      ['赵六', '受奖', false],
      ['王五', '颁奖', true],
    ]);
    expect(roles({ lines: ['会上，乌云其为青川协会会长李四、白江协会会长赵六颁发了奖牌。'] })).toEqual([
      ['李四', '受奖', false],
      ['赵六', '受奖', false],
    ]);
    const met = read({
      lines: ['白江市副市长王五出席。', '会上，王五为青川协会会长李四、白江协会会长赵六颁发了奖牌。'],
    });
    expect(met.map((p) => [p.name, p.role]).slice(0, 1)).toEqual([['王五', '颁奖']]);
    expect(met[0]!.position).toBe('白江市副市长');
  });
  it('hands out no award with a certificate of appointment: its receivers did 其他', () => {
    const got = read({ lines: ['会上，王五为青川协会会长李四、白江协会会长赵六颁发了聘书。'] });
    expect(got.map((p) => [p.name, p.role, p.roleStated])).toEqual([
      ['李四', '其他', true],
      ['赵六', '其他', true],
      ['王五', '颁奖', true],
    ]);
  });
});

describe('rules added in rounds 6 and 7', () => {
  it('leaves a note that is only another post out of the position, and keeps any other note', () => {
    expect(people('副会长（理事）王五出席会议。')).toEqual([['王五', '副会长', '出席']]);
    expect(people('副主任（主持工作）贺东出席会议。')).toEqual([['贺东', '副主任（主持工作）', '出席']]);
  });
  it('ends a list item at 和 before the next person’s position', () => {
    expect(people('白江商会副会长张三、王五和监事李六出席会议。')).toEqual([
      ['张三', '白江商会副会长', '出席'],
      ['王五', '白江商会副会长', '出席'],
      ['李六', '监事', '出席'],
    ]);
  });
  it('reads 荣升 like 当选, one name elected with the term left out, and 列席 as attending', () => {
    expect(people('王五、李四荣升副主席。')).toEqual([
      ['王五', '副主席', '其他'],
      ['李四', '副主席', '其他'],
    ]);
    expect(people('王五当选第二届理事会会长并致辞。')).toEqual([['王五', '会长', '致辞']]);
    expect(people('副市长王五、李四列席会议。')).toEqual([
      ['王五', '副市长', '出席'],
      ['李四', '副市长', '出席'],
    ]);
  });
  it('reads a name alone before 首先 and what the person does', () => {
    expect(people('会后，王五首先发言。')).toEqual([['王五', '', '发言']]);
  });
  it('takes a sentence opening with 首先 as a cue to a section', () => {
    const got = read({ lines: ['首先，主旨演讲环节，白江大学教授王五介绍了经验。'] });
    expect(got.map((p) => [p.role, p.kind, p.kindStated])).toEqual([['主旨演讲', '主旨演讲', true]]);
  });
});

describe('an organization alone before the next position', () => {
  it('is taken without the space or the stop word before it', () => {
    expect(people('会上， 白江市委办、白江市政府办副主任刘甲出席并致辞。')).toEqual([
      ['刘甲', '白江市委办、白江市政府办副主任', '致辞'],
    ]);
    expect(people('由白江市委办、白江市政府办副主任刘甲主持。')).toEqual([
      ['刘甲', '白江市委办、白江市政府办副主任', '主持'],
    ]);
  });
});

describe('weak and strong positions', () => {
  it('prefers a full mention’s post to the bare title of someone named by their part in the event', () => {
    expect(people('白江商会会长王五出席。', '承办单位王五秘书长致辞。')).toEqual([['王五', '白江商会会长', '致辞']]);
  });
  it('takes an organization alone into the position of an <organization><name><title> after it', () => {
    expect(people('白江市委、白江市政府办王五主任出席会议。')).toEqual([
      ['王五', '白江市委、白江市政府办主任', '出席'],
    ]);
  });
  it('reads no position out of running prose before a title', () => {
    expect(people('参加培训学员代表王五发言。')).toEqual([]);
  });
  it('reads a back-reference after a leading stop word in the same chunk', () => {
    expect(people('白江区副区长王甲出席会议。', '随后王副区长强调，要抓好落实。')).toEqual([
      ['王甲', '白江区副区长', '讲话'],
    ]);
  });
  it('reads a clause of posts after a space', () => {
    expect(people('大会选举王五任会长， 李四任副会长。')).toEqual([
      ['王五', '会长', '其他'],
      ['李四', '副会长', '其他'],
    ]);
  });
});

describe('the role a predicate gives', () => {
  it('is the stated role of highest precedence, else the first inferred one, within the first clause', () => {
    expect(roleOf('出席会议并讲话')?.role).toBe('讲话');
    expect(roleOf('提到了去年的成绩，表示要再接再厉')?.role).toBe('发言');
    expect(roleOf('表示感谢，介绍了经验')?.role).toBe('讲话');
    expect(roleOf('参观了展厅。随后致辞')).toBeUndefined();
  });
});

describe('after the re-measure', () => {
  it('counts no one introduced as 同志 whose name has no known surname', () => {
    expect(people('会议表彰了乌云同志。', '乌云表示，深受鼓舞。')).toEqual([]);
  });
  it('gives 受奖 only to the people inside the 为-clause', () => {
    const got = read({ lines: ['会上，王五为青川协会会长李四颁发了奖牌，白江市副市长赵六致辞。'] });
    expect(got.map((p) => [p.name, p.role])).toEqual([
      ['李四', '受奖'],
      ['赵六', '致辞'],
      ['王五', '颁奖'],
    ]);
  });
  it('gives a name alone no piece of position', () => {
    const got = read({ lines: ['白江市委常委、李四出席会议。'], known: ['李四'] });
    expect(got.map((p) => [p.name, p.position, p.role, p.known])).toEqual([['李四', undefined, '出席', true]]);
  });
  it('carries a list across a piece of the next position of up to 40 characters', () => {
    const piece = `白江市${'某'.repeat(35)}书记`;
    expect(people(`白江市副市长王五代表白江市人民政府，${piece}、局长李四先后讲话。`)).toEqual([
      ['王五', '白江市副市长', '讲话'],
      ['李四', `${piece}、局长`, '讲话'],
    ]);
    expect(people(`白江市副市长王五代表白江市人民政府，某${piece}、局长李四先后讲话。`)).toEqual([
      ['王五', '白江市副市长', '其他'],
      ['李四', `某${piece}、局长`, '讲话'],
    ]);
  });
  it('gives 受奖 to no one outside the 为-clause, nor to someone it names who is not given the award', () => {
    expect(people('白江市副市长王五出席，为青川协会会长李四颁发了证书。')).toEqual([
      ['王五', '白江市副市长', '出席'],
      ['李四', '青川协会会长', '受奖'],
    ]);
    expect(people('白江市副市长王五出席。', '会上，向王五所在的团队颁发了奖牌。')).toEqual([
      ['王五', '白江市副市长', '出席'],
    ]);
  });
  it('reads a report as given by someone met before only when the meeting heard or adopted it', () => {
    expect(people('白江市副市长王五出席。', '大家认真学习了王五所作的《工作报告》。')).toEqual([
      ['王五', '白江市副市长', '出席'],
    ]);
    expect(people('白江市副市长王五出席。', '会议审议通过王五所作的《工作报告》。')).toEqual([
      ['王五', '白江市副市长', '发言'],
    ]);
    expect(people('白江市副市长王五出席。', '审议了王五所作的《工作报告》。')).toEqual([
      ['王五', '白江市副市长', '发言'],
    ]);
    expect(people('白江市副市长王五出席。', '会议由白江市副市长李四主持，审议通过了王五所作的《工作报告》。')).toEqual([
      ['王五', '白江市副市长', '发言'],
      ['李四', '白江市副市长', '主持'],
    ]);
  });
  it('keeps the position of the strongest mention when no other is a fuller form of it', () => {
    expect(people('白江市民政局副局长王五出席。', '区委书记王五讲话。')).toEqual([['王五', '区委书记', '讲话']]);
    expect(people('副会长王五出席。', '白江商会常务副会长王五致辞。')).toEqual([
      ['王五', '白江商会常务副会长', '致辞'],
    ]);
    expect(people('白江慈善协会副会长王五出席。', '党支部书记王五主持。', '协会党支部书记王五讲话。')).toEqual([
      ['王五', '党支部书记', '讲话'],
    ]);
  });
  it('drops the punctuation and spaces before a position, never inside it', () => {
    expect(people('出席活动的嘉宾包括： 白江市副市长王五，青川市副市长李四。')).toEqual([
      ['王五', '白江市副市长', '出席'],
      ['李四', '青川市副市长', '出席'],
    ]);
    expect(people('白江市民政局 副局长王五出席。')).toEqual([['王五', '白江市民政局 副局长', '出席']]);
  });
});

describe('second re-measure', () => {
  it('gives 受奖 to no one after a 为-clause that opens a clause', () => {
    expect(people('会上，为青川协会会长李四颁发了证书，白江市副市长赵六致辞。')).toEqual([
      ['李四', '青川协会会长', '受奖'],
      ['赵六', '白江市副市长', '致辞'],
    ]);
  });
  it('takes no post with a modifier after a body for a fuller form', () => {
    expect(people('副会长王五主持会议。', '白江商会常务副会长王五出席。')).toEqual([['王五', '副会长', '主持']]);
  });
  it('reads no report given by someone met before when their name is not before 所作的《, or no verb of hearing ends right there', () => {
    expect(people('白江市副市长王五出席。', '报告经会议审议通过。')).toEqual([['王五', '白江市副市长', '出席']]);
    expect(people('白江市副市长王五出席。', '大会通过并学习了王五所作的《工作报告》。')).toEqual([
      ['王五', '白江市副市长', '出席'],
    ]);
  });
  it('takes 随后 as a cue to a section only at the start of a sentence', () => {
    const got = read({ lines: ['白江大学教授王五介绍了经验，随后进行专家分享。'] });
    expect(got.map((p) => [p.role, p.kind, p.kindStated])).toEqual([['发言', '交流发言', false]]);
  });
  it('does not end a name with 和 before a district and its 区长, when the district starts like a verb (同安区)', () => {
    expect(people('副市长王五和同安区区长李四出席会议。')).toEqual([
      ['王五', '副市长', '出席'],
      ['李四', '同安区区长', '出席'],
    ]);
  });
  it('reads a name with a rare surname between the names of a list as no archive name', () => {
    const got = read({ lines: ['白江省政协副主席白甲、井林、黄乙出席。'] });
    expect(got.map((p) => [p.name, p.position, p.known])).toEqual([
      ['白甲', '白江省政协副主席', false],
      ['井林', '白江省政协副主席', false],
      ['黄乙', '白江省政协副主席', false],
    ]);
  });
});
