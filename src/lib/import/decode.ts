/**
 * Turns the bytes of a saved news report into text, or refuses them with a
 * one-line reason. UTF-8 (with or without BOM) is tried strictly first; bytes that
 * are not valid UTF-8 are read as GB18030, which covers GBK and GB2312. A UTF-16
 * BOM is honoured. Line endings of every kind become `\n`.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** A refusal the CLI prints as its one-line reason. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ImportError('文件是空的 (empty file)');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new ImportError(
      `文件超过 5 MB，不像一篇新闻报道 (input is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, limit 5 MB)`,
    );
  }
  let decoded: Decoded;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    decoded = { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    decoded = { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  else {
    if (bytes.includes(0)) throw new ImportError('这是二进制文件，不是文本或网页 (binary input)');
    try {
      // TextDecoder drops a UTF-8 BOM itself (ignoreBOM is false by default).
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      try {
        decoded = { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
      } catch {
        throw new ImportError('无法识别文件编码：既不是 UTF-8 也不是 GB18030/GBK (unknown encoding or binary input)');
      }
    }
  }
  const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n');
  if (isBinaryLooking(text, decoded.encoding.startsWith('utf-16')))
    throw new ImportError('这是二进制文件，不是文本或网页 (binary input)');
  return { text, encoding: decoded.encoding };
}

/**
 * Control characters other than tab, newline and form feed are rare in text and common in binaries. So are
 * replacement characters where the decoder made them (UTF-16 read without checks); UTF-8 and GB18030 are decoded
 * strictly, so a U+FFFD there was in the page as saved: a garbled menu, which the cleaner drops, not a binary.
 */
function isBinaryLooking(text: string, countReplacement: boolean): boolean {
  const sample = text.slice(0, 65536);
  let control = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12) || (countReplacement && c === 0xfffd)) control++;
  }
  return control > Math.max(8, sample.length / 100);
}

/** Han characters in `text`; a report with fewer than `min` is not a Chinese report. */
export function assertChinese(text: string, min = 20): void {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < min)
    throw new ImportError(`文中几乎没有汉字，不像中文新闻报道 (not a Chinese report: ${han} Han characters)`);
}
