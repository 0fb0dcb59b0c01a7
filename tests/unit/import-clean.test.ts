/**
 * The importer's first steps on small invented inputs: an HTML page → its article text and
 * metadata (html.ts), then the text's cleaning and the sorting of its lines (clean.ts). Every
 * page, line and name here is written for the test; none is copied from a report.
 */
import { describe, expect, it } from 'vitest';
import {
  chineseNumeralDates,
  chinesePunctuation,
  cleanText,
  foldWidth,
  stripJammer,
} from '../../src/lib/import/clean.ts';
import { htmlToText, looksLikeHtml } from '../../src/lib/import/html.ts';

/** An invented paragraph of `n` Han characters (no punctuation). */
const han = (n: number, c = '会') => c.repeat(n);

describe('looksLikeHtml', () => {
  it('knows a page by its opening tag, after any leading white space', () => {
    expect(looksLikeHtml('<!DOCTYPE html>\n<title>会议</title>')).toBe(true);
    expect(looksLikeHtml('  \n<html lang="zh-CN">会议')).toBe(true);
    expect(looksLikeHtml('<html>会议')).toBe(true);
    expect(looksLikeHtml('<head>\n<meta charset="utf-8">')).toBe(true);
    expect(looksLikeHtml('<head><title>会议</title>')).toBe(true);
    expect(looksLikeHtml('<body class="news">会议')).toBe(true);
    expect(looksLikeHtml('<body>会议')).toBe(true);
  });
  it('does not take a tag that only starts like one, or one in the middle of the text, for a page', () => {
    expect(looksLikeHtml('<htmlx>会议')).toBe(false);
    expect(looksLikeHtml('<header>会议')).toBe(false);
    expect(looksLikeHtml('<bodyguard>会议')).toBe(false);
    expect(looksLikeHtml('会议纪要 <html> 标签的写法')).toBe(false);
    expect(looksLikeHtml('x<body>会议')).toBe(false);
  });
  it('takes a fragment with closing paragraph tags for a page, within its first 200,000 characters', () => {
    expect(looksLikeHtml('<p>会议在白江举行。</p>')).toBe(true);
    expect(looksLikeHtml(`${han(199_990)}</div>`)).toBe(true);
    expect(looksLikeHtml(`${han(200_000)}</p>`)).toBe(false);
  });
});

describe('htmlToText: block elements, entities and white space', () => {
  it('makes each block element a line and keeps inline elements inside their line', () => {
    const { text } = htmlToText(
      '<html><body><div>白江公益论坛开幕<p>与会者<b>交流</b>养老<a href="#">服务</a>经验</p>会议为期两天</div></body></html>',
    );
    // No <p>'s parent wins by more than the <div> holding it: the div is the article.
    expect(text).toBe('白江公益论坛开幕\n与会者交流养老服务经验\n会议为期两天');
  });
  it('breaks lines at <br>, list items and headings, and folds runs of spaces, tabs and no-break spaces', () => {
    const { text } = htmlToText(
      '<body><div><h2>议程</h2><ul><li>上午  开幕式</li><li>下午\t\t分组&nbsp;&nbsp;讨论</li></ul>主办方<br>青川社会组织联合会 </div></body>',
    );
    expect(text).toBe('议程\n上午 开幕式\n下午 分组 讨论\n主办方\n青川社会组织联合会');
  });
  it('reads entities, and a no-break space the page escaped twice as a space', () => {
    const { text } = htmlToText('<body><div>甲&amp;乙&lt;丙&gt; 共&amp;nbsp;建</div></body>');
    expect(text).toBe('甲&乙<丙> 共 建');
  });
  it('reads a fragment without <html> or <body> as a whole', () => {
    const { text, meta } = htmlToText('<div>白江养老论坛召开</div><span>会期一天</span>');
    expect(text).toBe('白江养老论坛召开\n会期一天');
    expect(meta).toEqual({});
  });
  it('reads only the body: a block left after </body> is not part of the page', () => {
    const { text } = htmlToText('<html><body><div>白江养老论坛召开</div></body><div>页尾残留文字</div></html>');
    expect(text).toBe('白江养老论坛召开');
  });
});

describe('htmlToText: page chrome', () => {
  it('drops scripts, styles, navigation, headers, footers, side bars, forms and buttons', () => {
    const { text } = htmlToText(
      [
        '<body><div id="main">',
        '<script>var 统计 = "代码";</script><style>.甲 { color: red }</style>',
        '<nav>首页 新闻</nav><header>白江日报</header>',
        '<p>白江公益论坛在青川举行，各地代表出席。</p>',
        '<aside>热门文章</aside><form>搜索本站</form><button>点赞</button>',
        '<select><option>友情链接</option></select><iframe>广告位</iframe>',
        '<noscript>请开启脚本</noscript><template>模板文字</template><figure>会场<figcaption>图片说明文字</figcaption></figure>',
        '<footer>版权所有</footer>',
        '</div></body>',
      ].join(''),
    );
    expect(text).toBe('白江公益论坛在青川举行，各地代表出席。\n会场');
  });
  it('drops elements whose class or id names chrome (share bars, comments, copyright, ads)', () => {
    const { text } = htmlToText(
      [
        '<body><div>',
        '<p>白江公益论坛在青川举行，各地代表出席。</p>',
        '<div class="share-bar">分享到微信</div>',
        '<div id="comment_list">网友评论一则</div>',
        '<div class="box copyright">版权归白江日报所有</div>',
        '<div class="ad">广告招商</div>',
        '<div class="header-top">顶部导航</div>',
        '<div class="loading">正在加载</div>',
        '<div id="adopt">领养信息</div>',
        '</div></body>',
      ].join(''),
    );
    // `loading` and `adopt` only contain `ad`: they are not chrome.
    expect(text).toBe('白江公益论坛在青川举行，各地代表出席。\n正在加载\n领养信息');
  });
});

