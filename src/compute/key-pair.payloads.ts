import { Field, ID, ObjectType } from 'type-graphql';
import { KeyPair } from './key-pair.types';

@ObjectType({ description: 'The new key pair. 创建密钥对结果' })
export class CreateKeyPairPayload {
  @Field(() => KeyPair, { description: 'The key pair. 密钥对' })
  keyPair!: KeyPair;

  @Field(() => String, {
    nullable: true,
    description:
      'For a generated pair only, and only in this answer: the private key in OpenSSH format, for `ssh -i`. Canopy keeps no copy. 私钥（仅此一次）',
  })
  privateKey!: string | null;
}

@ObjectType({ description: 'The deleted key pair; servers made with it keep the key. 删除密钥对结果' })
export class DeleteKeyPairPayload {
  @Field(() => ID, { description: 'The id of the deleted key pair. 已删除的密钥对ID' })
  deletedKeyPairId!: number;
}
