import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

/** What Canopy needs of one cloud of a clouds.yaml (password auth against Keystone v3). */
export interface CloudConfig {
  name: string;
  authUrl: string;
  username: string;
  password: string;
  userDomain: { id?: string; name?: string };
  project: { id?: string; name?: string; domain: { id?: string; name?: string } };
  regionName?: string;
  /** Endpoint interface from the catalog: public (default), internal or admin. */
  interface: string;
  /** HTTPS settings, as openstacksdk reads them: `cacert`, `verify`, `cert` and `key` (paths). */
  tls: TlsSettings;
  /** Where the file came from, for error messages (never its contents). */
  source: string;
}

export interface TlsSettings {
  /** false only when the cloud says `verify: false` (a lab with self-signed certificates). */
  verify: boolean;
  /** PEM text of the CA bundle, the client certificate and its key, read when the file is loaded. */
  ca?: string;
  cert?: string;
  key?: string;
}

type CloudsDoc = { clouds?: Record<string, Record<string, unknown>> };

/** The files openstacksdk reads, in its order: the one the variable names, ./, ~/.config/openstack, /etc/openstack. */
function candidates(file: 'clouds.yaml' | 'secure.yaml', given: string | undefined): string[] {
  const found = [
    path.resolve(file),
    path.join(os.homedir(), '.config', 'openstack', file),
    path.join('/etc/openstack', file),
  ];
  return given ? [given, ...found] : found;
}

export function cloudsYamlCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  return candidates('clouds.yaml', env.OS_CLIENT_CONFIG_FILE);
}

/**
 * Reads cloud `OS_CLOUD` (or the only cloud of the file) from the first clouds.yaml found, with
 * the first secure.yaml found (OS_CLIENT_SECURE_FILE first) merged over it, as openstacksdk does:
 * passwords can live in a file only the service account reads.
 */
export function loadCloudConfig(env: NodeJS.ProcessEnv = process.env): CloudConfig {
  const file = cloudsYamlCandidates(env).find((candidate) => fs.existsSync(candidate));
  if (!file)
    throw new Error(
      `CANOPY_CLOUD=openstack: no clouds.yaml found (looked in ${cloudsYamlCandidates(env).join(', ')}); set OS_CLIENT_CONFIG_FILE`,
    );
  const secure = candidates('secure.yaml', env.OS_CLIENT_SECURE_FILE).find((candidate) => fs.existsSync(candidate));
  const doc = merge(
    parse(fs.readFileSync(file, 'utf8')) ?? {},
    secure ? (parse(fs.readFileSync(secure, 'utf8')) ?? {}) : {},
  ) as CloudsDoc;
  return parseClouds(doc, env.OS_CLOUD, secure ? `${file} + ${secure}` : file, (name) =>
    fs.readFileSync(path.resolve(path.dirname(file), name), 'utf8'),
  );
}

/** secure.yaml's values over clouds.yaml's, key by key at every depth. */
function merge(base: unknown, over: unknown): unknown {
  if (typeof base !== 'object' || base === null || typeof over !== 'object' || over === null || Array.isArray(over))
    return over ?? base;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) merged[key] = merge(merged[key], value);
  return merged;
}

export function parseCloudsYaml(
  text: string,
  cloudName: string | undefined,
  source = 'clouds.yaml',
  readFile: (file: string) => string = (file) => fs.readFileSync(file, 'utf8'),
): CloudConfig {
  return parseClouds((parse(text) ?? {}) as CloudsDoc, cloudName, source, readFile);
}

function parseClouds(
  doc: CloudsDoc,
  cloudName: string | undefined,
  source: string,
  readFile: (file: string) => string,
): CloudConfig {
  const clouds = doc.clouds ?? {};
  const names = Object.keys(clouds);
  const name = cloudName ?? (names.length === 1 ? names[0] : undefined);
  if (!name) throw new Error(`${source}: set OS_CLOUD to one of ${names.join(', ') || '(no clouds)'}`);
  const cloud = clouds[name];
  if (!cloud) throw new Error(`${source}: no cloud named "${name}" (has ${names.join(', ') || 'none'})`);
  const auth = (cloud.auth ?? {}) as Record<string, string | undefined>;
  const authType = (cloud.auth_type as string | undefined) ?? 'password';
  if (authType !== 'password' && authType !== 'v3password')
    throw new Error(
      `${source}: cloud "${name}" uses auth_type ${authType}; Canopy supports password (its service account scopes tokens to every tenant's project, which an application credential cannot)`,
    );
  for (const key of ['auth_url', 'username', 'password'] as const) {
    if (!auth[key]) throw new Error(`${source}: cloud "${name}" has no auth.${key}`);
  }
  if (!auth.project_id && !auth.project_name)
    throw new Error(`${source}: cloud "${name}" has no auth.project_name or auth.project_id`);
  const domainId = auth.domain_id;
  const domainName = auth.domain_name;
  const authUrl = auth.auth_url!.replace(/\/+$/, '');
  return {
    name,
    authUrl: /\/v3$/.test(authUrl) ? authUrl : `${authUrl}/v3`,
    username: auth.username!,
    password: auth.password!,
    userDomain: pickDomain(auth.user_domain_id ?? domainId, auth.user_domain_name ?? domainName),
    project: {
      id: auth.project_id,
      name: auth.project_name,
      domain: pickDomain(auth.project_domain_id ?? domainId, auth.project_domain_name ?? domainName),
    },
    regionName: (cloud.region_name as string | undefined) ?? undefined,
    interface: (
      (cloud.interface as string | undefined) ??
      (cloud.endpoint_type as string | undefined) ??
      'public'
    ).replace(/URL$/, ''),
    tls: tlsOf(cloud, `${source}: cloud "${name}"`, readFile),
    source,
  };
}

function tlsOf(cloud: Record<string, unknown>, where: string, readFile: (file: string) => string): TlsSettings {
  const read = (key: 'cacert' | 'cert' | 'key'): string | undefined => {
    const file = cloud[key];
    if (file === undefined || file === null) return undefined;
    if (typeof file !== 'string') throw new Error(`${where}: ${key} must be a file name`);
    try {
      return readFile(file);
    } catch {
      throw new Error(`${where}: cannot read ${key} ${file}`);
    }
  };
  if (cloud.verify !== undefined && typeof cloud.verify !== 'boolean')
    throw new Error(`${where}: verify must be true or false`);
  return { verify: cloud.verify !== false, ca: read('cacert'), cert: read('cert'), key: read('key') };
}

/** Keystone's default domain when neither an id nor a name is given. */
function pickDomain(id: string | undefined, name: string | undefined): { id?: string; name?: string } {
  if (id) return { id };
  if (name) return { name };
  return { id: 'default' };
}
