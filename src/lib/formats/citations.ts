/**
 * BibTeX and RIS from the CSL item, by citation-js (build time only).
 *
 * BibTeX and RIS have no type for a talk: a speech is written as a conference
 * contribution (`@inproceedings` / RIS `CONF`, the conference as booktitle, its
 * city as address), a conference as a generic record (`@misc` / RIS `GEN`).
 * Unicode stays Unicode (biber and modern BibTeX tools read UTF-8); keys are the
 * ASCII citation keys. RIS records carry no `ID` (RIS allows 20 characters, too few for the keys).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.ts';
import { gbt7714, type GbtOptions } from './gbt7714.ts';

const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;

/** What citation-js converts: BibTeX/RIS types and fields for the record. */
function forConversion(item: CslItem): Record<string, unknown> {
  const { publisher: _publisher, abstract: _abstract, ...rest } = item;
  return item.type === 'speech'
    ? { ...rest, type: 'paper-conference', 'publisher-place': item['event-place'] }
    : { ...rest, 'publisher-place': item['event-place'], 'container-title': item['event-title'] };
}

/**
 * LaTeX-safe text for BibTeX. With `asciiOnly: false` citation-js escapes nothing, and with
 * `asciiOnly: true` it drops Chinese text, so the archive escapes its own values: the
 * special characters, and hyphen pairs, which LaTeX would turn into en and em dashes
 * (titles keep their hyphens exactly as reported: `--` → `-{}-`).
 */
const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
export const latexText = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (c) => LATEX[c]!).replace(/-(?=-)/g, '-{}');

function forBibtex(item: CslItem): Record<string, unknown> {
  const conv = forConversion(item);
  const out: Record<string, unknown> = { ...conv };
  for (const k of ['title', 'genre', 'container-title', 'event-title', 'event-place', 'publisher-place', 'note']) {
    if (typeof conv[k] === 'string') out[k] = latexText(conv[k] as string);
  }
  if (item.author) out.author = item.author.map((a) => ({ literal: latexText(a.literal) }));
  return out;
}

export function bibtex(item: CslItem): string {
  const text = `${(new Cite(forBibtex(item)).format('bibtex') as string).trim()}\n`;
  // citation-js writes the day into the month (`month = {dec 4}`), a string no BibTeX style
  // or parser reads as a month. BibTeX's month is the three-letter macro (btxdoc); the day
  // goes into `day`, which biblatex reads and BibTeX styles ignore.
  // citation-js also repeats the URL as `howpublished` (for styles that predate `url`): the
  // record's URL is in `url`, once.
  return text
    .replace(/^(\s*)month = \{([a-z]{3}) (\d{1,2})\},$/m, '$1month = $2,\n$1day = {$3},')
    .replace(/^\s*howpublished = \{([^{}\n]*)\},\n/m, (line, url: string) => (url === item.URL ? '' : line));
}

export function ris(item: CslItem): string {
  // RIS records end with `ER  - ` and a line break; CRLF is what the RIS specification asks for.
  const text = (new Cite(forConversion(item)).format('ris') as string).replace(/[\r\n]+$/, '');
  // citation-js 0.8 breaks every value after 70 characters with a bare line break
  // (plugin-ris ris.js), which splits URLs and long Chinese titles and makes the record
  // unreadable to strict parsers. Record values here never contain line breaks, so a
  // line without a tag is exactly the rest of the line above it.
  const lines = text.split(/\r?\n/).reduce<string[]>((out, line) => {
    if (/^[A-Z][A-Z0-9] {2}- ?/.test(line) || out.length === 0) out.push(line);
    else out[out.length - 1] += line;
    return out;
  }, []);
  // RIS caps ID at 20 characters and citation-js cuts the key to fit, which makes the IDs of
  // one conference's speeches collide; the key is in the file name instead.
  // Dates as the RIS specification writes them: PY is the year alone (YYYY), DA and the access
  // date Y2 are YYYY/MM/DD/ with two-digit month and day (citation-js writes 2024/12/4/).
  const dated = lines.map((l) =>
    l
      .replace(/^PY {2}- (\d{4})\/.*$/, 'PY  - $1')
      .replace(
        /^(DA|Y2) {2}- (\d{4})\/(\d{1,2})\/(\d{1,2})\/$/,
        (_, tag: string, y: string, m: string, d: string) =>
          `${tag}  - ${y}/${m.padStart(2, '0')}/${d.padStart(2, '0')}/`,
      ),
  );
  return `${dated
    .filter((l) => !l.startsWith('ID  - '))
    .join('\r\n')
    .replace(/ER {2}-$/, 'ER  - ')}\r\n`;
}

/**
 * CSL-JSON, one field a line (a name list or a date on its line, not spread over a dozen: the
 * panel is on every page, and indented date parts took half of it).
 */
export function cslJson(item: CslItem): string {
  const fields = Object.entries(item)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `[\n  {\n${fields.join(',\n')}\n  }\n]\n`;
}

export interface Citation {
  id: 'gbt7714' | 'bibtex' | 'ris' | 'csl';
  label: string;
  /** File name for the download (ASCII key + extension). */
  filename: string;
  mime: string;
  text: string;
}

/** Every format of one record, in the order the citation panel shows them (`options`: what GB/T 7714 needs beyond CSL). */
export function citations(item: CslItem, options: GbtOptions = {}): Citation[] {
  const key = item['citation-key'];
  return [
    {
      id: 'gbt7714',
      label: 'GB/T 7714-2015',
      filename: `${key}.txt`,
      mime: 'text/plain',
      text: gbt7714(item, options),
    },
    { id: 'bibtex', label: 'BibTeX', filename: `${key}.bib`, mime: 'application/x-bibtex', text: bibtex(item) },
    { id: 'ris', label: 'RIS', filename: `${key}.ris`, mime: 'application/x-research-info-systems', text: ris(item) },
    {
      id: 'csl',
      label: 'CSL-JSON',
      filename: `${key}.json`,
      mime: 'application/vnd.citationstyles.csl+json',
      text: cslJson(item),
    },
  ];
}

/** A `data:` URI for a download link: no extra file per record. */