describe('htmlToText: metadata', () => {
  it('reads headline, outlet, time and address from the meta tags', () => {
    const { meta } = htmlToText(
      [
        '<html><head><title>网页标题</title>',
        '<meta property="og:title" content=" 白江公益论坛开幕 ">',
        '<meta property="og:site_name" content="白江日报">',
        '<meta property="article:published_time" content="2024-06-18T09:30:00+08:00">',
        '<meta property="og:url" content="https://example.org/a.html">',
        '<link rel="canonical" href="https://example.org/b.html">',
        '</head><body><h1>正文标题</h1><p>白江公益论坛开幕，各地代表出席。</p></body></html>',
      ].join(''),
    );
    expect(meta).toEqual({
      headline: '白江公益论坛开幕',
      outlet: '白江日报',
      published: '2024-06-18T09:30:00+08:00',
      url: 'https://example.org/a.html',
    });
  });
  it('reads meta tags by name or itemprop too, and a canonical link for the address', () => {
    const { meta } = htmlToText(
      [
        '<html><head>',
        '<meta name="source" content="青川晚报">',
        '<meta name="publishdate" content="2024-06-18">',
        '<link rel="stylesheet" href="https://example.org/s.css">',
        '<link rel="canonical" href="https://example.org/b.html">',
        '</head><body><h1>青川养老论坛 <i>召开</i></h1><p>青川养老论坛召开，各地代表出席。</p></body></html>',
      ].join(''),
    );
    expect(meta).toEqual({
      headline: '青川养老论坛 召开',
      outlet: '青川晚报',
      published: '2024-06-18',
      url: 'https://example.org/b.html',
    });
    expect(htmlToText('<body><meta itemprop="datePublished" content="2024-06-19"></body>').meta).toEqual({
      published: '2024-06-19',
    });
  });
  it('takes a meta tag only, not another element with the same attribute', () => {
    const { meta } = htmlToText(
      '<body><span itemprop="datePublished">六月</span><meta itemprop="datePublished" content="2024-06-18"><p>论坛召开。</p></body>',
    );
    expect(meta.published).toBe('2024-06-18');
  });
  it('passes over a matching meta tag without content', () => {
    const { meta } = htmlToText(
      '<head><meta property="og:title"></head><body><h1>青川养老论坛召开</h1><p>论坛召开。</p></body>',
    );
    expect(meta).toEqual({ headline: '青川养老论坛召开' });
  });
  it('falls back to the <title> for the headline, and leaves out what the page does not say', () => {
    const { meta, text } = htmlToText(
      '<html><head><title> 青川养老论坛召开_青川网 </title></head><body><div>论坛召开</div></body></html>',
    );
    expect(meta).toEqual({ headline: '青川养老论坛召开_青川网' });
    expect(text).toBe('青川养老论坛召开_青川网\n论坛召开');
  });
  it('reads the outlet from a meta tag whose property, name or itemprop is source, and not from sourceType', () => {
    const outlet = (attr: string) =>
      htmlToText(`<head><meta ${attr} content="青川晚报"></head><body><p>论坛召开。</p></body>`).meta.outlet;
    expect(outlet('property="source"')).toBe('青川晚报');
    expect(outlet('name="Source"')).toBe('青川晚报');
    expect(outlet('itemprop="source"')).toBe('青川晚报');
    expect(outlet('name="sourceType"')).toBeUndefined();
    expect(outlet('property="resource"')).toBeUndefined();
  });
  it('reads no outlet from a meta tag merely whose content mentions a source', () => {
    const { meta } = htmlToText(
      '<head><meta name="description" content="source"><meta property="og:type" content="article"></head><body><p>论坛召开。</p></body>',
    );
    expect(meta).toEqual({});
  });
});

