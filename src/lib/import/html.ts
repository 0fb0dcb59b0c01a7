/**
 * A saved web page → the report's text. Page chrome (scripts, navigation,
 * headers, footers, sidebars, forms) is dropped; the article is the element
 * holding most of the page's paragraph text (a small "readability" heuristic);
 * headline, outlet, time and address come from the page's own metadata when it
 * has them. Block elements become line breaks so later steps work line by line.
 */
import { parseDocument } from 'htmlparser2';

interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  parent?: Node | null;
}

export interface PageMeta {
  headline?: string;
  outlet?: string;
  published?: string;
  url?: string;
}

const DROP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'button',
  'select',
  'template',
  'head',
  'figcaption',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'section',
  'article',
  'main',
  'blockquote',
  'figure',
  'dd',
  'dt',
  'hr',
  'pre',
]);
const CHROME_ATTR =
  /(^|[\s_-])(nav|menu|breadcrumb|footer|header|sidebar|share|comment|related|recommend|copyright|ad|ads|banner|toolbar)([\s_-]|$)/i;

/** True when the text looks like an HTML document rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
    /<\/(p|div|body)>/i.test(text.slice(0, 200_000))
  );
}

const hanCount = (s: string) => s.match(/\p{Script=Han}/gu)?.length ?? 0;

function textOf(node: Node, out: string[] = []): string[] {
  if (node.type === 'text') out.push(node.data ?? '');
  else if (node.type === 'tag' || node.type === 'root' || node.type === 'script' || node.type === 'style') {
    const name = node.name ?? '';
    if (DROP.has(name)) return out;
    const attr = `${node.attribs?.class ?? ''} ${node.attribs?.id ?? ''}`;
    if (node.type === 'tag' && CHROME_ATTR.test(attr)) return out;
    if (BLOCK.has(name)) out.push('\n');
    for (const c of node.children ?? []) textOf(c, out);
    if (BLOCK.has(name)) out.push('\n');
  }
  return out;
}

function* elements(node: Node): Generator<Node> {
  for (const c of node.children ?? []) {
    if (c.type === 'tag' || c.type === 'script' || c.type === 'style') {
      yield c;
      yield* elements(c);
    }
  }
}

const clean = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

export function htmlToText(html: string): { text: string; meta: PageMeta } {
  const doc = parseDocument(html, { decodeEntities: true }) as unknown as Node;
  const all = [...elements(doc)];
  const meta: PageMeta = {};
  const metaContent = (re: RegExp) =>
    all
      .find(
        (e) =>
          e.name === 'meta' &&
          re.test(`${e.attribs?.property ?? ''}|${e.attribs?.name ?? ''}|${e.attribs?.itemprop ?? ''}`),
      )
      ?.attribs?.content?.trim();
  const h1 = all.find((e) => e.name === 'h1');
  const title = all.find((e) => e.name === 'title');
  meta.headline =
    metaContent(/og:title/i) ||
    (h1 && clean(textOf(h1).join(''))) ||
    (title && clean(textOf({ ...title, name: 'span' }).join(''))) ||
    undefined;
  // The pattern is tried on `property|name|itemprop`: source in any one of the three.
  meta.outlet = metaContent(/og:site_name|(?:^|\|)source(?:\||$)/i) || undefined;
  meta.published = metaContent(/article:published_time|publishdate|pubdate|datepublished/i) || undefined;
  const canonical = all.find((e) => e.name === 'link' && /canonical/i.test(e.attribs?.rel ?? ''))?.attribs?.href;
  meta.url = metaContent(/og:url/i) || canonical || undefined;

  // The article: the element whose paragraphs hold the most Han characters.
  const scores = new Map<Node, number>();
  for (const p of all.filter((e) => e.name === 'p')) {
    const parent = p.parent;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + hanCount(textOf(p).join('')));
  }
  const article = all.find((e) => e.name === 'article' && hanCount(textOf(e).join('')) >= 50);
  let best: Node | undefined = article;
  if (!best) {
    let top = 0;
    for (const [node, score] of scores) if (score > top) [best, top] = [node, score];
  }
  const body = all.find((e) => e.name === 'body') ?? doc;
  const bodyText = clean(textOf(body).join(''));
  const articleText = best ? clean(textOf(best).join('')) : bodyText;
  // Keep the dateline (time and 来源) that sits outside the article body on most news sites.
  const dateline = bodyText
    .split('\n')
    .find((l) => /\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*\d{1,2}:\d{2}/.test(l) && l.length < 120);
  const lines = [meta.headline, dateline && !articleText.includes(dateline) ? dateline : undefined, articleText].filter(
    Boolean,
  );
  return { text: lines.join('\n'), meta };
}
