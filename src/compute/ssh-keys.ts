import {
  createHash,
  createPublicKey,
  generateKeyPair as generate,
  JsonWebKey,
  KeyObject,
  randomBytes,
} from 'node:crypto';
import { promisify } from 'node:util';
import { BadInputError, bi } from '../errors';
import { WireReader, wireMpint, wireString, wireUint32 } from './ssh-wire';

export type SshKeyType = 'ED25519' | 'RSA' | 'ECDSA';

/** A public key as OpenSSH writes it, checked and normalised. */
export interface SshPublicKey {
  type: SshKeyType;
  /** `<algorithm> <base64>` plus ` <comment>` when one was given: what goes into authorized_keys. */
  openssh: string;
  /** OpenSSH's `ssh-keygen -l -E sha256`: `SHA256:` and the unpadded base64 of the blob's SHA-256. */
  fingerprint: string;
  /** Nova's form (OpenSSH's `-E md5` without its `MD5:`): the blob's MD5 as colon-separated hex pairs. */
  fingerprintMd5: string;
}

/** Below this OpenSSH itself refuses RSA keys (since 8.8 by default); above it no client makes them. */
const RSA_MIN_BITS = 2048;
const RSA_MAX_BITS = 16384;
const CURVES: Record<string, { crv: string; bytes: number }> = {
  nistp256: { crv: 'P-256', bytes: 32 },
  nistp384: { crv: 'P-384', bytes: 48 },
  nistp521: { crv: 'P-521', bytes: 66 },
};
const SUPPORTED = 'ssh-ed25519, ssh-rsa (2048 bits or more), ecdsa-sha2-nistp256/384/521';

function refuse(en: string, zh: string): never {
  throw new BadInputError('publicKey', bi(en, zh));
}

/**
 * Reads one OpenSSH public key line (`ssh-ed25519 AAAA… comment`): the algorithm must be one Canopy
 * takes, the blob must say the same algorithm, and Node's crypto must accept the key material
 * (an ECDSA point on its curve, an RSA modulus of enough bits). Anything else is BAD_USER_INPUT.
 */
export function parsePublicKey(text: string): SshPublicKey {
  const [algorithm, base64, ...comment] = text.trim().split(/\s+/);
  if (!algorithm || !base64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
    refuse(
      'Not an OpenSSH public key: expected "<type> <base64> [comment]", as in a .pub file',
      '不是 OpenSSH 公钥：应为“<类型> <base64> [注释]”，即 .pub 文件的内容',
    );
  if (algorithm !== 'ssh-ed25519' && algorithm !== 'ssh-rsa' && !(algorithm.slice('ecdsa-sha2-'.length) in CURVES))
    refuse(`Unsupported key type ${algorithm}; use ${SUPPORTED}`, `不支持的密钥类型 ${algorithm}；请使用 ${SUPPORTED}`);
  const blob = Buffer.from(base64, 'base64');
  let type: SshKeyType;
  try {
    type = checkBlob(algorithm, blob);
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    refuse(`The ${algorithm} key data is malformed`, `${algorithm} 密钥数据格式错误`);
  }
  const line = [algorithm, blob.toString('base64'), ...(comment.length ? [comment.join(' ')] : [])].join(' ');
  return { type, openssh: line, ...fingerprints(blob) };
}

function checkBlob(algorithm: string, blob: Buffer): SshKeyType {
  const wire = new WireReader(blob);
  if (wire.string().toString() !== algorithm) throw new RangeError('the blob names another type');
  const jwk = ((): { type: SshKeyType; key: JsonWebKey } => {
    if (algorithm === 'ssh-ed25519') {
      const point = wire.string();
      if (point.length !== 32) throw new RangeError('ed25519 keys have 32 bytes');
      return { type: 'ED25519', key: { kty: 'OKP', crv: 'Ed25519', x: point.toString('base64url') } };
    }
    if (algorithm === 'ssh-rsa') {
      const e = wire.mpint();
      const n = wire.mpint();
      const bits = n.length === 0 ? 0 : (n.length - 1) * 8 + n[0].toString(2).length;
      if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS)
        refuse(
          `This RSA key has ${bits} bits; Canopy takes ${RSA_MIN_BITS} to ${RSA_MAX_BITS} (or use ed25519)`,
          `该 RSA 密钥为 ${bits} 位；Canopy 接受 ${RSA_MIN_BITS} 至 ${RSA_MAX_BITS} 位（或使用 ed25519）`,
        );
      return { type: 'RSA', key: { kty: 'RSA', n: n.toString('base64url'), e: e.toString('base64url') } };
    }
    const curveName = algorithm.slice('ecdsa-sha2-'.length);
    const curve = CURVES[curveName];
    if (wire.string().toString() !== curveName) throw new RangeError('the blob names another curve');
    const q = wire.string();
    if (q.length !== 1 + 2 * curve.bytes || q[0] !== 4) throw new RangeError('not an uncompressed point');
    const x = q.subarray(1, 1 + curve.bytes).toString('base64url');
    const y = q.subarray(1 + curve.bytes).toString('base64url');
    return { type: 'ECDSA', key: { kty: 'EC', crv: curve.crv, x, y } };
  })();
  if (!wire.done) throw new RangeError('trailing bytes');
  createPublicKey({ key: jwk.key, format: 'jwk' }); // throws for a point off its curve
  return jwk.type;
}

