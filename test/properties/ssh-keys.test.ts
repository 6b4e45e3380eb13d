import fc from 'fast-check';
import { generateKeyPair, parsePublicKey } from '../../src/compute/ssh-keys';
import { WireReader, wireMpint, wireString } from '../../src/compute/ssh-wire';
import { BadInputError } from '../../src/errors';

/** The parser and encoder of src/compute/ssh-keys.ts on random input (OpenSSH's own checks: test/cloud/key-pairs.test.ts). */
describe('SSH keys, properties', () => {
  it('reads back every mpint and string it writes, leading zeros dropped', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.uint8Array({ maxLength: 40 }), (number, text) => {
        const wire = new WireReader(Buffer.concat([wireMpint(Buffer.from(number)), wireString(Buffer.from(text))]));
        const start = number.findIndex((byte) => byte !== 0);
        expect(wire.mpint()).toEqual(Buffer.from(start < 0 ? [] : number.subarray(start)));
        expect(wire.string()).toEqual(Buffer.from(text));
        expect(wire.done).toBe(true);
      }),
    );
  });

  it('refuses any other line with BAD_USER_INPUT, never another error', () => {
    const algorithm = fc.constantFrom(
      'ssh-ed25519',
      'ssh-rsa',
      'ecdsa-sha2-nistp256',
      'ecdsa-sha2-nistp521',
      'ssh-dss',
    );
    // A blob that names an algorithm (half the time), then random fields: the parser gets past its first check.
    const keyLine = fc
      .tuple(algorithm, algorithm, fc.uint8Array({ maxLength: 300 }), fc.boolean())
      .map(([a, named, rest, prefixed]) => {
        const blob = prefixed ? Buffer.concat([wireString(named), Buffer.from(rest)]) : Buffer.from(rest);
        return `${a} ${blob.toString('base64')}`;
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), keyLine), (line) => {
        try {
          parsePublicKey(line);
        } catch (error) {
          expect(error).toBeInstanceOf(BadInputError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a generated key with any one byte of its blob changed, or reads it as the same type with another fingerprint', async () => {
    for (const type of ['ED25519', 'ECDSA'] as const) {
      const { publicKey } = await generateKeyPair(type, 'c');
      const [algorithm, base64] = publicKey.openssh.split(' ');
      const blob = Buffer.from(base64, 'base64');
      fc.assert(
        fc.property(fc.nat(blob.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
          const changed = Buffer.from(blob);
          changed[at] ^= flip;
          try {
            const read = parsePublicKey(`${algorithm} ${changed.toString('base64')}`);
            expect(read.type).toBe(type);
            expect(read.fingerprint).not.toBe(publicKey.fingerprint);
          } catch (error) {
            expect(error).toBeInstanceOf(BadInputError);
          }
        }),
        { numRuns: 200 },
      );
    }
  });
});
