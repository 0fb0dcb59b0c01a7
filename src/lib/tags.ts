/**
 * Tags (标签) as pages: every tag the published records use, with a stable ASCII
 * slug and the conferences and speeches that carry it. Tags are kept in the
 * records as Chinese words (`tags: [乡村振兴, 养老服务]`); their pages live at
 * `/tags/<pinyin>/` (`/tags/xiang-cun-zhen-xing/`), so the address depends on the
 * tag's text only, never on order or on what other records say.
 *
 * Two tags whose toneless pinyin is the same (homophones) both take tone numbers
 * (`shi4-shi2`, `shi2-shi2`); tags that still collide (the same pinyin with the same
 * tones) are a content error at each record's `tags` field: an editor renames one.
 */
import { pinyin } from 'pinyin-pro';
import { ID_PATTERN } from '../schemas/common.ts';
import { paths } from './paths.ts';
import { comparePinyin, plainPinyin } from './text/sort.ts';
import type { Archive, ConferenceNode, SpeechNode } from './archive/types.ts';

export interface TagNode {
  /** The tag as recorded. */
  name: string;
  slug: string;
  /** Site path without the base: `/tags/xiang-cun-zhen-xing/`. */
  path: string;
  /** Newest first. */
  conferences: ConferenceNode[];
  /** Newest conference first, then program order. */
  speeches: SpeechNode[];
}

/**
 * The tag in pinyin, a syllable a word, hyphen-joined: `乡村振兴` → `xiang-cun-zhen-xing`;
 * Latin letters and digits are kept, lower-cased (`ESG治理` → `esg-zhi-li`). The whole tag
 * is read at once, so a polyphonic character reads as in its phrase (银发 yín fà, 长三角
 * cháng). No word segmentation: it would tie the address to a dictionary's version.
 * With `tones`, each syllable carries its tone number (`yin2-fa4`).
 */
export function tagSlug(tag: string, tones = false): string {
  const chars = pinyin(tag.normalize('NFKC'), { toneType: tones ? 'num' : 'none', type: 'all', v: true });
  const words: string[] = [];
  let latin = '';
  const flush = () => {
    if (latin) words.push(latin);
    latin = '';
  };
  for (const c of chars) {
    if (c.isZh) {
      flush();
      words.push(plainPinyin(c.pinyin).replace(/[^a-z0-9]+/g, ''));
    } else if (/^[a-z0-9]$/i.test(c.origin)) latin += c.origin.toLowerCase();
    else flush();
  }
  flush();
  return words.filter(Boolean).join('-');
}

export class TagSlugError extends Error {}

/**
 * Slugs for a set of tags: toneless, with tones for homophones. `problems` names each
 * tag that gets no address of its own (no letters, or the same pinyin and tones as
 * another): the content check reports them at the record's field (src/lib/content/integrity.ts).
 */
export function tagAddresses(tags: Iterable<string>): { slugs: Map<string, string>; problems: Map<string, string> } {
  const names = [...new Set(tags)];
  const plain = new Map<string, string[]>();
  for (const t of names) {
    const s = tagSlug(t);
    plain.set(s, [...(plain.get(s) ?? []), t]);
  }
  const slugs = new Map<string, string>();
  const problems = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const [slug, group] of plain) {
    for (const t of group) {
      const s = group.length > 1 ? tagSlug(t, true) : slug;
      const other = taken.get(s);
      if (!ID_PATTERN.test(s)) problems.set(t, `标签“${t}”无法生成网址（得到“${s}”）：请改用含汉字、字母或数字的标签`);
      else if (other) {
        const message = `标签“${other}”和“${t}”的拼音和声调相同（${s}），网址会冲突：请改用其中一个的另一种说法`;
        problems.set(t, message);
        problems.set(other, message);
      } else {
        taken.set(s, t);
        slugs.set(t, s);
      }
    }
  }
  return { slugs, problems };
}

/** Slugs for a set of tags; throws when a tag gets no address of its own (the content check has said so). */
export function tagSlugs(tags: Iterable<string>): Map<string, string> {
  const { slugs, problems } = tagAddresses(tags);
  const first = problems.values().next();
  if (!first.done) throw new TagSlugError(first.value);
  return slugs;
}

const cache = new WeakMap<Archive, { tags: TagNode[]; byName: Map<string, TagNode> }>();

/** Every tag of the published archive, sorted by pinyin, and each tag by its name. */
export function tagIndex(archive: Archive): { tags: TagNode[]; byName: Map<string, TagNode> } {
  const hit = cache.get(archive);
  if (hit) return hit;
  const byName = new Map<string, TagNode>();
  const node = (name: string) => {
    let n = byName.get(name);
    if (!n) byName.set(name, (n = { name, slug: '', path: '', conferences: [], speeches: [] }));
    return n;
  };
  for (const c of archive.conferences) for (const t of new Set(c.data.tags)) node(t).conferences.push(c);
  for (const s of archive.speeches) for (const t of new Set(s.data.tags)) node(t).speeches.push(s);
  const slugs = tagSlugs(byName.keys());
  for (const n of byName.values()) {
    n.slug = slugs.get(n.name)!;
    n.path = paths.tag(n.slug);
  }
  const tags = [...byName.values()].sort((a, b) => comparePinyin(a.name, b.name));
  const result = { tags, byName };
  cache.set(archive, result);
  return result;
}
