import { Field, ID, ObjectType } from 'type-graphql';
import { CloudFloatingIp } from '../cloud/resources';
import { FloatingIp } from './floating-ip.types';

@ObjectType({ description: 'The new floating IP. 申请浮动IP结果' })
export class AllocateFloatingIpPayload {
  @Field(() => FloatingIp, { description: 'The floating IP, not yet associated. 新浮动IP' })
  floatingIp!: CloudFloatingIp;
}

@ObjectType({ description: 'The floating IP with its server. 绑定浮动IP结果' })
export class AssociateFloatingIpPayload {
  @Field(() => FloatingIp, { description: 'The floating IP; see its server and fixedAddress. 浮动IP' })
  floatingIp!: CloudFloatingIp;
}

@ObjectType({ description: 'The floating IP, no longer mapped. 解绑浮动IP结果' })
export class DisassociateFloatingIpPayload {
  @Field(() => FloatingIp, { description: 'The floating IP, still allocated to the tenant. 浮动IP' })
  floatingIp!: CloudFloatingIp;
}

@ObjectType({ description: 'The released floating IP. 释放浮动IP结果' })
export class ReleaseFloatingIpPayload {
  @Field(() => ID, { description: 'The id of the released floating IP. 已释放的浮动IP ID' })
  releasedFloatingIpId!: string;
}
