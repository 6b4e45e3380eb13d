import { createPublicKey, generateKeyPair as generate } from 'node:crypto';
import { promisify } from 'node:util';
import { Key, parseKey, parsePrivateKey } from 'sshpk';
import { BadInputError, bi } from '../errors';

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
/** The algorithms Canopy takes, as sshpk names their key types. */
const ALGORITHMS: Record<string, { sshpk: string; type: SshKeyType }> = {
  'ssh-ed25519': { sshpk: 'ed25519', type: 'ED25519' },
  'ssh-rsa': { sshpk: 'rsa', type: 'RSA' },
  'ecdsa-sha2-nistp256': { sshpk: 'ecdsa', type: 'ECDSA' },
  'ecdsa-sha2-nistp384': { sshpk: 'ecdsa', type: 'ECDSA' },
  'ecdsa-sha2-nistp521': { sshpk: 'ecdsa', type: 'ECDSA' },
};
const SUPPORTED = 'ssh-ed25519, ssh-rsa (2048 bits or more), ecdsa-sha2-nistp256/384/521';

function refuse(en: string, zh: string): never {
  throw new BadInputError('publicKey', bi(en, zh));
}

/**
 * Reads one OpenSSH public key line (`ssh-ed25519 AAAA… comment`) with sshpk. The shape and the
 * algorithm are checked first, because sshpk also reads what Canopy does not take (DSA, PEM, a
 * blob whose trailing bytes it skips); then the blob must be exactly the key sshpk reads from it,
 * and Node's crypto must accept that key (an ECDSA point on its curve). Anything else is BAD_USER_INPUT.
 */
export function parsePublicKey(text: string): SshPublicKey {
  const [algorithm, base64, ...comment] = text.trim().split(/\s+/);
  if (!algorithm || !base64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
    refuse(
      'Not an OpenSSH public key: expected "<type> <base64> [comment]", as in a .pub file',
      '不是 OpenSSH 公钥：应为“<类型> <base64> [注释]”，即 .pub 文件的内容',
    );
  const expected = Object.hasOwn(ALGORITHMS, algorithm) ? ALGORITHMS[algorithm] : undefined;
  if (!expected)
    refuse(`Unsupported key type ${algorithm}; use ${SUPPORTED}`, `不支持的密钥类型 ${algorithm}；请使用 ${SUPPORTED}`);
  const key = readKey(algorithm, base64);
  if (!key || key.type !== expected.sshpk)
    refuse(`The ${algorithm} key data is malformed`, `${algorithm} 密钥数据格式错误`);
  if (expected.type === 'RSA' && (key.size < RSA_MIN_BITS || key.size > RSA_MAX_BITS))
    refuse(
      `This RSA key has ${key.size} bits; Canopy takes ${RSA_MIN_BITS} to ${RSA_MAX_BITS} (or use ed25519)`,
      `该 RSA 密钥为 ${key.size} 位；Canopy 接受 ${RSA_MIN_BITS} 至 ${RSA_MAX_BITS} 位（或使用 ed25519）`,
    );
  key.comment = comment.length ? comment.join(' ') : undefined;
  return {
    type: expected.type,
    openssh: key.toString('ssh'),
    fingerprint: key.fingerprint('sha256').toString(),
    fingerprintMd5: key.fingerprint('md5').toString('hex'),
  };
}

/** The key in `base64` if it is well formed and nothing but that key, else undefined. */
function readKey(algorithm: string, base64: string): Key | undefined {
  try {
    const key = parseKey(`${algorithm} ${base64}`, 'ssh');
    if (!key.toBuffer('rfc4253').equals(Buffer.from(base64, 'base64'))) return undefined;
    createPublicKey(key.toString('pkcs8')); // throws for a point off its curve
    return key;
  } catch {
    return undefined;
  }
}

export interface GeneratedKeyPair {
  publicKey: SshPublicKey;
  /** OpenSSH's own private-key format (`-----BEGIN OPENSSH PRIVATE KEY-----`), unencrypted, as `ssh -i` reads it. */
  privateKey: string;
}

const generateAsync = promisify(generate);

/**
 * A new key pair from Node's crypto (sshpk cannot make RSA keys), written in OpenSSH's formats by
 * sshpk: ed25519, RSA of 4096 bits, or ECDSA on P-256; `comment` ends both keys. Asynchronous: an
 * RSA key takes Node's thread pool a second or so, not the event loop.
 */
export async function generateKeyPair(type: SshKeyType, comment: string): Promise<GeneratedKeyPair> {
  const made = await (type === 'ED25519'
    ? generateAsync('ed25519')
    : type === 'RSA'
      ? generateAsync('rsa', { modulusLength: 4096 })
      : generateAsync('ec', { namedCurve: 'P-256' }));
  const privateKey = parsePrivateKey(made.privateKey.export({ type: 'pkcs8', format: 'pem' }), 'pem');
  privateKey.comment = comment;
  const publicKey = privateKey.toPublic();
  publicKey.comment = comment;
  return { publicKey: parsePublicKey(publicKey.toString('ssh')), privateKey: privateKey.toString('openssh') };
}
