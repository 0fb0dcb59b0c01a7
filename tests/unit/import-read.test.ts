import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chinesePunctuation,
  cleanText,
  foldWidth,
  stripConverterPinyin,
  stripJammer,
} from '../../src/lib/import/clean.ts';
import { assertChinese, decodeBytes, ImportError, MAX_INPUT_BYTES } from '../../src/lib/import/decode.ts';
import { htmlToText, looksLikeHtml } from '../../src/lib/import/html.ts';
import { readReport } from '../../src/lib/import/read.ts';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures/import', name));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM, and any line endings', () => {
    expect(decodeBytes(utf8('第一行\r\n第二行\r第三行\n')).text).toBe('第一行\n第二行\n第三行\n');
    const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('会议')]));
    expect(bom).toEqual({ text: '会议', encoding: 'utf-8' });
  });
  it('detects GB18030 bytes instead of assuming UTF-8', () => {
    const d = decodeBytes(fixture('gb18030.txt'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('黔桂社会组织合作发展大会');
    expect(d.text).not.toContain('\r');
    // 中文 in GBK bytes
    expect(decodeBytes(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ text: '中文', encoding: 'gb18030' });
  });
  it('reads UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('会议', 'utf16le')]);
    expect(decodeBytes(bytes)).toEqual({ text: '会议', encoding: 'utf-16le' });
  });
  it('refuses empty, oversized and binary input with a one-line reason', () => {
    const reason = (b: Uint8Array) => {
      try {
        decodeBytes(b);
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(reason(new Uint8Array())).toMatch(/空/);
    expect(reason(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41))).toMatch(/5 MB/);
    expect(reason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toMatch(/二进制/);
    const controls = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 1 : 0x41));
    expect(reason(controls)).toMatch(/二进制/);
    for (const r of [reason(new Uint8Array()), reason(controls)]) expect(r).not.toContain('\n');
  });
  it('reads UTF-16 big-endian, and takes a byte pair like a BOM for one only when both bytes match', () => {
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('会议', 'utf16le').swap16()]);
    expect(decodeBytes(be)).toEqual({ text: '会议', encoding: 'utf-16be' });
    // GB18030 text whose first character is B0 FE (剥) or FE 50 (⺁): half of a UTF-16 BOM each.
    expect(decodeBytes(new Uint8Array([0xb0, 0xfe, 0xd6, 0xd0]))).toEqual({ text: '剥中', encoding: 'gb18030' });
    expect(decodeBytes(new Uint8Array([0xfe, 0x50, 0xd6, 0xd0]))).toEqual({ text: '⺁中', encoding: 'gb18030' });
  });
  it('drops a GB18030 byte-order mark but not U+FEFF inside the text', () => {
    expect(decodeBytes(new Uint8Array([0x84, 0x31, 0x95, 0x33, 0xd6, 0xd0, 0xce, 0xc4]))).toEqual({
      text: '中文',
      encoding: 'gb18030',
    });
    expect(decodeBytes(utf8('会\uFEFF议')).text).toBe('会\uFEFF议');
  });
  it('refuses bytes that are neither UTF-8 nor GB18030, and says why', () => {
    expect(() => decodeBytes(new Uint8Array([0x41, 0xff, 0x42]))).toThrow(
      new ImportError('无法识别文件编码：既不是 UTF-8 也不是 GB18030/GBK (unknown encoding or binary input)'),
    );
    try {
      decodeBytes(new Uint8Array([0x41, 0xff, 0x42]));
    } catch (e) {
      expect((e as Error).name).toBe('ImportError');
    }
  });
  it('takes 0xFF for half a UTF-16 BOM only before 0xFE', () => {
    expect(() => decodeBytes(new Uint8Array([0xff, 0x41, 0x42, 0x43]))).toThrow(/无法识别文件编码/);
  });
  it('accepts exactly 5 MB and gives the size of what it refuses', () => {
    expect(decodeBytes(new Uint8Array(MAX_INPUT_BYTES).fill(0x41)).text).toHaveLength(MAX_INPUT_BYTES);
    expect(() => decodeBytes(new Uint8Array(MAX_INPUT_BYTES * 1.5).fill(0x41))).toThrow(
      '文件超过 5 MB，不像一篇新闻报道 (input is 7.5 MB, limit 5 MB)',
    );
  });
  it('counts tabs, newlines and form feeds as text, not as signs of a binary file', () => {
    for (const ch of ['\t', '\n', '\f']) {
      const text = `会议${ch}`.repeat(20);
      expect(decodeBytes(utf8(text)).text).toBe(text);
    }
    // Other control characters: more than eight, and more than one in a hundred characters.
    const mixed = (controls: number, length: number) =>
      utf8('\u0001'.repeat(controls) + '会'.repeat(length - controls));
    expect(decodeBytes(mixed(9, 900)).encoding).toBe('utf-8');
    expect(() => decodeBytes(mixed(10, 900))).toThrow(/二进制/);
    expect(decodeBytes(mixed(8, 100)).encoding).toBe('utf-8');
    expect(() => decodeBytes(mixed(9, 100))).toThrow(/二进制/);
    // Replacement characters count too where the decoder made them (UTF-16, read without checks); only the first
    // 65,536 characters are looked at.
    const utf16 = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
    expect(() => decodeBytes(utf16('\uD800x'.repeat(9) + '会'.repeat(100)))).toThrow(/二进制/);
    expect(decodeBytes(utf16('\uD800x'.repeat(8) + '会'.repeat(100))).encoding).toBe('utf-16le');
    const late = 'a'.repeat(65536) + '\u0001'.repeat(1000);
    expect(decodeBytes(utf8(late)).text).toBe(late);
  });
  it('reads a UTF-8 page whose garbled menu was saved as replacement characters (round 236)', () => {
    const page = `白江日报首页 | 检索\n${'\uFFFD\uFFFD躰'.repeat(40)}\n青禾县昨日举行花卉展开幕式，县长出席。`;
    expect(decodeBytes(utf8(page))).toEqual({ text: page, encoding: 'utf-8' });
  });
  it('assertChinese refuses text with (almost) no Han characters', () => {
    expect(() => assertChinese(fixture('english.txt').toString())).toThrow(/不像中文/);
    expect(() => assertChinese('二〇二五年社会组织大会在白江市举行，多位嘉宾出席并致辞，会议发布倡议。')).not.toThrow();
    expect(() => assertChinese(`${'会'.repeat(20)} and some English`)).not.toThrow();
    expect(() => assertChinese(`${'会'.repeat(19)} and some English`)).toThrow(
      '文中几乎没有汉字，不像中文新闻报道 (not a Chinese report: 19 Han characters)',
    );
  });
});