describe('htmlToText: the article', () => {
  it('takes the element whose paragraphs hold the most Han characters, not the side bar', () => {
    const { text } = htmlToText(
      [
        '<body>',
        `<div class="main"><p>白江公益论坛开幕。</p><p>${han(20)}</p></div>`,
        `<div class="list"><span>${han(40, '热')}</span><p>${han(5, '榜')}</p></div>`,
        '</body>',
      ].join(''),
    );
    expect(text).toBe(`白江公益论坛开幕。\n${han(20)}`);
  });
  it('takes the first of two elements whose paragraphs hold as many Han characters, and not one with fewer', () => {
    const first = htmlToText(`<body><div><p>${han(10, '甲')}</p></div><div><p>${han(10, '乙')}</p></div></body>`);
    expect(first.text).toBe(han(10, '甲'));
    const more = htmlToText(`<body><div><p>${han(12, '甲')}</p></div><div><p>${han(8, '乙')}</p></div></body>`);
    expect(more.text).toBe(han(12, '甲'));
    const later = htmlToText(`<body><div><p>${han(8, '甲')}</p></div><div><p>${han(12, '乙')}</p></div></body>`);
    expect(later.text).toBe(han(12, '乙'));
  });
  it('takes an <article> holding 50 Han characters or more, whatever the paragraphs elsewhere', () => {
    const page = (n: number) =>
      htmlToText(
        `<body><article><span>${han(n, '文')}</span></article><div><p>${han(60, '旁')}</p><p>${han(5, '旁')}</p></div></body>`,
      ).text;
    expect(page(50)).toBe(han(50, '文'));
    expect(page(49)).toBe(`${han(60, '旁')}\n${han(5, '旁')}`);
  });
  it('takes the whole body when no paragraph holds Han text', () => {
    const { text } = htmlToText('<body><div>论坛开幕</div><div><span>代表</span><span>出席</span></div></body>');
    expect(text).toBe('论坛开幕\n代表出席');
  });
});

describe('htmlToText: the dateline', () => {
  it('keeps a short time line standing outside the article, after the headline', () => {
    const { text } = htmlToText(
      [
        '<body><h1>白江公益论坛开幕</h1>',
        '<div class="info">2024-06-18 09:30 来源：白江日报</div>',
        `<div><p>白江公益论坛开幕，${han(12)}。</p></div>`,
        '</body>',
      ].join(''),
    );
    expect(text).toBe(`白江公益论坛开幕\n2024-06-18 09:30 来源：白江日报\n白江公益论坛开幕，${han(12)}。`);
  });
  it('reads a dateline written with 年月日 and no space before the time', () => {
    const { text } = htmlToText(`<body><div>2024年6月18日09:30</div><div><p>论坛开幕，${han(12)}。</p></div></body>`);
    expect(text).toBe(`2024年6月18日09:30\n论坛开幕，${han(12)}。`);
  });
  it('does not repeat a dateline the article already holds', () => {
    const { text } = htmlToText(`<body><div><p>2024-06-18 09:30</p><p>论坛开幕，${han(12)}。</p></div></body>`);
    expect(text).toBe(`2024-06-18 09:30\n论坛开幕，${han(12)}。`);
  });
  it('takes no dateline from a long line, a two-digit year or a time without its minutes', () => {
    const body = (line: string) =>
      htmlToText(`<body><div>${line}</div><div><p>论坛开幕，${han(12)}。</p></div></body>`);
    const long = `2024-06-18 09:30 ${han(103)}`;
    expect(long.length).toBe(120);
    expect(body(long).text).toBe(`论坛开幕，${han(12)}。`);
    expect(body(`${long.slice(0, -1)}`).text).toBe(`${long.slice(0, -1)}\n论坛开幕，${han(12)}。`);
    expect(body('更新 24/6/18 09:30').text).toBe(`论坛开幕，${han(12)}。`);
    expect(body('2024-6-18 9:3 更新').text).toBe(`论坛开幕，${han(12)}。`);
  });
});

/** Invented paragraphs (12 Han characters or more, with a comma or full stop). */
const P1 = '白江公益论坛在青川市民中心开幕，各地社会组织代表出席。';
const P2 = '与会代表围绕社区养老服务交流经验，并参观了服务站点。';
const P3 = '论坛为期两天，主办方表示明年将继续举办这一活动。';
const whys = (c: { removed: { line: string; why: string }[] }) => c.removed.map((r) => `${r.why}: ${r.line}`);

describe('text cleaning before the lines are sorted', () => {
  it('drops a comma a mirror doubled before another mark', () => {
    expect(chinesePunctuation('理事会成员，、副会长，。')).toBe('理事会成员、副会长。');
  });
  it('makes ASCII double quotes around Han text Chinese, wherever the Han stands inside them', () => {
    expect(chinesePunctuation('主题为"2025公益行"的活动')).toBe('主题为“2025公益行”的活动');
    expect(chinesePunctuation('口号"公益2025"与"善"字')).toBe('口号“公益2025”与“善”字');
    expect(chinesePunctuation('代码"abc" 不变')).toBe('代码"abc" 不变');
  });
  it('makes ASCII question marks and parentheses around Han text Chinese', () => {
    expect(chinesePunctuation('为什么要做公益? 因为')).toBe('为什么要做公益？ 因为');
    expect(chinesePunctuation('原因为何?')).toBe('原因为何？');
    // Right between two Han characters it is a mirror's stand-in for one it lost (`海南特色美食文化节在?谑`), left as it is
    // so that the sentence is not split there.
    expect(chinesePunctuation('文化节在?谑盛大开幕')).toBe('文化节在?谑盛大开幕');
    expect(chinesePunctuation('会期(2025年)与(白江2025)及(PDF)')).toBe('会期（2025年）与（白江2025）及(PDF)');
  });
  it('writes dates in Chinese numerals with Arabic digits', () => {
    expect(chineseNumeralDates('二〇〇七年五月十六日')).toBe('2007年5月16日');
    expect(chineseNumeralDates('二零二四年十二月三十一日')).toBe('2024年12月31日');
    expect(chineseNumeralDates('十月二十日与十一月十日')).toBe('10月20日与11月10日');
    expect(chineseNumeralDates('七年之后，五月的风')).toBe('七年之后，五月的风');
  });
  it('folds full-width digits and spaces', () => {
    expect(foldWidth('第１２届\u3000论坛\u00a0开幕')).toBe('第12届 论坛 开幕');
  });
  it('writes a variant the converter leaves (陜) in its Simplified form', () => {
    expect(cleanText(`陜西${P1}`).lines).toEqual([`陕西${P1}`]);
  });
  it('trims each line', () => {
    expect(cleanText(`  ${P1} \n\t${P2}`).lines).toEqual([P1, P2]);
  });
  it('folds runs of spaces and tabs inside a line', () => {
    expect(cleanText('白江公益论坛在青川开幕，  各地\t代表出席。').lines).toEqual([
      '白江公益论坛在青川开幕， 各地 代表出席。',
    ]);
  });
});

