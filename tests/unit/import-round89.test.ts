/**
 * Round 89 of the importer (stop 49), from the one report of RM to RT refused at first sight: a government page whose
 * only event name, `乡贤座谈会`, is too short to be whole (the stop-47 gate leaves it to the editor) and which names no
 * organizer and no person. A report that names its event is not refused: the draft shows the name in its TODO. And the
 * day beside an index number on one info line is the page's. On text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { emptyArchive } from '../../src/lib/import/archive.ts';
import { ImportError } from '../../src/lib/import/decode.ts';
import { readFacts } from '../../src/lib/import/index.ts';

const archive = emptyArchive();
const bytes = (text: string) => new TextEncoder().encode(text);

describe('round 89: a report that names its event is not refused', () => {
  const page = `http://example.gov.cn/zfxxgk/view.jsp?id=1
共话家乡发展--乡贤座谈会在白江镇召开
发布日期: 2021.05.06 索引号: 00012345-X-0801-2011-1007
发布机构: 白江镇 文号:
    为凝聚乡贤力量，白江镇节日期间请各村分别开了乡贤座谈会，在外乡贤回乡相聚，谈家乡变化。
    座谈会上村干部介绍了家乡近年来的发展情况，希望大家多提意见，把家乡建设得更好。
`;

  it('reads the page, with the short name held back for the editor', () => {
    const { facts } = readFacts(bytes(page), archive);
    expect(facts.title).toBeUndefined();
    expect(facts.titleHeldBack).toBe('乡贤座谈会');
    expect(facts.todos.find((t) => t.field === 'title')?.why).toMatch(/乡贤座谈会/);
  });

  it('reads the day beside the index number as the page’s', () => {
    expect(readFacts(bytes(page), archive).facts.published).toBe('2021-05-06');
  });

  it('still refuses a text that names no event, no organizer and no person', () => {
    expect(() =>
      readFacts(
        bytes('http://example.org/a\n今天天气很好，大家一起去公园散步，看见了很多花草树木，心情非常愉快。\n'),
        archive,
      ),
    ).toThrow(ImportError);
  });
});

describe('stop 49: a portal names no outlet by its breadcrumb either', () => {
  const lead = '11月9日，白江市对外友好协会召开第三届理事会，会长李青山作工作报告，副会长王明主持会议。';

  it('takes no outlet from a portal’s own breadcrumb on its page', () => {
    const f = readFacts(
      bytes(`http://news.sina.com.cn/c/2005-05-17/1.shtml\n新闻中心新浪首页 > 国内新闻 > 正文\n${lead}\n`),
      archive,
    ).facts;
    expect(f.outlet).toBeUndefined();
    expect(f.todos.find((t) => t.field === 'sources[0].outlet')?.why).toMatch(/新浪网/);
  });

  it('still takes the source line a portal’s page gives', () => {
    const f = readFacts(
      bytes(`http://news.sina.com.cn/c/2005-05-17/1.shtml\n来源：白江日报\n${lead}\n`),
      archive,
    ).facts;
    expect(f.outlet).toBe('白江日报');
  });
});
