import fs from 'node:fs';
import * as OpenCC from 'opencc-js';
const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
const kind = process.argv[2] ?? 'organizers';
for (let n = 405; n <= 476; n++) {
  const dir = `/work/notes/unseen${n}`;
  const tag = n <= 468 ? 'r92e' : 'w9r91';
  for (const r of JSON.parse(fs.readFileSync(`/work/notes/snaps/${tag}/${n}.json`, 'utf8'))) {
    const t = conv(fs.readFileSync(`${dir}/${r.name}`, 'utf8'));
    for (const m of r.misses) {
      if (m.kind !== kind || !m.expected || m.got) continue;
      const o = String(m.expected).split('：')[0];
      const i = t.indexOf(o);
      console.log(`${r.name.slice(0, 16)} ${o} || ${i >= 0 ? t.slice(Math.max(0, i - 50), i + o.length + 30).replace(/\n/g, '⏎') : '-'}`);
    }
  }
}