describe("a forum's anti-copy noise", () => {
  it('removes a run of five short tokens or more, two of them with a symbol, and lists it', () => {
    const removed: { line: string; why: string }[] = [];
    expect(stripJammer('会议 R# n% t* i* C1 结束', removed)).toBe('会议  结束');
    expect(removed).toEqual([{ line: 'R# n% t* i* C1', why: '论坛防复制的干扰字符' }]);
    expect(stripJammer('会议 R1 n2 t* i4 C# 结束')).toBe('会议  结束');
    expect(stripJammer('会议 R1 n2 t3 i4 C# 结束')).toBe('会议 R1 n2 t3 i4 C# 结束');
  });
});

describe("a mirror's pasted spam", () => {
  it('removes a phrase naming a site that recurs three times, with the space after it', () => {
    const c = cleanText('白江公益论坛大发娱乐城 开幕，各地代表大发娱乐城出席，会议交流了经验大发娱乐城');
    expect(c.lines).toEqual(['白江公益论坛开幕，各地代表出席，会议交流了经验']);
    expect(c.removed).toEqual([{ line: '大发娱乐城', why: '镜像网站插入的广告词' }]);
  });
  it('grows the phrase only over letters and digits, never over punctuation', () => {
    const c = cleanText('白江论坛开幕，千赢娱乐官网，代表出席，千赢娱乐官网，会议交流经验，千赢娱乐官网，论坛闭幕。');
    expect(c.lines).toEqual(['白江论坛开幕，，代表出席，，会议交流经验，，论坛闭幕。']);
    expect(c.removed.map((r) => r.line)).toEqual(['千赢娱乐官网']);
  });
  it('keeps a phrase that recurs only twice, and one shorter than five characters', () => {
    const twice = '白江公益论坛大发娱乐城开幕，各地代表大发娱乐城出席，会议交流了经验。';
    expect(cleanText(twice).lines).toEqual([twice]);
    const short = '白江论坛，某娱乐。代表出席，某娱乐。会议交流经验，某娱乐。';
    expect(cleanText(short).lines).toEqual([short]);
  });
  it('removes a gambling site’s name that recurs only twice (信用网, 赌场, 备用网址)', () => {
    const c = cleanText('白江论坛在金冠信用网开幕，金冠信用网局长张明白致辞。');
    expect(c.lines).toEqual(['白江论坛在开幕，局长张明白致辞。']);
    expect(c.removed).toEqual([{ line: '金冠信用网', why: '镜像网站插入的广告词' }]);
    const casino = cleanText('由大白江赌场主办，大白江赌场副院长李明白出席。');
    expect(casino.lines).toEqual(['由主办，副院长李明白出席。']);
  });
  it('removes two such names joined by a dash, and the dash', () => {
    const c = cleanText(
      '金冠信用网-金冠体育网址 局长张明白致辞，金冠信用网 主任李明白主持，金冠信用网-金冠体育网址副会长王白江出席。',
    );
    expect(c.lines).toEqual(['局长张明白致辞，主任李明白主持，副会长王白江出席。']);
    expect(c.removed.map((r) => r.line)).toEqual(['金冠信用网', '金冠体育网址']);
  });
  it('keeps a page’s own words about gambling that do not recur as a phrase', () => {
    const own = '澳门博彩业协会年会开幕，会长谈及博彩收益。';
    expect(cleanText(own).lines).toEqual([own]);
    const once = '白江论坛在金冠信用网开幕，局长张明白致辞。';
    expect(cleanText(once).lines).toEqual([once]);
  });
});

describe('the page address on the first line', () => {
  it('takes the address, with or without a label, and blanks the line', () => {
    expect(cleanText(`网址 ：https://example.org/a.html\n${P1}`)).toMatchObject({
      url: 'https://example.org/a.html',
      lines: [P1],
    });
    expect(cleanText(`URL: unknown\n${P1}`)).toMatchObject({ url: undefined, lines: [P1] });
  });
  it('takes no address from a line that only holds one among other words', () => {
    expect(cleanText(`参见 https://example.org/a.html\n${P1}`).url).toBeUndefined();
    expect(cleanText(`https://example.org/a.html 白江论坛\n${P1}`).url).toBeUndefined();
  });
});

