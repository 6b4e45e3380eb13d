import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadCloudConfig } from '../../src/cloud/openstack/clouds-yaml';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { createLogger } from '../../src/observability/logger';
import { makeCertificates } from '../helpers/tls';

/**
 * The real Keystone behind HTTPS with a private CA, as in a data centre: a TLS-terminating proxy
 * (certificate made by openssl) in front of the devcloud's Keystone, and a clouds.yaml that
 * reaches it with `cacert`. The rest of the catalog stays plain HTTP, as the devcloud serves it.
 */
describe('OpenStack with Keystone behind HTTPS', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-os-tls-'));
  let proxy: https.Server;
  let cloudsYaml: Record<string, { clouds: Record<string, Record<string, unknown>> }>;

  beforeAll(async () => {
    const source = process.env.OS_CLIENT_CONFIG_FILE!;
    const doc = parse(fs.readFileSync(source, 'utf8')) as { clouds: Record<string, Record<string, unknown>> };
    const name = process.env.OS_CLOUD ?? Object.keys(doc.clouds)[0];
    const keystone = new URL(String((doc.clouds[name].auth as Record<string, unknown>).auth_url));
    const { cert, key } = makeCertificates(dir);
    proxy = https.createServer({ cert, key }, (req, res) => {
      const upstream = http.request(
        {
          host: keystone.hostname,
          port: keystone.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: keystone.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const authUrl = `https://127.0.0.1:${(proxy.address() as AddressInfo).port}${keystone.pathname.replace(/\/$/, '')}`;
    cloudsYaml = {
      trusted: {
        clouds: {
          dc: {
            ...doc.clouds[name],
            auth: { ...(doc.clouds[name].auth as object), auth_url: authUrl },
            cacert: 'ca.pem',
          },
        },
      },
      untrusted: {
        clouds: { dc: { ...doc.clouds[name], auth: { ...(doc.clouds[name].auth as object), auth_url: authUrl } } },
      },
    };
  });
  afterAll(() => {
    proxy.closeAllConnections();
    proxy.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const driverFor = (which: 'trusted' | 'untrusted') => {
    fs.writeFileSync(path.join(dir, 'clouds.yaml'), stringify(cloudsYaml[which]));
    const cloud = loadCloudConfig({
      OS_CLIENT_CONFIG_FILE: path.join(dir, 'clouds.yaml'),
      OS_CLOUD: 'dc',
      OS_CLIENT_SECURE_FILE: path.join(dir, 'none.yaml'),
    });
    return new OpenStackDriver(cloud, {
      domain: 'Default',
      memberRole: 'member',
      projectPrefix: 'tls-',
      timeoutMs: 10_000,
      waitMs: 1000,
      logger: createLogger('silent'),
    });
  };

  it('authenticates through the private CA named by cacert, then reaches Nova from the catalog', async () => {
    const flavors = await driverFor('trusted').listFlavors();
    expect(flavors.map((f) => f.name)).toContain('m1.tiny');
  });

  it('refuses the same Keystone without the CA, and says where to look', async () => {
    const error = await driverFor('untrusted')
      .listFlavors()
      .catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect((error as Error).message).toMatch(/check cacert \(or verify\) in clouds.yaml/);
  });
});