describe('cleaning', () => {
  it('removes converter pinyin after characters but keeps real parentheses', () => {
    expect(stripConverterPinyin('中國(guó)新聞網(wǎng)')).toBe('中國新聞網');
    expect(stripConverterPinyin('發(fā)展（蘇州）大會(huì)')).toBe('發展（蘇州）大會');
    expect(stripConverterPinyin('見附件(PDF)與表格(xlsx)')).toBe('見附件(PDF)與表格(xlsx)');
  });
  it("removes a forum's anti-copy noise but not short ASCII words", () => {
    expect(stripJammer('座谈会并发言。" J" l9 I; r! f* p: h* @! f$ e\n下一段')).toBe('座谈会并发言。\n下一段');
    expect(stripJammer('2009年07月17日2 h1 j4 f4 `+ u) i4 V  l: ?) P')).toBe('2009年07月17日');
    expect(stripJammer('G 2 0 峰会与 A B C D E F 组')).toBe('G 2 0 峰会与 A B C D E F 组');
  });
  it('drops site buttons and keeps 图二-style captions apart', () => {
    const c = cleanText(
      '白江网|白江广播电视台|网站地图 |\n客服设为首页 |\n8月3日，白江市某推进会召开，副市长李甲出席会议并讲话，与会人员参观了有关单位。\n(图二 白江市民政局李乙副局长发言)\n会议要求各地抓好落实，推动工作取得实效。',
    );
    expect(c.lines.join('\n')).not.toMatch(/网站地图|设为首页|图二/);
    expect(c.captions).toContain('白江市民政局李乙副局长发言');
  });
  it('folds full-width digits, letters and spaces, and writes Chinese punctuation', () => {
    expect(foldWidth('２０２５年　ＡＢｃ')).toBe('2025年 ABc');
    expect(chinesePunctuation('促双圈,谋发展,共双赢!来源:某网(记者 甲乙) 时间 20:37')).toBe(
      '促双圈，谋发展，共双赢！来源：某网（记者 甲乙） 时间 20:37',
    );
  });
  it('drops page chrome and keeps editors and photo credits', () => {
    const c = cleanText(
      [
        '某某网首页 > 正文',
        '新闻热线：0000-1111 电子邮箱：a@example.org',
        '标题在这里',
        '第一段正文，会议在白江举行。',
        '会场一角',
        '会场一角。白江网供图',
        '资料图',
        '（完）',
        '编辑：方一鸣',
        '责任编辑：李二 张三',
        '本网站所刊载信息，不代表本网观点。未经授权禁止转载。',
        'Copyright © 2025 某某网 版权所有',
      ].join('\n'),
    );
    expect(c.lines).toEqual(['标题在这里', '第一段正文，会议在白江举行。']);
    expect(c.editors).toEqual(['方一鸣', '李二', '张三']);
    expect(c.photoCredits).toEqual(['白江网供图']);
  });
  it('sorts a saved page: address, header, info lines, headline, captions, footer, mirror spam', () => {
    const c = cleanText(
      [
        'URL: https://example.org/news/2024/0618/1.html',
        '首页 新闻 社会 公益 图片 视频',
        '您的位置：首页 > 社会 > 正文',
        '某某大会在白江开幕',
        '发布时间：2024-06-18 17:30 来源：白江晚报',
        '小字号',
        '6月18日，某某大会在白江开幕。与会者讨论了社区公益某某官网登录入口 的做法。',
        '图1：大会现场',
        '会议要求，各单位要做好某某官网登录入口 工作，推动某某官网登录入口 发展。',
        '责任编辑：郑小敏',
        '主管单位：白江晚报社 主办：白江晚报网',
        '白ICP备00000000号',
      ].join('\n'),
    );
    expect(c.url).toBe('https://example.org/news/2024/0618/1.html');
    expect(c.headline).toBe('某某大会在白江开幕');
    expect(c.info).toEqual(['发布时间：2024-06-18 17:30 来源：白江晚报']);
    expect(c.captions).toEqual(['大会现场']);
    expect(c.editors).toEqual(['郑小敏']);
    expect(c.lines).toEqual([
      '某某大会在白江开幕',
      '6月18日，某某大会在白江开幕。与会者讨论了社区公益的做法。',
      '会议要求，各单位要做好工作，推动发展。',
    ]);
    expect(c.removed.map((r) => r.why)).toEqual(
      expect.arrayContaining(['镜像网站插入的广告词', '导航', '图片说明', '网站备案信息', '编辑署名']),
    );
  });
  it('converts Traditional to Simplified and says so', () => {
    const c = cleanText('青川省民政廳(tīng)廳長(zhǎng)林海燕出席開(kāi)幕式並(bìng)致辭(cí)。');
    expect(c.lines).toEqual(['青川省民政厅厅长林海燕出席开幕式并致辞。']);
    expect(c).toMatchObject({ hadPinyin: true, wasTraditional: true });
  });
});