describe('the headline', () => {
  it('is the title-like line right above an info line, whatever header lines follow', () => {
    const c = cleanText(['青川公益论坛开幕', '发布时间：2024-06-18 09:30', '青川社会组织网欢迎您', P1].join('\n'));
    expect(c.headline).toBe('青川公益论坛开幕');
    expect(c.info).toEqual(['发布时间：2024-06-18 09:30']);
    expect(c.lines).toEqual(['青川公益论坛开幕', '青川社会组织网欢迎您', P1]);
  });
  it('is above a 来源 line, but not above a time line that is page chrome', () => {
    expect(cleanText(['青川公益论坛开幕', '来源：白江日报', '白江社会组织网', P1].join('\n')).headline).toBe(
      '青川公益论坛开幕',
    );
    expect(
      cleanText(['青川公益论坛开幕', '时间：2024-06-18 举报电话：12345', '青川协会年会闭幕', P1].join('\n')).headline,
    ).toBe('青川协会年会闭幕');
  });
  it('is else the last title-like header line: four Han characters or more, 80 characters at most, no full stop at its end', () => {
    expect(cleanText(['白江公益论坛开幕', '第3期', P1].join('\n')).headline).toBe('白江公益论坛开幕');
    const long80 = `${'白江公益论坛'.repeat(13)}开幕`;
    expect(long80.length).toBe(80);
    expect(cleanText(['白江公益论坛开幕', long80, P1].join('\n')).headline).toBe(long80);
    expect(cleanText(['白江公益论坛开幕', `${long80}了`, P1].join('\n')).headline).toBe('白江公益论坛开幕');
    expect(cleanText(['白江公益论坛开幕', '论坛开幕。代表出席', P1].join('\n')).headline).toBe('论坛开幕。代表出席');
    expect(cleanText(['白江公益论坛开幕', '论坛开幕代表出席。', P1].join('\n')).headline).toBe('白江公益论坛开幕');
    expect(cleanText(['白江公益论坛开幕', 'http://example.org/白江公益论坛', P1].join('\n')).headline).toBe(
      '白江公益论坛开幕',
    );
  });
  it('is not a line in brackets, but may start or end with brackets', () => {
    expect(cleanText(['白江公益论坛开幕', '【白江论坛专题】', P1].join('\n')).headline).toBe('白江公益论坛开幕');
    expect(cleanText(['白江公益论坛开幕', '白江论坛（第二期）', P1].join('\n')).headline).toBe('白江论坛（第二期）');
    expect(cleanText(['白江公益论坛开幕', '【专题】白江论坛开幕式', P1].join('\n')).headline).toBe(
      '【专题】白江论坛开幕式',
    );
  });
  it('is not the first paragraph, even one without a full stop at its end', () => {
    expect(cleanText('白江公益论坛在青川开幕，各地社会组织代表出席').headline).toBeUndefined();
  });
  it('is found in a text without paragraphs too', () => {
    expect(cleanText('白江公益论坛开幕\n2024-06-18 09:30').headline).toBe('白江公益论坛开幕');
  });
  it('may hold a comma when it stands right above the info line', () => {
    const c = cleanText(['白江公益论坛开幕，各地社会组织代表出席交流', '2024-06-18 09:30', P1].join('\n'));
    expect(c.headline).toBe('白江公益论坛开幕，各地社会组织代表出席交流');
    expect(c.lines).toEqual(['白江公益论坛开幕，各地社会组织代表出席交流', P1]);
  });
  it('takes a headline with a comma of 60 characters at most, not a longer line, above the info line', () => {
    const title = (n: number) => `白江公益论坛开幕，${han(n - 9, '议')}`;
    expect(title(60).length).toBe(60);
    expect(cleanText([title(60), '2024-06-18 09:30', P1].join('\n')).headline).toBe(title(60));
    expect(cleanText([title(61), '2024-06-18 09:30', P1].join('\n')).headline).toBeUndefined();
  });
  it('starts the article at the first paragraph that reads like running text', () => {
    const c = cleanText(
      ['首页新闻中心社会组织公益慈善养老服务频道', '白江公益论坛开幕', '来源：白江日报', P1].join('\n'),
    );
    expect(c.headline).toBe('白江公益论坛开幕');
  });
});

