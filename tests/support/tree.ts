/** Small helpers to write throw-away content trees for tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Tree = Record<string, string>;

export function writeTree(files: Tree, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yilu-test-'))): string {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return dir;
}

/** A tiny valid archive: one region, series, conference with two speeches, three people, three organizations. */
export const miniArchive = (): Tree => ({
  'regions/xinan.yaml': 'name: 西南地区\nshortName: 西南\nmembers: [甲省, 乙市]\ndescription: 测试用区域。\n',
  'series/xinan-luntan.yaml': 'name: 西南社会组织论坛\nregions: [xinan]\ndescription: 测试用系列。\n',
  'people/wang-fang.yaml': 'name: 王芳\nvariants: [王芳]\npinyin: Wáng Fāng\n',
  'people/li-ming.yaml': 'name: 李明\npinyin: Lǐ Míng\n',
  'people/zhao-gang.yaml': 'name: 赵刚\npinyin: Zhào Gāng\n',
  'organizations/jiasheng-minzhengting.yaml': 'name: 甲省民政厅\ntype: government\nregion: xinan\n',
  'organizations/jiasheng-minzhengting-shezuju.yaml':
    'name: 甲省民政厅社会组织管理局\ntype: government\nparent: jiasheng-minzhengting\n',
  'organizations/yishi-shanghui.yaml': 'name: 乙市青年商会\ntype: chamber\naliases: [乙市青年商會]\n',
  'conferences/2022-xinan/index.mdx': `---
title: 2022西南社会组织论坛
shortTitle: 2022西南论坛
series: xinan-luntan
startDate: 2022-05-20
city: 乙市
regions: [xinan]
theme: 协同发展
summary: 测试用会议概括。
organizers: [jiasheng-minzhengting]
hosts: [yishi-shanghui]
sessions:
  - id: opening
    name: 开幕式
    kind: 开幕式
    order: 1
    presiders:
      - person: zhao-gang
        position: 甲省民政厅副厅长
  - id: talks
    name: 交流发言
    kind: 交流发言
    order: 2
outcomes:
  - kind: agreement
    title: 测试合作协议
    session: opening
    parties: [jiasheng-minzhengting, yishi-shanghui]
sources:
  - outlet: 测试日报
    headline: 测试报道
    published: 2022-05-20 18:00
    reporters: [记者甲]
---
测试用概述。
`,
  'conferences/2022-xinan/speeches/01-wang-fang.md': `---
session: opening
order: 1
kind: 致辞
speakers:
  - person: wang-fang
    position: 甲省民政厅社会组织管理局局长
    affiliations:
      - { organization: jiasheng-minzhengting-shezuju, role: 局长 }
summary: 测试摘要。
---
- 要点一
`,
  'conferences/2022-xinan/speeches/02-li-ming.md': `---
session: talks
order: 2
kind: 交流发言
title: 商会服务 协同发展
speakers:
  - person: li-ming
    position: 乙市青年商会会长
    affiliations:
      - { organization: yishi-shanghui, role: 会长 }
summary: 测试摘要二。
---
- 要点
`,
});
