/**
 * Round 51 of the importer (from what the blind sets GS to GX, collected during stop 38 and measured at 3eafeb6 before
 * any change, read wrong): a season's meeting of a body's heads (`2025春季会长扩大会议`) needs that body and is its own
 * meeting (no organizer); what a body is, before a dash, is no part of its name; a name the reader is unsure of does not
 * start with the 处, 科 or 室 of an office (`秘书处建设`). On text written for the test (no sentence of any real report
 * is copied here).
 */
import { describe, expect, it } from 'vitest';
import { splitOrganizations } from '../../src/lib/import/facts/organizers.ts';
import { eventTitle, factsOf, people } from '../support/import.ts';

describe('round 51: event names and organizers', () => {
  it("gives a season's meeting of a body's heads its body, and lists the body as its organizer (since round 257)", () => {
    expect(eventTitle(['3月20日，白江省石材协会在白江召开2024春季会长扩大会议。'])).toBe(
      '白江省石材协会2024春季会长扩大会议',
    );
    const got = factsOf(
      '白江石材协会召开会长扩大会议\n3月20日，白江省石材协会在白江召开2024春季会长扩大会议。会长李青山主持会议。',
    );
    expect(got.organizers).toEqual(['白江省石材协会']);
  });

  it('leaves what a body is, before a dash, out of its name', () => {
    expect(splitOrganizations('全国工商联直属商会—白江民间工艺品商会')).toEqual(['白江民间工艺品商会']);
  });
});

describe('round 51: people', () => {
  it('reads no name that starts with the 处 of an office (秘书处建设)', () => {
    expect(people('会长王明远主持会议，他提出要加强分会秘书处建设，做好服务。').map((p) => p[0])).toEqual(['王明远']);
  });
});