describe('info lines', () => {
  it('keeps time lines and short time-stamped lines of the header apart for the source record', () => {
    const c = cleanText(
      ['白江公益论坛开幕', '2024-06-18 09:30', '赵某 2024-6-18 15:56 白江日报 35405 0', P1].join('\n'),
    );
    expect(c.info).toEqual(['2024-06-18 09:30', '赵某 2024-6-18 15:56 白江日报 35405 0']);
    expect(c.removed.map((r) => r.why)).toEqual([
      '页面信息（发布时间、来源等，已读入来源记录）',
      '页面信息（发布时间、来源等，已读入来源记录）',
    ]);
  });
  it('takes no time-stamped line of 80 characters or more, nor one with a comma, for an info line', () => {
    const long = `赵某 2024-6-18 15:56 ${'x'.repeat(61)}`;
    expect(long.length).toBe(80);
    expect(cleanText(['白江公益论坛开幕', long, P1].join('\n')).info).toEqual([]);
    expect(cleanText(['白江公益论坛开幕', long.slice(0, -1), P1].join('\n')).info).toEqual([long.slice(0, -1)]);
    expect(cleanText(['白江公益论坛开幕', '赵某 2024-6-18 15:56 白江，日报', P1].join('\n')).info).toEqual([]);
  });
  it('reads a paragraph that mentions a time or a source as article, first and last alike', () => {
    const first = '论坛时间：某日上午，地点：青川市民中心，各地代表出席。';
    const last = '报名时间：某月月底前，来源：主办方通知，欢迎各界参加。';
    expect(cleanText([first, P2, last].join('\n')).lines).toEqual([first, P2, last]);
  });
  it('keeps a masthead named in a copyright line for the source record', () => {
    const c = cleanText([P1, '版权所有：白江日报社'].join('\n'));
    expect(c.info).toEqual(['版权所有：白江日报社']);
    expect(c.lines).toEqual([P1]);
  });
});

describe('header and footer lines', () => {
  it('drops lines above the headline, short lines, repeated headlines and the footer’s own lines', () => {
    const c = cleanText(
      [
        '白江网社会公益频道',
        '白江公益论坛开幕',
        '来源：白江日报',
        '各地代表出席',
        '代表出席了',
        '白江市社会组织促进会主办',
        '白江公益论坛开幕',
        P1,
        P2,
        '主办单位白江市社会组织促进会',
        '白江公益论坛开幕',
        '欢迎各界人士踊跃投稿',
      ].join('\n'),
    );
    expect(c.lines).toEqual([
      '白江公益论坛开幕',
      '各地代表出席',
      '白江市社会组织促进会主办',
      P1,
      P2,
      '欢迎各界人士踊跃投稿',
    ]);
    expect(whys(c)).toEqual([
      '页头: 白江网社会公益频道',
      '页面信息（发布时间、来源等，已读入来源记录）: 来源：白江日报',
      '页头或页脚: 代表出席了',
      '重复的标题: 白江公益论坛开幕',
      '页脚: 主办单位白江市社会组织促进会',
      '重复的标题: 白江公益论坛开幕',
    ]);
  });
  it('drops a copy of a headline standing on the first line', () => {
    const c = cleanText(['白江公益论坛开幕', '来源：白江日报', P1, P2, '白江公益论坛开幕'].join('\n'));
    expect(c.lines).toEqual(['白江公益论坛开幕', P1, P2]);
    expect(c.removed.map((r) => r.why)).toContain('重复的标题');
  });
  it('drops a related-links list at the end: the 相关链接 line and up to eight short lines after it', () => {
    const titles = [
      '青川举办社区公益集市',
      '白江养老服务中心启用',
      '西岭义工协会换届选举',
      '东海慈善基金会发布年报',
      '蓝山志愿者服务站开放',
      '白江社工机构开展培训',
      '青川残疾人协会召开年会',
      '西岭环保组织植树活动',
      '东海儿童福利院迎新春',
    ];
    const eight = cleanText([P1, P2, '相关链接：', ...titles.slice(0, 8)].join('\n'));
    expect(eight.lines).toEqual([P1, P2]);
    expect(eight.removed.map((r) => r.why)).toEqual(Array(9).fill('相关链接及其后的页脚'));
    const nine = cleanText([P1, P2, '相关链接：', ...titles].join('\n'));
    expect(nine.lines).toEqual([P1, P2, ...titles]);
    const long = (n: number) => `${titles[0]}${'x'.repeat(n - titles[0]!.length)}`;
    expect(cleanText([P1, P2, '相关链接：', long(159)].join('\n')).lines).toEqual([P1, P2]);
    expect(cleanText([P1, P2, '相关链接：', long(160)].join('\n')).lines).toEqual([P1, P2, long(160)]);
    const spaced = cleanText([P1, P2, '相关链接：', ...titles.slice(0, 8).flatMap((t) => ['', t])].join('\n'));
    expect(spaced.lines).toEqual([P1, P2]);
    const oneLong = cleanText([P1, P2, '相关链接：', ...titles.slice(0, 7), long(160)].join('\n'));
    expect(oneLong.lines).toEqual([P1, P2, ...titles.slice(0, 7), long(160)]);
  });
});

