/**
 * SSH's wire encoding (RFC 4251 §5): uint32 lengths, length-prefixed strings and two's-complement
 * mpints. Used by ssh-keys.ts to read public keys and to write OpenSSH private keys.
 */
export class WireReader {
  private offset = 0;

  constructor(private readonly buffer: Buffer) {}

  get done(): boolean {
    return this.offset === this.buffer.length;
  }

  uint32(): number {
    if (this.offset + 4 > this.buffer.length) throw new RangeError('truncated');
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }

  string(): Buffer {
    const length = this.uint32();
    if (this.offset + length > this.buffer.length) throw new RangeError('truncated');
    const value = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return value;
  }

  /** A non-negative mpint, without its sign byte. */
  mpint(): Buffer {
    const value = this.string();
    if (value.length > 0 && (value[0] & 0x80) !== 0) throw new RangeError('negative mpint');
    return value[0] === 0 ? value.subarray(1) : value;
  }
}

export function wireString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

export function wireUint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value);
  return bytes;
}

/** An unsigned big-endian integer as an mpint: leading zeros dropped, a zero byte added when the top bit is set. */
export function wireMpint(unsigned: Buffer): Buffer {
  let start = 0;
  while (start < unsigned.length && unsigned[start] === 0) start++;
  const trimmed = unsigned.subarray(start);
  return wireString(
    trimmed.length > 0 && (trimmed[0] & 0x80) !== 0 ? Buffer.concat([Buffer.alloc(1), trimmed]) : trimmed,
  );
}
