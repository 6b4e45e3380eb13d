import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsName } from '../graphql/validators';
import { KeyPairTypeEnum } from './key-pair.types';

@InputType({ description: 'A key to import, or, without publicKey, one for Canopy to generate. 创建密钥对参数' })
export class CreateKeyPairInput {
  @Field(() => String, { description: 'Unique among your key pairs. 名称' })
  @IsName()
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'An OpenSSH public key (ssh-ed25519, ssh-rsa of 2048 bits or more, ecdsa-sha2-nistp256/384/521). Without it Canopy generates the pair and returns its private key once. 公钥',
  })
  @IsOptional()
  @MaxLength(8192)
  publicKey?: string;

  @Field(() => KeyPairTypeEnum, {
    nullable: true,
    description: 'For a generated pair: ED25519 (default), RSA (4096 bits) or ECDSA (P-256); ignored on import. 类型',
  })
  @IsOptional()
  type?: KeyPairTypeEnum;
}

@InputType({ description: 'The key pair to delete. 删除密钥对参数' })
export class DeleteKeyPairInput {
  @Field(() => ID, { description: 'One of your key pairs. 密钥对ID' })
  keyPairId!: string;
}
