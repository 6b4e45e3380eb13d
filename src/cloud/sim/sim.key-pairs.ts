import { eq } from 'drizzle-orm';
import { Database } from '../../db/database';
import { isUniqueViolation } from '../../db/constraints';
import { bi, ConflictError, NotFoundError } from '../../errors';
import { SimDb, simTables } from './sim.db';

/** The public key of a key pair, for a new server (Nova copies it onto the instance); NotFound as Nova's 400 "Invalid key_name". */
export async function publicKeyOf(tx: SimDb, name: string): Promise<string> {
  const { keyPairs } = simTables(tx);
  const [row] = await tx.select().from(keyPairs).where(eq(keyPairs.name, name));
  if (!row) throw new NotFoundError('Key pair', name);
  return row.publicKey;
}

/** Nova's key pairs of the one account Canopy acts as: one name space for every project. */
export class SimKeyPairs {
  private readonly t = simTables(this.db.read);

  constructor(private readonly db: Database) {}

  async create(spec: { name: string; publicKey: string }): Promise<void> {
    const { keyPairs } = this.t;
    try {
      await this.db.transaction((tx) => tx.insert(keyPairs).values(spec));
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(bi(`Key pair ${spec.name} already exists`, `密钥对 ${spec.name} 已存在`));
      throw error;
    }
  }

  /** Deleting a key pair leaves the servers made with it their copy, as in Nova. */
  async delete(name: string): Promise<void> {
    const { keyPairs } = this.t;
    await this.db.transaction((tx) => tx.delete(keyPairs).where(eq(keyPairs.name, name)));
  }
}
