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
  /** Where the file came from, for error messages (never its contents). */
  source: string;
}

/** The files openstacksdk reads, in its order: OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack, /etc/openstack. */
export function cloudsYamlCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const candidates = [path.resolve('clouds.yaml'), path.join(os.homedir(), '.config', 'openstack', 'clouds.yaml'), '/etc/openstack/clouds.yaml'];
  return env.OS_CLIENT_CONFIG_FILE ? [env.OS_CLIENT_CONFIG_FILE, ...candidates] : candidates;
}

/** Reads cloud `OS_CLOUD` (or the only cloud of the file) from the first clouds.yaml found. */
export function loadCloudConfig(env: NodeJS.ProcessEnv = process.env): CloudConfig {
  const file = cloudsYamlCandidates(env).find((candidate) => fs.existsSync(candidate));
  if (!file) throw new Error(`CANOPY_CLOUD=openstack: no clouds.yaml found (looked in ${cloudsYamlCandidates(env).join(', ')}); set OS_CLIENT_CONFIG_FILE`);
  return parseCloudsYaml(fs.readFileSync(file, 'utf8'), env.OS_CLOUD, file);
}

export function parseCloudsYaml(text: string, cloudName: string | undefined, source = 'clouds.yaml'): CloudConfig {
  const doc = (parse(text) ?? {}) as { clouds?: Record<string, Record<string, unknown>> };
  const clouds = doc.clouds ?? {};
  const names = Object.keys(clouds);
  const name = cloudName ?? (names.length === 1 ? names[0] : undefined);
  if (!name) throw new Error(`${source}: set OS_CLOUD to one of ${names.join(', ') || '(no clouds)'}`);
  const cloud = clouds[name];
  if (!cloud) throw new Error(`${source}: no cloud named "${name}" (has ${names.join(', ') || 'none'})`);
  const auth = (cloud.auth ?? {}) as Record<string, string | undefined>;
  const authType = (cloud.auth_type as string | undefined) ?? 'password';
  if (authType !== 'password' && authType !== 'v3password') throw new Error(`${source}: cloud "${name}" uses auth_type ${authType}; Canopy supports password`);
  for (const key of ['auth_url', 'username', 'password'] as const) {
    if (!auth[key]) throw new Error(`${source}: cloud "${name}" has no auth.${key}`);
  }
  if (!auth.project_id && !auth.project_name) throw new Error(`${source}: cloud "${name}" has no auth.project_name or auth.project_id`);
  const domainId = auth.domain_id;
  const domainName = auth.domain_name;
  const authUrl = auth.auth_url!.replace(/\/+$/, '');
  return {
    name,
    authUrl: /\/v3$/.test(authUrl) ? authUrl : `${authUrl}/v3`,
    username: auth.username!,
    password: auth.password!,
    userDomain: pickDomain(auth.user_domain_id ?? domainId, auth.user_domain_name ?? domainName),
    project: { id: auth.project_id, name: auth.project_name, domain: pickDomain(auth.project_domain_id ?? domainId, auth.project_domain_name ?? domainName) },
    regionName: (cloud.region_name as string | undefined) ?? undefined,
    interface: ((cloud.interface as string | undefined) ?? (cloud.endpoint_type as string | undefined) ?? 'public').replace(/URL$/, ''),
    source,
  };
}

/** Keystone's default domain when neither an id nor a name is given. */
function pickDomain(id: string | undefined, name: string | undefined): { id?: string; name?: string } {
  if (id) return { id };
  if (name) return { name };
  return { id: 'default' };
}