describe('HTML pages', () => {
  it('recognises HTML and takes the article out of the page chrome', () => {
    const html = fixture('page.html').toString();
    expect(looksLikeHtml(html)).toBe(true);
    expect(looksLikeHtml('会议在白江举行。<b>不算网页')).toBe(false);
    const { text, meta } = htmlToText(html);
    expect(meta).toMatchObject({
      headline: '东海社会组织年会聚焦养老服务',
      outlet: '蓝山日报',
      url: 'https://example.org/news/2024/0903/yanglao.html',
    });
    expect(text).toContain('2024东海社会组织年会在蓝山举行');
    expect(text).toContain('2024-09-03 10:15');
    for (const chrome of ['统计代码', '蓝山日报首页', '分享到', '相关新闻', '另一场会议', '版权所有', 'color: red'])
      expect(text).not.toContain(chrome);
  });
  it('readReport decodes, extracts and cleans in one step', () => {
    const r = readReport(fixture('traditional-pinyin.txt'));
    expect(r.lines.join('\n')).toContain('18日上午，2025西岭公益论坛在白江开幕');
    expect(r.lines.join('\n')).not.toMatch(/[(（][a-zāáǎà]+[)）]|热线|转载/);
    expect(r.editors).toEqual(['方一鸣']);
    expect(r.photoCredits).toEqual(['白江网供图']);
    expect(r.notes[0]).toContain('拼音');
    expect(() => readReport(fixture('english.txt'))).toThrow(ImportError);
  });
  it('readReport takes the article out of a page only when it is HTML, and cleans what the page says about itself', () => {
    const article = '本报讯 第三届白江公益论坛今天在白江市开幕，来自各地的社会组织代表出席会议并交流养老服务经验。';
    const page = (title: string, site: string) =>
      utf8(
        `<html><head><meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}">` +
          '<meta property="og:url" content="https://example.org/a.html"></head>' +
          `<body><div><p>https://example.org/other.html</p><p>${article}</p></div></body></html>`,
      );
    const r = readReport(page('第三届白江公益論壇開幕\n各地社會組織代表出席會議並交流經驗。', '藍山日報'));
    expect(r.html).toBe(true);
    // The headline given on two lines reads as one, in Simplified like the text.
    expect(r.headline).toBe('第三届白江公益论坛开幕 各地社会组织代表出席会议并交流经验。');
    expect(r.meta).toEqual({
      headline: '第三届白江公益论坛开幕 各地社会组织代表出席会议并交流经验。',
      outlet: '蓝山日报',
      url: 'https://example.org/a.html',
    });
    expect(r.lines).toContain(article);
    expect(r.notes).toEqual(['原文为繁体，导入时已转为简体']);
    // Plain text: the lines as written (a formatting tag left in them dropped), and the address on its first line as the
    // page's.
    const text = readReport(
      utf8(`https://example.org/b.html\n<p>${article}\n第二段：与会代表参观了社区养老服务中心。`),
    );
    expect(text.html).toBe(false);
    expect(text.meta).toEqual({ url: 'https://example.org/b.html' });
    expect(text.lines).toEqual([article, '第二段：与会代表参观了社区养老服务中心。']);
    expect(text.notes).toEqual([]);
    // The page's own address wins over an address that opens its text.
    const linked = readReport(
      utf8(
        '<html><head><meta property="og:url" content="https://example.org/a.html"></head>' +
          `<body><div><p>https://example.org/other.html</p><p>${article}</p></div></body></html>`,
      ),
    );
    expect(linked.meta).toEqual({ url: 'https://example.org/a.html' });
    expect(linked.lines).toEqual([article]);
  });
});
