/**
 * The part of CBOR (RFC 8949) Pagefind's index uses: unsigned and negative
 * integers, text strings and arrays of definite length. The index of 10,000
 * speeches holds about 20 million postings, each a few integers: a general CBOR
 * library spent most of the merge's time building and walking generic token
 * objects, so the index uses this codec (tests check it against cborg, a
 * general implementation, both ways).
 */
export type Value = number | string | Value[];

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true });

export class Writer {
  private buf = new Uint8Array(1 << 16);
  private at = 0;

  private room(n: number) {
    if (this.at + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.at + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
  }

  private head(major: number, n: number) {
    this.room(9);
    const m = major << 5;
    if (n < 24) this.buf[this.at++] = m | n;
    else if (n < 0x100) {
      this.buf[this.at++] = m | 24;
      this.buf[this.at++] = n;
    } else if (n < 0x10000) {
      this.buf[this.at++] = m | 25;
      this.buf[this.at++] = n >> 8;
      this.buf[this.at++] = n & 0xff;
    } else if (n < 0x100000000) {
      this.buf[this.at++] = m | 26;
      this.buf[this.at++] = (n >>> 24) & 0xff;
      this.buf[this.at++] = (n >>> 16) & 0xff;
      this.buf[this.at++] = (n >>> 8) & 0xff;
      this.buf[this.at++] = n & 0xff;
    } else throw new RangeError(`CBOR: ${n} is out of the index's range`);
  }

  int(n: number): this {
    if (!Number.isInteger(n)) throw new TypeError(`CBOR: ${n} is not an integer`);
    if (n >= 0) this.head(0, n);
    else this.head(1, -1 - n);
    return this;
  }

  text(s: string): this {
    // At most 3 bytes of UTF-8 per UTF-16 unit: reserve, encode in place, then write the head.
    if (s.length < 8) {
      const bytes = textEncoder.encode(s);
      this.head(3, bytes.length);
      this.room(bytes.length);
      this.buf.set(bytes, this.at);
      this.at += bytes.length;
      return this;
    }
    this.room(s.length * 3 + 9);
    const headAt = this.at;
    const { written } = textEncoder.encodeInto(s, this.buf.subarray(headAt + 9));
    this.head(3, written);
    this.buf.copyWithin(this.at, headAt + 9, headAt + 9 + written);
    this.at += written;
    return this;
  }

  /** Appends bytes that are already CBOR. */
  raw(bytes: Uint8Array): this {
    this.room(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
    return this;
  }

  get length(): number {
    return this.at;
  }

  array(length: number): this {
    this.head(4, length);
    return this;
  }

  ints(values: readonly number[]): this {
    this.array(values.length);
    for (const v of values) this.int(v);
    return this;
  }

  value(v: Value): this {
    if (typeof v === 'number') return this.int(v);
    if (typeof v === 'string') return this.text(v);
    this.array(v.length);
    for (const x of v) this.value(x);
    return this;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.at);
  }
}

export class Reader {
  private at = 0;
  private view: DataView;
  private data: Uint8Array;

  constructor(data: Uint8Array) {
    this.data = data;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get done(): boolean {
    return this.at >= this.data.length;
  }

  /** Byte offset of the next item. */
  get offset(): number {
    return this.at;
  }

  /** The bytes from `start` to the current offset. */
  slice(start: number): Uint8Array {
    return this.data.subarray(start, this.at);
  }

  /** Skips an array of integers, returning its length. */
  skipInts(): number {
    const n = this.array();
    for (let i = 0; i < n; i++) this.int();
    return n;
  }

  private head(): { major: number; n: number } {
    if (this.at >= this.data.length) throw new RangeError('CBOR: unexpected end of data');
    const b = this.data[this.at++]!;
    const major = b >> 5;
    const info = b & 31;
    let n: number;
    if (info < 24) n = info;
    else if (info === 24) n = this.data[this.at++]!;
    else if (info === 25) {
      n = this.view.getUint16(this.at);
      this.at += 2;
    } else if (info === 26) {
      n = this.view.getUint32(this.at);
      this.at += 4;
    } else if (info === 27) {
      const big = this.view.getBigUint64(this.at);
      this.at += 8;
      if (big > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('CBOR: integer too large');
      n = Number(big);
    } else throw new TypeError(`CBOR: indefinite lengths and simple values are not used by the index (byte ${b})`);
    return { major, n };
  }

  int(): number {
    const { major, n } = this.head();
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    throw new TypeError(`CBOR: expected an integer, found major type ${major}`);
  }

  text(): string {
    const { major, n } = this.head();
    if (major !== 3) throw new TypeError(`CBOR: expected text, found major type ${major}`);
    const s = textDecoder.decode(this.data.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }

  array(): number {
    const { major, n } = this.head();
    if (major !== 4) throw new TypeError(`CBOR: expected an array, found major type ${major}`);
    return n;
  }

  ints(): number[] {
    const n = this.array();
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) out[i] = this.int();
    return out;
  }

  value(): Value {
    const b = this.data[this.at];
    if (b === undefined) throw new RangeError('CBOR: unexpected end of data');
    const major = b >> 5;
    if (major === 0 || major === 1) return this.int();
    if (major === 3) return this.text();
    if (major === 4) {
      const n = this.array();
      const out: Value[] = [];
      for (let i = 0; i < n; i++) out.push(this.value());
      return out;
    }
    throw new TypeError(`CBOR: major type ${major} is not used by the index`);
  }
}

export const encode = (v: Value): Uint8Array => new Writer().value(v).bytes();
export const decode = (data: Uint8Array): Value => new Reader(data).value();
