import { policy, requireViewer } from '../auth/policy';
import { NotFoundError } from '../errors';
import { KeyPairRow } from './compute.repo';
import { ComputeDeps } from './deps';
import { generateKeyPair, parsePublicKey, SshKeyType, SshPublicKey } from './ssh-keys';

export interface CreatedKeyPair {
  keyPair: KeyPairRow;
  /** Only for a key pair Canopy generated: returned this once, never stored or logged. */
  privateKey: string | null;
}

/** A user's SSH key pairs, kept by Canopy (never in the cloud between servers: docs/CLOUD.md "Key pairs"). */
export class KeyPairService {
  constructor(private readonly scope: ComputeDeps) {}

  /** Imports `publicKey`, or without it generates a pair of `type` (ED25519 unless asked). No cloud call. */
  async create(args: { name: string; publicKey?: string; type?: SshKeyType }): Promise<CreatedKeyPair> {
    const viewer = requireViewer(this.scope.viewer);
    let publicKey: SshPublicKey;
    let privateKey: string | null = null;
    if (args.publicKey === undefined) {
      const made = await generateKeyPair(args.type ?? 'ED25519', args.name);
      publicKey = made.publicKey;
      privateKey = made.privateKey;
    } else {
      publicKey = parsePublicKey(args.publicKey);
    }
    const keyPair = await this.scope.compute.insertKeyPair({
      userId: viewer.userId,
      name: args.name,
      type: publicKey.type,
      publicKey: publicKey.openssh,
      fingerprint: publicKey.fingerprint,
      fingerprintMd5: publicKey.fingerprintMd5,
    });
    return { keyPair, privateKey };
  }

  /** Servers made with the key keep their copy of it (and their keyName): deleting is always allowed. */
  async delete(id: number): Promise<number> {
    const keyPair = await this.own(id);
    await this.scope.compute.deleteKeyPair(keyPair.id);
    return keyPair.id;
  }

  /** The viewer's own key pair, else NOT_FOUND (another user's, a deleted one). */
  async own(id: number): Promise<KeyPairRow> {
    const viewer = requireViewer(this.scope.viewer);
    const row = await this.scope.rows.keyPairById.load(id);
    if (!row) throw new NotFoundError('Key pair', id);
    policy.ownKeyPair(viewer, row);
    return row;
  }

  async ofUser(userId: number): Promise<KeyPairRow[]> {
    policy.listKeyPairs(requireViewer(this.scope.viewer), userId);
    return this.scope.compute.keyPairsOfUser(userId);
  }
}
