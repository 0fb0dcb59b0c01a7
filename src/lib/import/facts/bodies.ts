/**
 * The organization of a bare post (会长, 常务副会长) that the report leaves to context: the body named by the list item
 * before it (`某会会长甲、常务副会长乙`), or, at a body's own meeting, that body (`会长丙主持`, `选举丁为副会长`).
 */
import { findAffiliations } from '../affiliations.ts';
import { BODY_ENDINGS } from './event.ts';
import { ownMeeting } from './organizers.ts';
import type { PersonFact } from './types.ts';

/** Posts held in a body (not in a government or a company): 会长, 副理事长, 监事长, 会董… */
const BODY_POST =
  /^(?:第[一二三四五六七八九十\d]+届)?(?:常务|执行|名誉|荣誉|永远荣誉|创会|第一|新任)*副?(?:会长|理事长|监事长|秘书长|董事长|主席|会董|理事|监事)$/;

/** A bare post of a body, with no organization in it. */
export const postInBody = (position: string) => BODY_POST.test(position);

/**
 * A bare post of an office (副局长, 二级调研员), and the endings of the organizations it is held in: a post named
 * right after someone of such an organization, in the same list, is held there (`某市民政局局长甲，副局长乙`).
 */
const OFFICE_POSTS: readonly [RegExp, RegExp][] = [
  [/^(?:常务|党组)?副?局长$/, /局$/],
  [/^(?:常务|党组)?副?厅长$/, /厅$/],
  [/^(?:常务)?副?处长$/, /处$/],
  [/^(?:常务)?副?部长$/, /部$/],
  [/^(?:[一二三四]级)?(?:调研员|巡视员)$/, /(?:局|厅|处|部|委|办)$/],
];
const officeOf = (position: string) => OFFICE_POSTS.find(([post]) => post.test(position))?.[1];

/** The body an event's name starts with. */
const OWN_BODY = new RegExp(`^(\\p{Script=Han}{2,30}?${BODY_ENDINGS})`, 'u');

/**
 * The body whose own meeting the event is (its congress, installation, anniversary): the convener when the event is
 * its own, else the body the event's name starts with (`某协会成立大会暨首届会员大会在某市举行`).
 */
export function ownBody(title: string, convener?: string): string | undefined {
  if (convener && ownMeeting(convener, title)) return convener;
  const m = OWN_BODY.exec(title);
  return m && ownMeeting(m[1]!, title) ? m[1] : undefined;
}

/**
 * Sets `organization` on each person whose position is a bare post of a body: the last organization of the person
 * listed right before (joined by 、) when that one names it, else the body of the event when it is the body's own.
 */
export function placeBarePosts(people: PersonFact[], body: string | undefined, known: readonly string[]): void {
  people.forEach((p, i) => {
    if (!p.position) return;
    const prev = people[i - 1];
    const office = officeOf(p.position);
    if (office) {
      const from =
        prev?.position &&
        prev.from === p.from &&
        [`${prev.name}，`, `${prev.name}、`].some((s) => p.from.includes(`${s}${p.position}${p.name}`));
      const name = from && (prev.organization ?? findAffiliations(prev.position!, known).at(-1)?.name);
      if (name && office.test(name)) p.organization = name;
      return;
    }
    if (!postInBody(p.position)) return;
    if (prev?.position && prev.from === p.from && p.from.includes(`${prev.name}、${p.position}${p.name}`)) {
      const from = prev.organization ?? findAffiliations(prev.position, known).at(-1)?.name;
      if (from) {
        p.organization = from;
        return;
      }
    }
    if (body) p.organization = body;
  });
}
