import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConsoleType } from '../cloud/resources';
import { ServerRow } from './compute.repo';
import { Server } from './compute.types';

export enum ConsoleTypeEnum {
  NOVNC = 'NOVNC',
  SERIAL = 'SERIAL',
}
registerEnumType(ConsoleTypeEnum, {
  name: 'ConsoleType',
  description: "A remote console of Nova's; one the cloud does not offer is BAD_USER_INPUT. 控制台类型",
  valuesConfig: {
    NOVNC: { description: "The server's screen and keyboard in a browser (noVNC). 图形控制台（noVNC）" },
    SERIAL: { description: "The server's serial port, over a WebSocket. 串口控制台" },
  },
});

@InputType({ description: 'The server whose console to open, and which console. 打开主机控制台参数' })
export class CreateServerConsoleInput {
  @Field(() => ID, { description: 'An ACTIVE server. 虚拟主机ID' })
  serverId!: string;

  @Field(() => ConsoleTypeEnum, { description: 'Which console. 控制台类型' })
  type!: ConsoleTypeEnum;
}

@ObjectType({
  description: 'A console URL: it carries a one-time token, so treat it as a secret until it expires. 主机控制台',
})
export class CreateServerConsolePayload {
  @Field(() => Server, { description: 'The server. 主机' })
  server!: ServerRow;

  @Field(() => ConsoleTypeEnum, { description: 'Which console. 控制台类型' })
  type!: ConsoleType;

  @Field(() => String, { description: "The console's URL, with its token; open it before expiresAt. 控制台地址" })
  url!: string;

  @Field(() => Date, {
    description:
      "When the URL's token stops working (the cloud's token lifetime, CANOPY_CONSOLE_TTL_SECONDS). 过期时间",
  })
  expiresAt!: Date;
}
