/**
 * The organization of a bare post (会长, 常务副会长) that the report leaves to context: the body named by the list item
 * before it (`某会会长甲、常务副会长乙`), or, at a body's own meeting, that body (`会长丙主持`, `选举丁为副会长`).
 */
import { findAffiliations, isRole, standsAlone } from '../affiliations.ts';
import { BODY_ENDINGS } from './event.ts';
import { ownMeeting } from './organizers.ts';
import type { PersonFact } from './types.ts';

/** Posts held in a body (not in a government or a company): 会长, 副理事长, 监事长, 会董… */
const BODY_POST =
  /^(?:第[一二三四五六七八九十\d]+届)?(?:常务|执行|名誉|荣誉|永远荣誉|创会|第一|新任)*副?(?:会长|理事长|监事长|秘书长|董事长|主席|会董|理事|监事)(?:兼(?:常务|执行)?副?(?:会长|理事长|监事长|秘书长|理事|监事))?$/;

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

/** Any body whose name ends in 会, before its own anniversary (`某某演戏会成立三十九周年庆祝活动`). */
const ANNIVERSARY_OF = /^(\p{Script=Han}{3,30}?(?<![大年晚宴酒盛聚例])会)(?=(?:成立)?[一二三四五六七八九十百\d]+周年)/u;

/** The body an event's name starts with. */
const OWN_BODY = new RegExp(`^(\\p{Script=Han}{2,30}?${BODY_ENDINGS})`, 'u');

/**
 * The body whose own meeting the event is (its congress, installation, anniversary): the convener when the event is
 * its own, else the body the event's name starts with (`某协会成立大会暨首届会员大会在某市举行`).
 */
export function ownBody(title: string, convener?: string): string | undefined {
  if (convener && ownMeeting(convener, title)) return convener;
  const m = OWN_BODY.exec(title) ?? ANNIVERSARY_OF.exec(title);
  return m && ownMeeting(m[1]!, title) ? m[1] : undefined;
}

/** A body named by its kind alone at the start of a position (`厅党组成员`, `总会党支部书记`, `商会名誉会长`, `该会会长`). */
const SHORT_BODY = /^(该会|本会|我会|厅|局|总会|商会|协会|基金会|学会|研究会|促进会|联合会)(?=\p{Script=Han})/u;

/**
 * The body a position names by its kind alone: the event's own body or the one organizer or host whose name ends with
 * that kind (`厅党组成员、副厅长` at a meeting a 民政厅 held → that 民政厅); 该会, 本会 and 我会 are the event's own body.
 */
function shortBody(position: string, body: string | undefined, known: readonly string[]): string | undefined {
  const kind = SHORT_BODY.exec(position)?.[1];
  if (!kind) return undefined;
  if (/^[该本我]会$/.test(kind)) return body;
  const named = [...new Set([...(body ? [body] : []), ...known])].filter(
    (n) => n.length > kind.length && n.endsWith(kind),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** A position naming a body of the 会 kind before its post (`某商业会副理事长`), whether or not that body was read. */
const UNREAD_BODY = /\p{Script=Han}{2,}会(?:常务|执行|名誉)?副?\p{Script=Han}{1,4}$/u;

/** A unit inside a body (a 处, 科, 室 or 办公室), named without the body. */
const INNER_UNIT = /(?:处|科|室|办)(?:（[^）]*）)?$/;

/** Posts of a government or a party committee: a bare one is not held in the unit of the person named before. */
const GOVERNMENT_POST = /^(?:常务)?副?(?:省长|市长|县长|区长|州长|镇长|乡长|主席|书记)$/;

/**
 * Sets `organization` on each person whose position is a bare post: a body's post (会长) gets the last organization of
 * the person listed right before (joined by 、) when that one names it, else the body of the event when it is the
 * body's own; any other bare post (总校长, 副局长) gets the organization of the person listed right before, joined by
 * 、 — or by ， for an office's post of that office (`某局局长甲，副局长乙`). A post that takes the body of the person
 * before, where that person's post is written after the body's name, is written the same way (乙: 某局副局长).
 */
export function placeBarePosts(people: PersonFact[], body: string | undefined, known: readonly string[]): void {
  people.forEach((p, i) => {
    const position = p.position;
    if (!position) return;
    const short = shortBody(position, body, known);
    if (short) {
      p.organization = short;
      return;
    }
    const prev = people[i - 1];
    const joined = (sep: string) =>
      !!prev?.position && prev.from === p.from && p.from.includes(`${prev.name}${sep}${position}${p.name}`);
    // The organization of the person before: the last one named (会长 of the body last named), or the first (a unit of
    // the main body).
    const before = (which: 0 | -1 = -1) =>
      prev!.organization ?? findAffiliations(prev!.position!, known).at(which)?.name;
    // `某处处长甲、副处长乙`: where the person before has the body written out in front of the post, so has this one.
    const share = (from: string) => {
      p.organization = from;
      const written = prev!.position!;
      const lastPost = written.split(/[、，,]/).pop()!;
      if (written.startsWith(from) || lastPost.startsWith(from)) p.position = `${from}${position}`;
    };
    if (postInBody(position)) {
      const listed = joined('、');
      const from = listed ? before() : undefined;
      if (from) share(from);
      // `某商业会副理事长甲、常务理事乙`: after someone of a body not read, the post is that body's, not the event's.
      else if (body && !(listed && UNREAD_BODY.test(prev!.position!))) p.organization = body;
      return;
    }
    // `某厅副厅长甲、社会组织党委办公室主任乙、政治法规处处长丙`: a unit named without its body is a unit of the body of
    // the person listed right before.
    const unit = findAffiliations(position, known)[0];
    if (unit && INNER_UNIT.test(unit.name) && !standsAlone(unit.name) && !known.includes(unit.name) && joined('、')) {
      const from = before(0);
      if (from && !INNER_UNIT.test(from) && !unit.name.startsWith(from)) p.organization = from;
      return;
    }
    if (!isRole(position) || GOVERNMENT_POST.test(position)) return;
    const office = officeOf(position);
    const from = joined('、') || (office && joined('，')) ? before() : undefined;
    // (Only an office's post is written out: `某处处长甲、副处长乙`, not `某领馆领侨处某某、领事乙`.)
    if (from && office?.test(from)) share(from);
    else if (from && !office) p.organization = from;
  });
}
