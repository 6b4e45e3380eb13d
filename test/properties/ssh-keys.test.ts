import fc from 'fast-check';
import { generateKeyPair, parsePublicKey } from '../../src/compute/ssh-keys';
import { BadInputError } from '../../src/errors';

/** src/compute/ssh-keys.ts (sshpk behind Canopy's checks) on random input (OpenSSH's own checks: test/cloud/key-pairs.test.ts). */
describe('SSH keys, properties', () => {
  const ALGORITHMS = ['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp521', 'ssh-dss'];
  /** SSH's length-prefixed string (RFC 4251 §5), so that a random blob gets past sshpk's first field. */
  const sshString = (text: string) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(text.length);
    return Buffer.concat([length, Buffer.from(text)]);
  };

  it('refuses any malformed line with BAD_USER_INPUT, never another error', () => {
    const algorithm = fc.constantFrom(...ALGORITHMS);
    // A blob that names an algorithm (half the time), then random fields.
    const keyLine = fc
      .tuple(algorithm, algorithm, fc.uint8Array({ maxLength: 300 }), fc.boolean(), fc.string())
      .map(([a, named, rest, prefixed, comment]) => {
        const blob = prefixed ? Buffer.concat([sshString(named), Buffer.from(rest)]) : Buffer.from(rest);
        return `${a} ${blob.toString('base64')} ${comment}`;
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), keyLine), (line) => {
        expect(() => parsePublicKey(line)).toThrow(BadInputError);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what it writes: the normalised line gives the same key and fingerprints', async () => {
    for (const type of ['ED25519', 'ECDSA'] as const) {
      const { publicKey } = await generateKeyPair(type, 'c');
      fc.assert(
        fc.property(
          fc.stringMatching(/^[ \t\n]{0,3}$/),
          fc.array(fc.stringMatching(/^\S+$/), { maxLength: 3 }),
          (space, words) => {
            const [algorithm, base64] = publicKey.openssh.split(' ');
            const read = parsePublicKey(`${space}${algorithm}${space} ${base64}\t${words.join(`${space} `)}${space}`);
            expect(read).toEqual({
              ...publicKey,
              openssh: [algorithm, base64, ...(words.length ? [words.join(' ')] : [])].join(' '),
            });
          },
        ),
        { numRuns: 100 },
      );
    }
  });

  it('refuses a generated key with any one byte of its blob changed, or reads it as the same type with another fingerprint', async () => {
    for (const type of ['ED25519', 'ECDSA', 'RSA'] as const) {
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