describe('editors, writers and photo credits', () => {
  it('reads editors, joining a name written with a space in it', () => {
    const c = cleanText([P1, '责任编辑：李 明 王 小平', '编辑：周大为 等'].join('\n'));
    expect(c.editors).toEqual(['李明', '王小平', '周大为']);
    expect(c.lines).toEqual([P1]);
    expect(c.removed.map((r) => r.why)).toEqual(['编辑署名', '编辑署名']);
  });
  it('keeps an editor line that also says the source or the photographer for the source record', () => {
    const lines = [
      '来源：白江日报 责任编辑：王小平',
      '图：周大为 编辑：李明',
      '图 | 赵一鸣 责编：钱多多',
      '美编 图：吴小东 编辑：孙小红',
    ];
    const c = cleanText([P1, ...lines, '责任编辑：郑小敏 点击 35'].join('\n'));
    expect(c.editors).toEqual(['王小平', '李明', '钱多多', '孙小红', '郑小敏']);
    expect(c.info).toEqual(lines.slice(0, 3));
  });
  it('reads no editor from a line of 80 characters or more', () => {
    const line = (n: number) => `责任编辑：王小平 ${'x'.repeat(n - 9)}`;
    expect(cleanText([P1, line(79)].join('\n')).editors).toEqual(['王小平']);
    expect(cleanText([P1, line(80)].join('\n')).editors).toEqual([]);
  });
  it('reads a closing run of credits in brackets: writers and checkers', () => {
    const c = cleanText([P1, '（撰稿 王小平；初审 李明明；终审 赵一鸣）'].join('\n'));
    expect(c.writers).toEqual(['王小平']);
    expect(c.editors).toEqual(['李明明', '赵一鸣']);
    expect(c.lines).toEqual([P1]);
    expect(c.removed.map((r) => r.why)).toEqual(['编辑署名']);
  });
  it('reads 文| as the writer, 图| and 摄影| as the photographer', () => {
    const c = cleanText([P1, '文|赵一鸣', '图|王小平', '摄影｜李明明'].join('\n'));
    expect(c.writers).toEqual(['赵一鸣']);
    expect(c.photoCredits).toEqual(['王小平', '李明明']);
    expect(c.removed.map((r) => r.why)).toEqual(['作者署名', '作者署名', '作者署名']);
  });
  it('reads a photo credit line shorter than 40 characters', () => {
    const c = cleanText([P1, '图片来源：白江日报'].join('\n'));
    expect(c.photoCredits).toEqual(['白江日报']);
    expect(c.removed).toEqual([{ line: '图片来源：白江日报', why: '图片署名' }]);
    const long = `图片来源：${'x'.repeat(35)}`;
    expect(long.length).toBe(40);
    expect(cleanText([P1, long].join('\n')).photoCredits).toEqual([]);
    expect(cleanText([P1, long.slice(0, -1)].join('\n')).photoCredits).toEqual(['x'.repeat(34)]);
  });
  it('drops a short 资料图 line, not a paragraph of 80 characters that mentions one', () => {
    const c = cleanText([P1, '资料图'].join('\n'));
    expect(c.removed).toEqual([{ line: '资料图', why: '图片说明' }]);
    const para = `会议展出了一批资料图，${han(68)}。`;
    expect(para.length).toBe(80);
    expect(cleanText([P1, para].join('\n')).lines).toEqual([P1, para]);
  });
  it('splits a caption from the photo credit closing it', () => {
    const c = cleanText(
      [P1, '代表参观养老服务站。 白江网供图', '大会现场.白江网供图', '白江 论坛现场。王小平摄', P2].join('\n'),
    );
    expect(c.photoCredits).toEqual(['白江网供图', '王小平摄']);
    expect(c.captions).toEqual(['代表参观养老服务站', '白江 论坛现场']);
    expect(c.lines).toEqual([P1, P2]);
    expect(c.removed.map((r) => r.why)).toEqual(Array(3).fill('图片说明与署名'));
  });
  it('reads a photographer in brackets, with the space in the credit', () => {
    const c = cleanText([P1, '代表参观养老服务站（王小平 摄）', P2].join('\n'));
    expect(c.photoCredits).toEqual(['王小平 摄']);
    expect(c.captions).toEqual(['代表参观养老服务站']);
  });
  it('takes no photo credit from a line of 100 characters or more, or from two sentences', () => {
    const line = (n: number) => `${han(n - 7)}（王小平 摄）`;
    expect(cleanText(line(99)).photoCredits).toEqual(['王小平 摄']);
    expect(cleanText(line(100)).photoCredits).toEqual([]);
    expect(cleanText(line(100)).lines).toEqual([line(100)]);
    const two = '白江公益论坛在青川开幕。各地代表出席。王小平摄';
    expect(cleanText(two).lines).toEqual([two]);
  });
});

