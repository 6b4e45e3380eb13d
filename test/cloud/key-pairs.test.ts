import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { parseKey } from 'sshpk';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { simTables } from '../../src/cloud/sim/sim.db';
import { makeNetwork } from '../helpers/cloud';
import { GqlClient } from '../helpers/client';
import {
  CreateKeyPair,
  CreateServerWithKey,
  DeleteKeyPair,
  MyKeyPairs,
  ServerKey,
  UserKeyPairs,
} from '../helpers/key-pairs.documents';
import { CATALOG, ON_OPENSTACK } from '../helpers/target';
import { startTestServer } from '../helpers/server';
import { sqlRows } from '../helpers/sql';
import { buildWorld, login, World } from '../helpers/world';
import { createLogger } from '../../src/observability/logger';

/** OpenSSH's own tool checks what Canopy generates and computes; without it those checks cannot be made. */
const HAS_SSH_KEYGEN = (() => {
  try {
    execFileSync('ssh-keygen', ['-?'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // ssh-keygen exits 1 on -? after printing its usage; ENOENT means it is not installed.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();
// In CI (which installs openssh-client) a missing ssh-keygen is a broken setup: the checks run and fail.
const itKeygen = HAS_SSH_KEYGEN || process.env.CI ? it : it.skip;
if (!HAS_SSH_KEYGEN && !process.env.CI) console.warn('ssh-keygen not found: the checks against OpenSSH are skipped');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-keys-'));
let files = 0;
/** Writes `content` to a fresh file of mode 0600 (ssh-keygen refuses readable private keys) and returns its path. */
function keyFile(content: string): string {
  const file = path.join(dir, `k${++files}`);
  fs.writeFileSync(file, content, { mode: 0o600 });
  return file;
}
const keygen = (...args: string[]) => execFileSync('ssh-keygen', args, { encoding: 'utf8' }).trim();
/** A fresh key pair made by ssh-keygen itself; returns its public line. */
function sshKeygen(type: string, bits?: number): string {
  const file = path.join(dir, `g${++files}`);
  keygen('-q', '-t', type, ...(bits ? ['-b', String(bits)] : []), '-N', '', '-C', 'me@laptop', '-f', file);
  return fs.readFileSync(`${file}.pub`, 'utf8').trim();
}
/** `ssh-keygen -l -E <hash>`: bits, fingerprint, comment, (type). */
const fingerprintOf = (file: string, hash: 'sha256' | 'md5') => keygen('-l', '-E', hash, '-f', file).split(' ');

/** A public key made by Node, as PEM (SubjectPublicKeyInfo). */
const spkiPem = (made: { publicKey: { export(options: { type: 'spki'; format: 'pem' }): string | Buffer } }) =>
  made.publicKey.export({ type: 'spki', format: 'pem' }).toString();
/** A PEM public key as an OpenSSH line, by sshpk (ssh-keygen makes no RSA key under 1024 bits, no DSA key any more). */
const opensshLine = (pem: string) => `${parseKey(pem, 'pem').toString('ssh')} short`;

/** Key pairs (issue 14) on either cloud: import, generation, refusals, ownership, and servers made with a key. */
describe('key pairs', () => {
  let w: World;
  let networkId: string;
  let n = 0;

  beforeAll(async () => {
    w = await buildWorld();
    networkId = await makeNetwork(w.a.admin, w.a.id, 'lan', 41);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await w.close();
  });

  const create = async (client: GqlClient, input: { name?: string; publicKey?: string; type?: 'RSA' | 'ECDSA' }) =>
    (await client.ok(CreateKeyPair, { input: { name: `key-${++n}`, ...input } })).createKeyPair;
  const mine = async (client: GqlClient) => (await client.ok(MyKeyPairs)).viewer!.keyPairs;
  const refusal = async (publicKey: string) =>
    (await w.member.fail(CreateKeyPair, { input: { name: `bad-${++n}`, publicKey } })).message;
  const serverWithKey = (client: GqlClient, keyPairId: string) =>
    client.request(CreateServerWithKey, {
      input: {
        tenantId: w.a.id,
        imageId: CATALOG.bootImage,
        instanceType: 'm1.tiny',
        networkIds: [networkId],
        keyPairId,
      },
    });
  /** A GET to Nova as Canopy's own OpenStack account, outside Canopy (OpenStack only). */
  const nova = async (urlPath: string) => {
    const { session } = w.server.cloud as OpenStackDriver;
    return fetch((await session.endpoint('compute')) + urlPath, {
      headers: { 'x-auth-token': (await session.token()).value, accept: 'application/json' },
    });
  };
  const cloudIdOf = async (serverId: string) =>
    (await w.server.canopy.deps.computeRepo.serversByIds([Number(serverId)]))[0].cloudId;

  itKeygen(
    'generates an ed25519 pair by default, whose private key ssh-keygen reads back to the same public key',
    async () => {
      const { keyPair, privateKey } = await create(w.member, { name: 'laptop' });
      expect(keyPair).toMatchObject({ name: 'laptop', type: 'ED25519' });
      expect(privateKey).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----\n[\s\S]+\n-----END OPENSSH PRIVATE KEY-----\n$/);
      const file = keyFile(privateKey!);
      expect(keygen('-y', '-f', file)).toBe(keyPair.publicKey);
      expect(fingerprintOf(file, 'sha256')).toEqual(['256', keyPair.fingerprint, 'laptop', '(ED25519)']);
      expect(fingerprintOf(file, 'md5')[1]).toBe(`MD5:${keyPair.fingerprintMd5}`);
      // The private key was returned once: the list has the public half only, and no column holds it.
      expect(await mine(w.member)).toEqual([keyPair]);
      const rows = await w.server.canopy.deps.computeRepo.keyPairsByIds([Number(keyPair.id)]);
      expect(JSON.stringify(rows)).not.toContain('PRIVATE KEY');
    },
  );

  itKeygen('generates RSA (4096 bits) and ECDSA (P-256) pairs on request', async () => {
    for (const [type, bits, shown] of [
      ['RSA', '4096', '(RSA)'],
      ['ECDSA', '256', '(ECDSA)'],
    ] as const) {
      const { keyPair, privateKey } = await create(w.member, { type });
      expect(keyPair.type).toBe(type);
      const file = keyFile(privateKey!);
      expect(keygen('-y', '-f', file)).toBe(keyPair.publicKey);
      expect(fingerprintOf(file, 'sha256')).toEqual([bits, keyPair.fingerprint, keyPair.name, shown]);
    }
  });

  itKeygen("imports ssh-keygen's keys of every supported type, with OpenSSH's fingerprints", async () => {
    for (const [type, bits, expected] of [
      ['ed25519', undefined, 'ED25519'],
      ['rsa', 2048, 'RSA'],
      ['ecdsa', 256, 'ECDSA'],
      ['ecdsa', 384, 'ECDSA'],
      ['ecdsa', 521, 'ECDSA'],
    ] as const) {
      const line = sshKeygen(type, bits);
      const { keyPair, privateKey } = await create(w.member, { publicKey: `  ${line}\n` });
      expect(privateKey).toBeNull();
      expect(keyPair).toMatchObject({ type: expected, publicKey: line });
      const file = keyFile(line);
      expect(fingerprintOf(file, 'sha256')[1]).toBe(keyPair.fingerprint);
      expect(fingerprintOf(file, 'md5')[1]).toBe(`MD5:${keyPair.fingerprintMd5}`);
    }
  });

  it('refuses malformed keys, unsupported types and short RSA keys with BAD_USER_INPUT on publicKey', async () => {
    const ed = (await create(w.b.admin, {})).keyPair.publicKey.split(' ');
    const blob = Buffer.from(ed[1], 'base64');
    const cases: Array<[string, RegExp]> = [
      ['hello', /Not an OpenSSH public key/],
      ['ssh-ed25519 !!!not-base64!!!', /Not an OpenSSH public key/],
      ['-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----', /Unsupported key type -----BEGIN/],
      ['ssh-dss AAAAB3NzaC1kc3MAAACBAP', /Unsupported key type ssh-dss/],
      ['ecdsa-sha2-nistp192 AAAAE2VjZHNh', /Unsupported key type ecdsa-sha2-nistp192/],
      [`ssh-ed25519 ${blob.subarray(0, blob.length - 1).toString('base64')}`, /ssh-ed25519 key data is malformed/],
      [`ssh-ed25519 ${Buffer.concat([blob, Buffer.from([0])]).toString('base64')}`, /malformed/],
      [`ssh-rsa ${ed[1]}`, /ssh-rsa key data is malformed/],
      [
        opensshLine(spkiPem(generateKeyPairSync('rsa', { modulusLength: 1024 }))),
        /This RSA key has 1024 bits; Canopy takes 2048 to 16384/,
      ],
      // Whole keys that sshpk reads but Canopy does not take: DSA, a PEM public key, a blob without its type.
      [
        opensshLine(spkiPem(generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 }))),
        /Unsupported key type ssh-dss/,
      ],
      [spkiPem(generateKeyPairSync('ed25519')), /Unsupported key type -----BEGIN/],
      [ed[1], /Not an OpenSSH public key/],
    ];
    for (const [publicKey, message] of cases) expect(await refusal(publicKey)).toMatch(message);
    const ecdsa = (await create(w.b.admin, { type: 'ECDSA' })).keyPair.publicKey.split(' ');
    const point = Buffer.from(ecdsa[1], 'base64');
    point[point.length - 1] ^= 1; // off the curve
    expect(await refusal(`${ecdsa[0]} ${point.toString('base64')}`)).toMatch(
      /ecdsa-sha2-nistp256 key data is malformed/,
    );
    const wrong = await w.member.fail(CreateKeyPair, { input: { name: 'x', publicKey: 'ssh-ed25519 AAAA' } });
    expect(wrong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'publicKey' });
  });

  itKeygen("refuses ssh-keygen's certificates and its RFC 4716 export of a key it would take", async () => {
    const ca = path.join(dir, `ca${++files}`);
    keygen('-q', '-t', 'ed25519', '-N', '', '-f', ca);
    const user = keyFile(sshKeygen('ed25519'));
    keygen('-q', '-s', ca, '-I', 'someone', user);
    const certificate = fs.readFileSync(`${user}-cert.pub`, 'utf8');
    expect(await refusal(certificate)).toMatch(/Unsupported key type ssh-ed25519-cert-v01@openssh.com/);
    expect(await refusal(keygen('-e', '-f', user))).toMatch(/Unsupported key type ----;/);
  });

  it('keeps names unique per user (CONFLICT), not across users', async () => {
    await create(w.member, { name: 'shared-name' });
    expect(await w.member.code(CreateKeyPair, { input: { name: 'shared-name' } })).toBe('CONFLICT');
    await create(w.groupAdmin, { name: 'shared-name' });
    expect((await mine(w.groupAdmin)).map((k) => k.name)).toEqual(['shared-name']);
  });

  it("keeps a user's key pairs its own: another user's is NOT_FOUND, its list FORBIDDEN", async () => {
    const { keyPair } = await create(w.member, {});
    for (const other of [w.a.admin, w.admin, w.bMember])
      expect(await other.code(DeleteKeyPair, { input: { keyPairId: keyPair.id } })).toBe('NOT_FOUND');
    expect((await serverWithKey(w.a.admin, keyPair.id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await w.a.admin.code(UserKeyPairs, { id: w.memberId })).toBe('FORBIDDEN');
    expect((await w.member.ok(UserKeyPairs, { id: w.memberId })).user.keyPairs.length).toBeGreaterThan(0);
    expect(await w.member.code(DeleteKeyPair, { input: { keyPairId: '999999' } })).toBe('NOT_FOUND');
  });

  it('puts the key on a new server through a one-use cloud key pair, deleted once the server is made', async () => {
    const { keyPair } = await create(w.a.admin, { name: 'ops' });
    const { data, errors } = await serverWithKey(w.a.admin, keyPair.id);
    expect(errors).toBeUndefined();
    const made = data!.createServer.server;
    expect(made).toMatchObject({ keyName: 'ops', keyFingerprint: keyPair.fingerprint });
    const cloudId = await cloudIdOf(made.id);
    const live = (await w.server.cloud.getServers([cloudId])).get(cloudId)!;
    expect(live.keyName).toMatch(/^canopy-[0-9a-f-]{36}$/);
    if (ON_OPENSTACK) {
      // Nova has the key on the instance (its key_name) and no key pair of that name any more.
      const server = (await (await nova(`/servers/${cloudId}`)).json()) as { server: { key_name: string } };
      expect(server.server.key_name).toBe(live.keyName);
      expect((await nova(`/os-keypairs/${live.keyName}`)).status).toBe(404);
    } else {
      const sim = simTables(w.server.canopy.deps.db.db.read);
      const [row] = await w.server.canopy.deps.db.db.read.select().from(sim.servers).where(eq(sim.servers.id, cloudId));
      expect(row.keyData).toBe(keyPair.publicKey);
      expect(await w.server.canopy.deps.db.db.read.select().from(sim.keyPairs)).toEqual([]);
    }
  });

  it('deletes a key pair a server was made with: the server keeps its key; the key pair is then NOT_FOUND', async () => {
    const { keyPair } = await create(w.a.admin, {});
    const serverId = (await serverWithKey(w.a.admin, keyPair.id)).data!.createServer.server.id;
    expect((await w.a.admin.ok(DeleteKeyPair, { input: { keyPairId: keyPair.id } })).deleteKeyPair).toEqual({
      deletedKeyPairId: keyPair.id,
    });
    expect((await mine(w.a.admin)).map((k) => k.id)).not.toContain(keyPair.id);
    expect((await w.a.admin.ok(ServerKey, { id: serverId })).server).toMatchObject({
      keyName: keyPair.name,
      keyFingerprint: keyPair.fingerprint,
    });
    expect((await serverWithKey(w.a.admin, keyPair.id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await w.a.admin.code(DeleteKeyPair, { input: { keyPairId: keyPair.id } })).toBe('NOT_FOUND');
  });

  it('makes a server without a key as before: keyName and keyFingerprint null', async () => {
    const { data } = await w.a.admin.request(CreateServerWithKey, {
      input: { tenantId: w.a.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [networkId] },
    });
    expect(data!.createServer.server).toMatchObject({ keyName: null, keyFingerprint: null });
  });
});

describe('a generated private key', () => {
  it('is in no log line (debug level) and no audit record', async () => {
    const raw: string[] = [];
    const server = await startTestServer({
      logger: createLogger('debug', { write: (line: string) => void raw.push(line) }),
    });
    try {
      const admin = await login(server, 'admin', server.adminPassword);
      const { privateKey } = (await admin.ok(CreateKeyPair, { input: { name: 'logged?', type: 'ECDSA' } }))
        .createKeyPair;
      const secret = privateKey!.split('\n')[3]; // a line from the middle of the key's base64
      expect(raw.length).toBeGreaterThan(0);
      expect(raw.join('\n')).not.toContain(secret);
      expect(raw.join('\n')).not.toContain('PRIVATE KEY');
      const audit = await sqlRows(server, 'SELECT * FROM audit_events');
      expect(JSON.stringify(audit)).toContain('createKeyPair');
      expect(JSON.stringify(audit)).not.toContain(secret);
    } finally {
      await server.close();
    }
  });
});
