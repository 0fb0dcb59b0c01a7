import { describe, expect, it } from 'vitest';
import { findAffiliations, isRole } from '../../src/lib/import/affiliations.ts';
import { guessOrganizationType } from '../../src/lib/import/draft.ts';
import { bylineReporters, extractFacts, normalizePublished, splitOrganizations } from '../../src/lib/import/extract.ts';
import { personId, personPinyin, slugify, uniqueId } from '../../src/lib/import/ids.ts';
import { speakerAtEnd, speakerList, splitPositionName } from '../../src/lib/import/names.ts';

describe('names and positions', () => {
  it('splits <position><name> at the last title word, or at a known name', () => {
    expect(splitPositionName('青川省民政厅副厅长吴明')).toEqual({ position: '青川省民政厅副厅长', name: '吴明', known: false });
    expect(splitPositionName('蓝山市某协会会长兼秘书长欧阳一帆')).toEqual({ position: '蓝山市某协会会长兼秘书长', name: '欧阳一帆', known: false });
    expect(splitPositionName('蓝山市某协会会长兼秘书长欧阳一帆', ['欧阳一帆'])).toEqual({ position: '蓝山市某协会会长兼秘书长', name: '欧阳一帆', known: true });
    expect(splitPositionName('社会组织的作用日益彰显')).toBeUndefined();
    expect(splitPositionName('会长的')).toBeUndefined();
  });
  it('finds the speaker before a verb, with positions across commas', () => {
    expect(speakerAtEnd('“引言。”白江大学校长助理、教授，白江学会理事长许诺')).toEqual({ position: '白江大学校长助理、教授，白江学会理事长', name: '许诺', known: false });
    expect(speakerAtEnd('会上，东海商会副会长程立')).toMatchObject({ position: '东海商会副会长', name: '程立' });
    expect(speakerAtEnd('与会嘉宾纷纷')).toBeUndefined();
  });
  it('splits a list of speakers whose positions contain 、', () => {
    const list = speakerList('开幕式后，甲省民政厅社管局局长、二级巡视员李一、乙市副市长王二、丙协会会长张三丰等嘉宾');
    expect(list.map((p) => `${p.position}|${p.name}`)).toEqual(['甲省民政厅社管局局长、二级巡视员|李一', '乙市副市长|王二', '丙协会会长|张三丰']);
  });
  it('reads organizations and roles out of a position', () => {
    expect(findAffiliations('白江大学校长助理、党委委员、科创院院长，白江市机械学会理事长', [])).toEqual([
      { name: '白江大学', role: '校长助理、党委委员' },
      { name: '白江大学科创院', role: '院长' },
      { name: '白江市机械学会', role: '理事长' },
    ]);
    expect(findAffiliations('蓝山市副市长', [])).toEqual([{ name: '蓝山市人民政府', role: '副市长' }]);
    expect(findAffiliations('青川省民政厅社会组织管理局局长', ['青川省民政厅', '青川省民政厅社会组织管理局'])).toEqual([{ name: '青川省民政厅社会组织管理局', role: '局长' }]);
    expect(findAffiliations('资深媒体人', [])).toEqual([]);
    expect(isRole('副会长兼秘书长')).toBe(true);
    expect(isRole('商会部主任')).toBe(false);
  });
});

describe('small readers', () => {
  it('normalises publication times to Beijing time', () => {
    expect(normalizePublished('2024-9-3 8:05 来源：某报')).toBe('2024-09-03 08:05');
    expect(normalizePublished('2024年12月04日 20:37:06')).toBe('2024-12-04 20:37:06');
    expect(normalizePublished('2024-09-03T02:15:00Z')).toBe('2024-09-03 10:15:00');
    expect(normalizePublished('没有时间')).toBeUndefined();
  });
  it('splits organization lists without breaking names that contain 和', () => {
    expect(splitOrganizations('甲省民政厅、乙市人力资源和社会保障局以及丙市人民政府')).toEqual(['甲省民政厅', '乙市人力资源和社会保障局', '丙市人民政府']);
    expect(splitOrganizations('甲市民政局和乙市民政局')).toEqual(['甲市民政局', '乙市民政局']);
  });
  it('keeps reporters, not correspondents', () => {
    expect(bylineReporters('记者 罗一舟 通讯员 齐晓')).toEqual(['罗一舟']);
    expect(bylineReporters('冯一 邓二')).toEqual(['冯一', '邓二']);
  });
  it('makes ids and pinyin in the archive style', () => {
    expect(personId('查颖冬')).toBe('zha-yingdong');
    expect(personId('欧阳一帆')).toBe('ouyang-yifan');
    expect(personPinyin('吕明')).toBe('Lǚ Míng');
    expect(slugify('重庆市民政局')).toBe('chongqing-minzhengju');
    expect(slugify('民政部社会组织管理局')).toBe('minzhengbu-shehui-zuzhi-guanliju');
    expect(slugify('江苏省社会组织促进会')).toBe('jiangsu-shehui-zuzhi-cujinhui');
    expect(slugify('广西壮族自治区民政厅')).toBe('guangxi-zhuangzu-minzhengting');
    expect(uniqueId('wang-qiang', (id) => ['wang-qiang', 'wang-qiang-2'].includes(id))).toBe('wang-qiang-3');
    expect(guessOrganizationType('白江市公益联合会')).toBe('federation');
    expect(guessOrganizationType('某市企业联合会（企业家协会）')).toBe('federation');
    expect(guessOrganizationType('某某科技有限公司')).toBe('enterprise');
  });
});