function fingerprints(blob: Buffer): Pick<SshPublicKey, 'fingerprint' | 'fingerprintMd5'> {
  const sha256 = createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
  const md5 = createHash('md5').update(blob).digest('hex');
  return { fingerprint: `SHA256:${sha256}`, fingerprintMd5: md5.match(/../g)!.join(':') };
}

export interface GeneratedKeyPair {
  publicKey: SshPublicKey;
  /** OpenSSH's own private-key format (`-----BEGIN OPENSSH PRIVATE KEY-----`), unencrypted, as `ssh -i` reads it. */
  privateKey: string;
}

/**
 * A new key pair from Node's crypto: ed25519, RSA of 4096 bits, or ECDSA on P-256; `comment` ends
 * both keys. Asynchronous: an RSA key takes Node's thread pool a second or so, not the event loop.
 */
export async function generateKeyPair(type: SshKeyType, comment: string): Promise<GeneratedKeyPair> {
  const { publicBlob, privateFields } = await generated(type);
  const algorithm = new WireReader(publicBlob).string().toString();
  const publicKey = parsePublicKey(`${algorithm} ${publicBlob.toString('base64')} ${comment}`);
  return { publicKey, privateKey: opensshPrivateKey(publicBlob, algorithm, privateFields, comment) };
}

const generateAsync = promisify(generate);
const privateJwk = async (made: Promise<{ privateKey: KeyObject }>) =>
  (await made).privateKey.export({ format: 'jwk' });

async function generated(type: SshKeyType): Promise<{ publicBlob: Buffer; privateFields: Buffer }> {
  const b = (value: string | undefined) => Buffer.from(value ?? '', 'base64url');
  if (type === 'ED25519') {
    const jwk = await privateJwk(generateAsync('ed25519'));
    const pub = b(jwk.x);
    // OpenSSH keeps the 32-byte seed followed by the public key.
    const privateFields = Buffer.concat([wireString(pub), wireString(Buffer.concat([b(jwk.d), pub]))]);
    return { publicBlob: Buffer.concat([wireString('ssh-ed25519'), wireString(pub)]), privateFields };
  }
  if (type === 'RSA') {
    const jwk = await privateJwk(generateAsync('rsa', { modulusLength: 4096 }));
    const [n, e, d, iqmp, p, q] = [jwk.n, jwk.e, jwk.d, jwk.qi, jwk.p, jwk.q].map(b);
    return {
      publicBlob: Buffer.concat([wireString('ssh-rsa'), wireMpint(e), wireMpint(n)]),
      privateFields: Buffer.concat([n, e, d, iqmp, p, q].map(wireMpint)),
    };
  }
  const jwk = await privateJwk(generateAsync('ec', { namedCurve: 'P-256' }));
  const point = Buffer.concat([Buffer.from([4]), b(jwk.x), b(jwk.y)]);
  const head = Buffer.concat([wireString('ecdsa-sha2-nistp256'), wireString('nistp256'), wireString(point)]);
  return {
    publicBlob: head,
    privateFields: Buffer.concat([wireString('nistp256'), wireString(point), wireMpint(b(jwk.d))]),
  };
}

/** PROTOCOL.key of OpenSSH: `openssh-key-v1`, no cipher, one key, its private part padded to 8 bytes. */
function opensshPrivateKey(publicBlob: Buffer, algorithm: string, fields: Buffer, comment: string): string {
  const check = randomBytes(4);
  let secret = Buffer.concat([check, check, wireString(algorithm), fields, wireString(comment)]);
  const padding = Buffer.from(Array.from({ length: (8 - (secret.length % 8)) % 8 }, (_, i) => i + 1));
  secret = Buffer.concat([secret, padding]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    wireString('none'),
    wireString('none'),
    wireString(''),
    wireUint32(1),
    wireString(publicBlob),
    wireString(secret),
  ]);
  const lines = body.toString('base64').match(/.{1,70}/g)!;
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----', ''].join('\n');
}
