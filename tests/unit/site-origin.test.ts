/** The build's origin (src/lib/site-origin.ts): YILU_SITE, or the local preview's; never an invented one. */
import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN, siteOrigin } from '../../src/lib/site-origin.ts';
import { siteOriginNotice } from '../../src/integrations/site-origin.ts';

describe('siteOrigin', () => {
  it('without YILU_SITE: the origin npm start / npm run preview serves on, marked local', () => {
    expect(LOCAL_ORIGIN).toBe('http://localhost:4321');
    expect(siteOrigin(undefined)).toEqual({ origin: LOCAL_ORIGIN, local: true });
    expect(siteOrigin('  ')).toEqual({ origin: LOCAL_ORIGIN, local: true });
  });
  it('with YILU_SITE: exactly that origin', () => {
    expect(siteOrigin('https://owner.github.io')).toEqual({ origin: 'https://owner.github.io', local: false });
    expect(siteOrigin('https://Archive.Example.com/')).toEqual({ origin: 'https://archive.example.com', local: false });
  });
  it('refuses what is not an origin, with a one-line reason naming the variable', () => {
    expect(() => siteOrigin('owner.github.io')).toThrow(/^YILU_SITE=owner\.github\.io 不是网址/);
    expect(() => siteOrigin('ftp://host')).toThrow(/YILU_SITE=ftp:\/\/host 应以 https:\/\/ 开头/);
    expect(() => siteOrigin('https://owner.github.io/yilu')).toThrow(/YILU_BASE=\/yilu\//);
    for (const bad of ['owner.github.io', 'https://owner.github.io/yilu/']) {
      try {
        siteOrigin(bad);
      } catch (e) {
        expect((e as Error).message).not.toContain('\n');
      }
    }
  });
});

describe('the build says when it is local', () => {
  const run = (local: boolean) => {
    const warnings: string[] = [];
    const hook = siteOriginNotice(local).hooks['astro:build:start'] as unknown as (o: {
      logger: { warn(m: string): void };
    }) => void;
    hook({ logger: { warn: (m: string) => warnings.push(m) } });
    return warnings;
  };
  it('warns a local build that its URLs are the local preview’s and that it is not for publishing', () => {
    expect(run(true)).toEqual([
      expect.stringMatching(/^YILU_SITE 未设置：.*http:\/\/localhost:4321.*发布时请设置 YILU_SITE/),
    ]);
  });
  it('says nothing to a publishing build', () => {
    expect(run(false)).toEqual([]);
  });
});