describe('captions', () => {
  it('takes numbered figure lines and photo lines as captions, without their numbers', () => {
    const c = cleanText(
      [P1, '图 1：大会现场', '图12：代表合影', '图3 ：嘉宾发言', '01 分会场', '图6：代表（左二）发言', P2].join('\n'),
    );
    expect(c.captions).toEqual(['大会现场', '代表合影', '嘉宾发言', '分会场', '代表（左二）发言']);
    expect(c.lines).toEqual([P1, P2]);
    expect(c.removed.map((r) => r.why)).toEqual(Array(5).fill('图片说明'));
  });
  it('takes no line of two sentences, nor of 80 characters, for a caption', () => {
    const two = '图1：会场全景。各地代表出席。';
    const long = `图2：${han(77)}`;
    expect(long.length).toBe(80);
    expect(cleanText([P1, two, long, P2].join('\n')).lines).toEqual([P1, two, long, P2]);
  });
  it('takes a short line under an image file name for its caption', () => {
    const c = cleanText([P1, 'photo_0618.jpg', '代表参观养老服务中心', P2].join('\n'));
    expect(c.captions).toEqual(['代表参观养老服务中心']);
    expect(c.lines).toEqual([P1, P2]);
    expect(whys(c)).toEqual(['图片文件名: photo_0618.jpg', '图片说明: 代表参观养老服务中心']);
  });
  it('takes no line of 31 characters, or one with a comma, under an image file name for a caption', () => {
    const thirty = `代表参观${'x'.repeat(26)}`;
    expect(cleanText([P1, 'a.png', thirty, P2].join('\n')).captions).toEqual([thirty]);
    expect(cleanText([P1, 'a.png', `${thirty}x`, P2].join('\n')).lines).toEqual([P1, `${thirty}x`, P2]);
    expect(cleanText([P1, 'a.png', '代表参观，中心', P2].join('\n')).lines).toEqual([P1, '代表参观，中心', P2]);
  });
  it('takes a short line right above a photo credit, past blank lines, for the image’s alt text', () => {
    const c = cleanText(['白江公益论坛开幕', P1, P2, '代表参观养老中心', '', '白江网供图', P3].join('\n'));
    expect(c.captions).toEqual(['代表参观养老中心']);
    expect(c.lines).toEqual(['白江公益论坛开幕', P1, P2, P3]);
    expect(whys(c)).toEqual(['图片说明与署名: 白江网供图', '图片说明: 代表参观养老中心']);
  });
  it('takes a short line with a mark inside it (not at its end) above a photo credit for alt text, but never the headline', () => {
    const c = cleanText(['白江公益论坛开幕', P1, P2, '加油！志愿者们', '白江网供图', P3].join('\n'));
    expect(c.captions).toEqual(['加油！志愿者们']);
    const d = cleanText(
      [
        '白江网社会公益频道',
        '社会组织新闻频道首页',
        '您的位置：首页 > 正文',
        '白江公益论坛开幕',
        '白江网供图',
        P1,
      ].join('\n'),
    );
    expect(d.headline).toBe('白江公益论坛开幕');
    expect(d.lines).toEqual(['白江公益论坛开幕', P1]);
  });
  it('takes no alt text from the first lines, a sentence, a long line, or a line above anything but a credit', () => {
    const c = cleanText(['白江公益论坛开幕', P1, '代表参观养老中心', '白江网供图', P2].join('\n'));
    expect(c.lines).toEqual(['白江公益论坛开幕', P1, '代表参观养老中心', P2]);
    const long = `${han(40)}，${han(39)}`;
    expect(long.length).toBe(80);
    const d = cleanText(
      ['白江公益论坛开幕', P1, P2, long, '白江网供图', '王小平 摄', '二、下一步工作', 'a.jpg', P3].join('\n'),
    );
    expect(d.lines).toEqual(['白江公益论坛开幕', P1, P2, long, '二、下一步工作', P3]);
    expect(cleanText(['', '白江网供图', P1].join('\n')).lines).toEqual([P1]);
  });
});

describe('page chrome inside and outside the article', () => {
  it('drops chrome lines under 200 characters and keeps longer paragraphs that mention reprinting', () => {
    const para = (n: number) => `本文经作者授权发布，${han(n - 11)}。`;
    expect(cleanText([P1, para(199), P2].join('\n')).lines).toEqual([P1, P2]);
    expect(cleanText([P1, para(200), P2].join('\n')).lines).toEqual([P1, para(200), P2]);
  });
});

describe('closing credits of the article', () => {
  it('takes the reporter in brackets off the end of the last paragraphs', () => {
    const c = cleanText([P1, '会议向志愿者颁发了证书。 （记者 王小平 李明）', P3].join('\n'));
    expect(c.lines).toEqual([P1, '会议向志愿者颁发了证书。', P3]);
    expect(c.writers).toEqual(['王小平', '李明']);
    expect(c.removed).toEqual([{ line: '（记者 王小平 李明）', why: '文末署名' }]);
    expect(cleanText([P1, '会议向志愿者颁发了证书。（记者王小平）'].join('\n')).writers).toEqual(['王小平']);
  });
  it('leaves a reporter credit, or （完）, that does not close the line', () => {
    const signed = '会议向志愿者颁发了证书。（记者 王小平）会后代表合影留念。';
    expect(cleanText([P1, signed].join('\n')).lines).toEqual([P1, signed]);
    const end = '会议在热烈的掌声中圆满闭幕。（完）附件为报名表';
    expect(cleanText([P1, end].join('\n')).lines).toEqual([P1, end]);
  });
  it('leaves a reporter in brackets at the end of an early paragraph', () => {
    const signed = '会议向志愿者颁发了证书。（记者 王小平）';
    expect(cleanText([signed, P1, P2].join('\n')).lines).toEqual([signed, P1, P2]);
  });
  it('takes （完） and the editors in brackets after it off the last line', () => {
    const c = cleanText([P1, '会议在热烈的掌声中圆满闭幕。 （完）【编辑：王小平】 【责任编辑：李明】'].join('\n'));
    expect(c.lines).toEqual([P1, '会议在热烈的掌声中圆满闭幕。']);
    expect(c.editors).toEqual(['王小平', '李明']);
    expect(c.removed).toEqual([{ line: '（完）【编辑：王小平】 【责任编辑：李明】', why: '文末标记' }]);
  });
});
