import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum KeyPairTypeEnum {
  ED25519 = 'ED25519',
  RSA = 'RSA',
  ECDSA = 'ECDSA',
}
registerEnumType(KeyPairTypeEnum, {
  name: 'KeyPairType',
  description: "An SSH key's algorithm. 密钥类型",
  valuesConfig: {
    ED25519: { description: 'ssh-ed25519: the default, and what ssh-keygen makes today. Ed25519 密钥（默认）' },
    RSA: { description: 'ssh-rsa, 2048 bits or more (4096 when Canopy generates it). RSA 密钥' },
    ECDSA: { description: 'ecdsa-sha2-nistp256/384/521 (P-256 when Canopy generates it). ECDSA 密钥' },
  },
});

@ObjectType({ description: "An SSH public key of the viewer's, to put on new servers. 密钥对" })
export class KeyPair {
  @Field(() => ID, { description: "The key pair's id. 密钥对ID" })
  id!: number;

  @Field(() => String, { description: 'Unique among the owner’s key pairs. 名称' })
  name!: string;

  @Field(() => KeyPairTypeEnum, { description: "The key's algorithm. 类型" })
  type!: 'ED25519' | 'RSA' | 'ECDSA';

  @Field(() => String, { description: 'The public key as in a .pub file (`ssh-ed25519 AAAA… comment`). 公钥' })
  publicKey!: string;

  @Field(() => String, {
    description: 'As `ssh-keygen -l` prints it (`SHA256:` and base64), what ssh shows when it connects. 指纹',
  })
  fingerprint!: string;

  @Field(() => String, {
    description: 'The MD5 form Nova and Horizon show (`aa:bb:…`, `ssh-keygen -l -E md5` without `MD5:`). MD5指纹',
  })
  fingerprintMd5!: string;

  @Field(() => Date, { description: 'When it was imported or generated. 创建时间' })
  createdAt!: Date;
}
