import fs from 'node:fs';
import https from 'node:https';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadCloudConfig } from '../../src/cloud/openstack/clouds-yaml';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { createLogger } from '../../src/observability/logger';
import { ManualClock } from '../../src/time/clock';
import { makeCertificates } from '../helpers/tls';
import { answerJson, answerToken } from '../helpers/fake-openstack';

/**
 * A cloud behind HTTPS signed by a private CA, as in most data centres: real TLS (a CA and a
 * certificate for 127.0.0.1 made with openssl, a Node HTTPS server answering as Keystone and Nova),
 * and clouds.yaml's `cacert` and `verify`, with secure.yaml holding the password.
 */
describe('OpenStack driver over HTTPS with a private CA', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-tls-'));
  const file = (name: string) => path.join(dir, name);
  let server: https.Server;
  let base: string;
  const passwords: string[] = [];

  beforeAll(async () => {
    const { cert, key } = makeCertificates(dir);
    server = https.createServer({ key, cert }, (req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const json = (status: number, answer: unknown, headers: Record<string, string> = {}) =>
          answerJson(res, status, answer, headers);
        if (req.url === '/v3/auth/tokens') {
          passwords.push(
            (JSON.parse(body) as { auth: { identity: { password: { user: { password: string } } } } }).auth.identity
              .password.user.password,
          );
          return answerToken(res, 'tok', { compute: `${base}/compute/v2.1` });
        }
        if (req.url === '/compute/v2.1/flavors/detail')
          return json(200, { flavors: [{ id: '1', name: 'm1.tiny', vcpus: 1, ram: 512, disk: 1 }] });
        json(404, { itemNotFound: { message: 'no such thing' } });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * A clouds.yaml with these extra lines, beside a secure.yaml holding the password. Nothing here
   * hangs: deadlines are on a clock that stands still, so a slow handshake cannot time out.
   */
  function driverFor(extra: string): OpenStackDriver {
    fs.writeFileSync(
      file('clouds.yaml'),
      `clouds:\n  dc:\n    auth:\n      auth_url: ${base}\n      username: canopy\n      project_name: admin\n    region_name: R\n${extra}`,
    );
    fs.writeFileSync(file('secure.yaml'), 'clouds:\n  dc:\n    auth:\n      password: from-secure-yaml\n');
    const cloud = loadCloudConfig({
      OS_CLIENT_CONFIG_FILE: file('clouds.yaml'),
      OS_CLIENT_SECURE_FILE: file('secure.yaml'),
    });
    return new OpenStackDriver(cloud, {
      domain: 'Default',
      memberRole: 'member',
      projectPrefix: '',
      timeoutMs: 30_000,
      waitMs: 1000,
      logger: createLogger('silent'),
      clock: new ManualClock(),
    });
  }

  it("trusts the cloud's CA from clouds.yaml (cacert, relative to the file), with the password from secure.yaml", async () => {
    const flavors = await driverFor('    cacert: ca.pem\n').listFlavors();
    expect(flavors.map((f) => f.name)).toEqual(['m1.tiny']);
    expect(passwords.at(-1)).toBe('from-secure-yaml');
  });

  it('refuses a certificate it cannot verify, and tells the operator where to look', async () => {
    const error = await driverFor('')
      .listFlavors()
      .catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect((error as Error).message).toMatch(
      /identity cannot be reached \((UNABLE_TO_VERIFY|\w*CERT)\w*; check cacert \(or verify\) in clouds.yaml\)/,
    );
  });

  it('connects without verification only when the cloud says verify: false', async () => {
    expect((await driverFor('    verify: false\n').listFlavors()).map((f) => f.name)).toEqual(['m1.tiny']);
  });

  it('names a CA file it cannot read, or a verify that is not a boolean, at load', () => {
    expect(() => driverFor('    cacert: missing.pem\n')).toThrow(/cannot read cacert missing.pem/);
    expect(() => driverFor('    verify: "no"\n')).toThrow(/verify must be true or false/);
  });
});
