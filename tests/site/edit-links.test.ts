/**
 * Every page built from a source file links to that file for editing (repository
 * URL from src/config.ts) and shows when the file last changed, from git history.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/config.ts';
import { byClass, byTag, readPage } from '../support/html.ts';
import { ROOT, SITES, siteDir } from '../support/sites.ts';

const dir = siteDir(SITES.fixture);
const lastCommit = (file: string) =>
  execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { cwd: ROOT, encoding: 'utf8' }).trim();

const PAGES: [string, string][] = [
  ['/conferences/2022-xiling/', 'tests/fixtures/archive/conferences/2022-xiling/index.mdx'],
  [
    '/conferences/2022-xiling/01-lin-haiyan/',
    'tests/fixtures/archive/conferences/2022-xiling/speeches/01-lin-haiyan.md',
  ],
  ['/people/lin-haiyan/', 'tests/fixtures/archive/people/lin-haiyan.yaml'],
  ['/organizations/qingchuan-minzhengting/', 'tests/fixtures/archive/organizations/qingchuan-minzhengting.yaml'],
  ['/series/xiling-gongyi-luntan/', 'tests/fixtures/archive/series/xiling-gongyi-luntan.yaml'],
  ['/regions/xiling/', 'tests/fixtures/archive/regions/xiling.yaml'],
];

describe('"edit this page" and last changed', () => {
  for (const [url, file] of PAGES) {
    it(`${url} links to ${file} and shows its last commit date`, () => {
      const page = readPage(dir, url);
      const footer = page.find(byClass('edit-link'));
      expect(footer, url).toBeDefined();
      const link = page.findAll(byTag('a')).find((a) => a.attribs.href?.includes('/edit/'));
      expect(link?.attribs.href).toBe(`${SITE.repository}/edit/${SITE.branch}/${file}`);
      const date = lastCommit(file);
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const time = page.findAll(byTag('time')).find((t) => t.attribs.datetime === date);
      expect(time, `${url} should show ${date}`).toBeDefined();
    });
  }
  it('pages without a source file of their own have no edit link', () => {
    for (const url of ['/', '/people/', '/years/']) {
      const page = readPage(dir, url);
      expect(page.find(byClass('edit-link')), url).toBeUndefined();
    }
  });
});
