/**
 * What a reader reads, not what the machine knows (issue 15, items 5 and 6), on every
 * page of the built fixture and real sites: ordinals that say what they count, no
 * catch-all or repeated badges, no name said twice, no editors' notes, no Traditional
 * spelling passed off as another name, the conference summary before its facts.
 * Expectations come from the archive graph the pages are built from, not from lists.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/integrations/search/index-build.ts';
import { toSimplified } from '../../src/lib/text/t2s.ts';
import { byClass, byTag, readPage, type Page } from '../support/html.ts';
import { ROOT, SITES, siteDir, type SiteSpec } from '../support/sites.ts';

const dtValue = (page: Page, label: string) => {
  const dt = page.findAll(byTag('dt')).find((e) => page.textOf(e) === label);
  let dd = dt?.nextSibling;
  while (dd && !(dd.type === 'tag' && (dd as { name: string }).name === 'dd')) dd = dd.nextSibling;
  return dd as Parameters<Page['textOf']>[0];
};

for (const spec of [SITES.fixture, SITES.real] as SiteSpec[]) {
  describe(`what readers read on the ${spec.name} site`, () => {
    const archive = readArchive(path.join(ROOT, spec.content));
    // Links inside a run of text (时任 <a>民政部</a>副部长) read as one run.
    const page = (p: string) => readPage(siteDir(spec), p, ['span', 'a']);
    const published = <T extends { data: { draft?: boolean } }>(xs: T[]) => xs.filter((x) => !x.data.draft);
    const conferences = published(archive.conferences);
    const speeches = conferences.flatMap((c) => published(c.speeches));

    it('numbers a speech within its session, never by its place in the whole conference', () => {
      for (const s of speeches) {
        const p = page(s.path);
        const session = p.textOf(dtValue(p, '环节'));
        const inSession = published(s.session.speeches);
        expect(session, s.path).not.toMatch(/（第 \d+ 篇）/);
        if (inSession.length > 1)
          expect(session, s.path).toBe(
            `${s.session.name}（本环节第 ${inSession.indexOf(s) + 1} 篇，共 ${inSession.length} 篇）`,
          );
        else expect(session, s.path).toBe(s.session.name);
      }
    });

    it("says a speaker's position once, linking the organizations it names", () => {
      for (const s of speeches) {
        const p = page(s.path);
        expect(
          p.findAll(byTag('dt')).map((e) => p.textOf(e)),
          s.path,
        ).not.toContain('任职机构');
        const position = dtValue(p, '时任');
        expect(p.textOf(position), s.path).toContain(s.speakers[0]!.position);
        const links = p
          .findAll((e) => e.name === 'a' && !!position && isInside(e, position))
          .map((a) => a.attribs.href);
        for (const a of s.speakers.flatMap((sp) => sp.affiliations))
          expect(links, s.path).toContain(a.organization.path);
      }
    });

    it('titles pages without saying a name twice (周利民讲话, not 周利民讲话（周利民）)', () => {
      for (const s of speeches) {
        const title = page(s.path).textOf(page(s.path).find(byTag('title')));
        for (const sp of s.speakers)
          expect(title.split(sp.person.data.name).length - 1, `${s.path}: ${title}`).toBeLessThanOrEqual(1);
      }
    });

    it('shows a session kind only where it says something (no 其他, no 主旨演讲 主旨演讲)', () => {
      for (const c of conferences) {
        const p = page(c.path);
        for (const session of c.sessions) {
          const heading = p.find((e) => e.name === 'h3' && e.attribs.id === `session-${session.id}`);
          const text = p.textOf(heading);
          expect(text, c.path).not.toMatch(/^其他/);
          expect(text.split(session.kind).length - 1, `${c.path}: ${text}`).toBeLessThanOrEqual(1);
          if (session.kind !== '其他' && !session.name.includes(session.kind))
            expect(text, c.path).toBe(`${session.kind} ${session.name}`);
        }
      }
    });

    it('puts the conference summary under its title, before the facts, and labels the series link', () => {
      for (const c of conferences) {
        const p = page(c.path);
        const article = p.find(byTag('article'))!;
        const order = article.children.filter((n) => n.type === 'tag').map((n) => (n as { name: string }).name);
        expect(order.slice(0, 3), c.path).toEqual(['h1', 'p', 'dl']);
        expect(p.textOf(p.find(byClass('lead'))), c.path).toBe(c.data.summary);
        expect(p.find(byClass('eyebrow')), c.path).toBeUndefined();
        const series = dtValue(p, '系列');
        expect(p.textOf(series), c.path).toBe(c.series.data.name);
      }
    });

    it('lists as other names only names that differ from the name and short name, in any script', () => {
      const lists: { path: string; name: string; short?: string; label: string }[] = [
        ...archive.organizations.map((o) => ({
          path: o.path,
          name: o.data.name,
          short: o.data.shortName,
          label: '其他名称',
        })),
        ...archive.series.map((s) => ({ path: s.path, name: s.data.name, short: s.data.shortName, label: '其他叫法' })),
        ...archive.people.map((x) => ({ path: x.path, name: x.data.name, label: '其他写法' })),
      ];
      for (const x of lists) {
        const p = page(x.path);
        const dd = dtValue(p, x.label);
        if (!dd) continue;
        for (const li of p.findAll((e) => e.name === 'li' && isInside(e, dd))) {
          const v = p.textOf(li);
          expect([x.name, x.short], `${x.path}: ${v}`).not.toContain(v);
          expect([x.name, x.short], `${x.path}: ${v}`).not.toContain(toSimplified(v));
        }
      }
      // The real archive records Traditional spellings as aliases (for search and the 繁 switch): the check above saw them.
      if (spec.name === 'real')
        expect(
          archive.organizations.flatMap((o) => o.data.aliases).filter((a) => a !== toSimplified(a)).length,
        ).toBeGreaterThan(0);
    });

    it('shows readers no note meant for editors', () => {
      for (const x of [...archive.people, ...archive.organizations]) {
        const p = page(x.path);
        expect(p.textOf(p.find(byTag('article'))), x.path).not.toMatch(
          /待核实|待核对|待查|待确认|待补|TODO|请以职务区分|同名者众/,
        );
      }
    });
  });
}

function isInside(node: { parent: unknown }, ancestor: unknown): boolean {
  for (let n = node.parent as { parent: unknown } | null; n; n = n.parent as { parent: unknown } | null)
    if (n === ancestor) return true;
  return false;
}