describe('extractFacts', () => {
  const lines = [
    '白江公益论坛开幕',
    '2025-10-19 09:30:00 来源：白江网',
    '白江网讯（记者 罗一舟）10月18日至19日，由青川省民政厅、白江市人民政府主办，白江市公益联合会承办的第三届2025西岭公益论坛在白江市举行。论坛以“社区共治 公益同行”为主题。',
    '青川省民政厅厅长林海燕、白江市副市长周明德出席开幕式并致辞。',
    '交流发言',
    '白江大学教授陈思远以《社区基金会的本地化路径》为题，介绍了研究发现。',
    '西岭社区基金会理事长顾文涛表示，基金会将扩大小额资助。',
    '会上，两地签署《西岭社区公益合作协议》，发布《西岭公益发展报告》。',
    '据悉，“社区养老”“青少年服务”两场平行论坛将于会后举行。',
  ];
  const f = extractFacts(lines, {}, ['林海燕']);
  it('reads the report and the conference', () => {
    expect(f).toMatchObject({
      headline: '白江公益论坛开幕',
      outlet: '白江网',
      published: '2025-10-19 09:30:00',
      reporters: ['罗一舟'],
      startDate: '2025-10-18',
      endDate: '2025-10-19',
      city: '白江市',
      theme: '社区共治 公益同行',
      organizers: ['青川省民政厅', '白江市人民政府'],
      hosts: ['白江市公益联合会'],
    });
    expect(f.title).toBe('2025西岭公益论坛');
  });
  it('reads speakers in order, with kind, title and whether the kind was stated', () => {
    expect(f.speakers.map((s) => [s.name, s.position, s.kind, s.kindStated, s.title ?? '', s.known])).toEqual([
      ['林海燕', '青川省民政厅厅长', '致辞', true, '', true],
      ['周明德', '白江市副市长', '致辞', true, '', false],
      ['陈思远', '白江大学教授', '交流发言', true, '社区基金会的本地化路径', false],
      ['顾文涛', '西岭社区基金会理事长', '交流发言', true, '', false],
    ]);
  });
  it('reads documents and announced parallel sessions', () => {
    expect(f.documents).toEqual([
      { title: '西岭社区公益合作协议', kind: 'agreement', verb: '签署' },
      { title: '西岭公益发展报告', kind: 'report', verb: '发布' },
    ]);
    expect(f.parallelSessions).toEqual([
      { name: '社区养老分论坛', kind: '平行论坛', status: 'announced' },
      { name: '青少年服务分论坛', kind: '平行论坛', status: 'announced' },
    ]);
  });
  it('pairs a list of speakers with their titles in order', () => {
    const g = extractFacts(['2025-01-02 10:00', '会上，甲协会会长李一、乙大学教授王二分别作了题为《题一》《题二》的主旨演讲。']);
    expect(g.speakers.map((s) => [s.name, s.title, s.kind])).toEqual([
      ['李一', '题一', '主旨演讲'],
      ['王二', '题二', '主旨演讲'],
    ]);
  });
  it('reads a day without a month from the publication date, and a city abbreviation', () => {
    const g = extractFacts(['2023-11-07 10:16:07', '某网11月7日电（记者 甲乙）6日下午，2023某地社会组织大会在渝开幕。']);
    expect(g).toMatchObject({ startDate: '2023-11-06', city: '重庆市', cityAsWritten: '渝', title: '2023某地社会组织大会' });
  });
  it('leaves undefined what the text does not say', () => {
    const g = extractFacts(['一段与会议无关的中文文字，没有日期，也没有人物。']);
    expect(g.title).toBeUndefined();
    expect(g.startDate).toBeUndefined();
    expect(g.speakers).toEqual([]);
  });
});
