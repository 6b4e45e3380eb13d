import { NotFoundError } from '../errors';
import { NETWORK, ROUTER, SERVER, VOLUME } from './fragments';
import { Param, Values } from './params';
import { gql, Route } from './route';

const COMMANDS = Object.fromEntries(
  ['pause', 'unpause', 'stop', 'start', 'suspend', 'resume', 'reboot'].map((command) => [
    command,
    command.toUpperCase(),
  ]),
);

const tenantId = (required: boolean, description = '租户ID'): Param => ({
  name: 'tenant_id',
  type: 'id',
  required,
  field: 'tenantId',
  description,
});
const routerId: Param = {
  name: 'router_id',
  type: 'uuid',
  required: true,
  field: 'routerId',
  description: '虚拟路由ID',
};
const networkId: Param = {
  name: 'network_id',
  type: 'uuid',
  required: true,
  field: 'networkId',
  description: '虚拟网络ID',
};
const serverId = (name: string, description: string): Param => ({
  name,
  type: 'id',
  required: true,
  field: 'serverId',
  description,
});

/** GET /network/router_network: the networks of the router named, among the tenant's routers (there is no `router(id)`). */
function networksOfRouter(data: Record<string, unknown>, values: Values): unknown {
  const routers = data.routers as Array<{ id: string; networks: unknown }>;
  const router = routers.find((candidate) => candidate.id === values.router_id);
  if (!router) throw new NotFoundError('Router', String(values.router_id));
  return router.networks;
}

export const resourceRoutes: Route[] = [
  {
    method: 'POST',
    path: '/nova/servers',
    seed: '创建主机',
    note: '`network_ids` may be left out with `default` true (the default network is then made and used).',
    operations: [
      {
        document: gql(
          'mutation RestCreateServer($input: CreateServerInput!) { createServer(input: $input) { server { ...RestServer } } }',
          SERVER,
        ),
        params: [
          tenantId(true),
          { name: 'image_id', type: 'string', required: true, field: 'imageId', description: '映像名称' },
          { name: 'network_ids', type: 'uuids', field: 'networkIds', description: '获取到的network的id' },
          {
            name: 'instance_type',
            type: 'string',
            field: 'instanceType',
            description: '模板名称, 如果存在该参数可以忽略下面的cpu参数和memory参数',
          },
          { name: 'cpu', type: 'integer', field: 'cpu', description: 'cpu个数' },
          { name: 'memory', type: 'integer', field: 'memoryMb', description: '内存单位M' },
          { name: 'instance_name', type: 'string', field: 'name', description: '主机名称' },
          {
            name: 'availability_zone',
            type: 'string',
            field: 'availabilityZone',
            description: '可用区域的名字如果不提供则会自动选择',
          },
          { name: 'security_groups', type: 'strings', field: 'securityGroups', description: '防火墙名字 可多项' },
          {
            name: 'virtual_server_type',
            type: 'integer',
            field: 'serverType',
            values: { '1': 'PRIVATE', '2': 'SHARED' },
            description: '2 代表共享，1代表私有主机 默认为私有',
          },
          {
            name: 'default',
            type: 'boolean',
            field: 'createDefaultNetwork',
            description: '创建默认网络和路由 默认为False',
          },
        ],
        into: 'input',
        answer: 'createServer',
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/nova/servers',
    seed: '删除主机',
    operations: [
      {
        document:
          'mutation RestDeleteServer($input: DeleteServerInput!) { deleteServer(input: $input) { deletedServerId } }',
        params: [tenantId(true, '租户id'), serverId('virtual_server_id', '虚拟主机ID')],
        into: 'input',
        answer: 'deleteServer',
      },
    ],
  },
  {
    method: 'GET',
    path: '/nova/command/<command>/<int:server_id>',
    seed: '主机操作',
    note: 'A GET that changes state, as the seed has it.',
    operations: [
      {
        document: gql(
          'mutation RestServerAction($input: ServerActionInput!) { serverAction(input: $input) { server { ...RestServer } } }',
          SERVER,
        ),
        params: [
          { name: 'command', type: 'string', required: true, field: 'command', values: COMMANDS, description: '命令' },
          serverId('server_id', '虚拟机id'),
        ],
        into: 'input',
        answer: 'serverAction',
      },
    ],
  },
  {
    method: 'GET',
    path: '/network/network',
    seed: '获取租户虚拟网络',
    operations: [
      {
        document: gql(
          'query RestNetworks($tenantId: ID, $networkId: ID) { networks(tenantId: $tenantId, networkId: $networkId) { ...RestNetwork } }',
          NETWORK,
        ),
        params: [
          { name: 'network_id', type: 'uuid', field: 'networkId', description: '网络的唯一id' },
          tenantId(false, '租户的id，管理员必须提供'),
        ],
        into: 'variables',
        answer: 'networks',
      },
    ],
  },
  {
    method: 'POST',
    path: '/network/network',
    seed: '创建租户虚拟网络',
    operations: [
      {
        document: gql(
          'mutation RestCreateNetwork($input: CreateNetworkInput!) { createNetwork(input: $input) { network { ...RestNetwork } } }',
          NETWORK,
        ),
        params: [
          tenantId(true, '租户的ID'),
          { name: 'network_name', type: 'string', required: true, field: 'name', description: '网络名称（唯一）' },
          { name: 'dhcp_enabled', type: 'boolean', field: 'dhcpEnabled', description: '是否启动dhcp' },
          { name: 'dhcp_start_ip', type: 'string', field: 'dhcpStartIp', description: 'dhcp起始ip' },
          { name: 'dhcp_end_ip', type: 'string', field: 'dhcpEndIp', description: 'dhcp结束ip' },
          { name: 'gateway', type: 'string', required: true, field: 'gateway', description: '网关' },
          {
            name: 'cidr',
            type: 'string',
            required: true,
            field: 'cidr',
            description: '网络地址 例如：192.168.22.0/24',
          },
          { name: 'dns', type: 'string', field: 'dns', description: '默认DNS' },
        ],
        into: 'input',
        answer: 'createNetwork',
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/network/network',
    seed: '删除租户虚拟网络',
    operations: [
      {
        document:
          'mutation RestDeleteNetwork($input: DeleteNetworkInput!) { deleteNetwork(input: $input) { deletedNetworkId } }',
        params: [{ ...networkId, description: '网络唯一标识' }],
        into: 'input',
        answer: 'deleteNetwork',
      },
    ],
  },
  {
    method: 'GET',
    path: '/network/external_network',
    seed: '获取租户外部网络',
    operations: [
      {
        document: gql('query RestExternalNetworks { externalNetworks { ...RestNetwork } }', NETWORK),
        params: [],
        into: 'variables',
        answer: 'externalNetworks',
      },
    ],
  },
  {
    method: 'POST',
    path: '/network/router',
    seed: '创建虚拟路由器',
    operations: [
      {
        document: gql(
          'mutation RestCreateRouter($input: CreateRouterInput!) { createRouter(input: $input) { router { ...RestRouter } } }',
          ROUTER,
        ),
        params: [
          { name: 'name', type: 'string', required: true, field: 'name', description: '虚拟路由的名称' },
          tenantId(false, '租户的ID 非管理员N ，管理员Y'),
          {
            name: 'external_network_id',
            type: 'uuid',
            required: true,
            field: 'externalNetworkId',
            description: '虚拟路由器连接的外部网络ID',
          },
        ],
        into: 'input',
        answer: 'createRouter',
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/network/router',
    seed: '删除虚拟路由器',
    seedMethod: 'DETELE',
    note: 'The seed writes the method DETELE: it is DELETE.',
    operations: [
      {
        document:
          'mutation RestDeleteRouter($input: DeleteRouterInput!) { deleteRouter(input: $input) { deletedRouterId } }',
        params: [{ ...routerId, description: '虚拟路由唯一id' }],
        into: 'input',
        answer: 'deleteRouter',
      },
    ],
  },
  {
    method: 'GET',
    path: '/network/router',
    seed: '获取虚拟路由',
    operations: [
      {
        document: gql('query RestRouters($tenantId: ID) { routers(tenantId: $tenantId) { ...RestRouter } }', ROUTER),
        params: [tenantId(false, '租户id N, 管理员Y')],
        into: 'variables',
        answer: 'routers',
      },
    ],
  },
  {
    method: 'GET',
    path: '/network/router_network',
    seed: '获取虚拟路由连接的内部网络',
    operations: [
      {
        document: gql(
          'query RestRouterNetworks($tenantId: ID) { routers(tenantId: $tenantId) { id networks { ...RestNetwork } } }',
          NETWORK,
        ),
        params: [{ ...routerId }, tenantId(false, '租户ID N，管理员Y')],
        into: 'variables',
        answer: networksOfRouter,
      },
    ],
  },
  {
    method: 'POST',
    path: '/network/router_network',
    seed: '连接虚拟网络到虚拟路由',
    operations: [
      {
        document: gql(
          'mutation RestConnectRouterNetwork($input: ConnectRouterNetworkInput!) { connectRouterNetwork(input: $input) { router { ...RestRouter } } }',
          ROUTER,
        ),
        params: [routerId, tenantId(false, '租户ID N，管理员Y'), networkId],
        into: 'input',
        answer: 'connectRouterNetwork',
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/network/router_network',
    seed: '断开虚拟网络到虚拟路由',
    operations: [
      {
        document: gql(
          'mutation RestDisconnectRouterNetwork($input: DisconnectRouterNetworkInput!) { disconnectRouterNetwork(input: $input) { router { ...RestRouter } } }',
          ROUTER,
        ),
        params: [routerId, tenantId(false, '租户ID N，管理员Y'), networkId],
        into: 'input',
        answer: 'disconnectRouterNetwork',
      },
    ],
  },
  {
    method: 'POST',
    path: '/nova/virtual_server_assign',
    seed: '分配独享主机给用户',
    operations: [
      {
        document: gql(
          'mutation RestAssignServer($input: AssignServerInput!) { assignServer(input: $input) { server { ...RestServer } } }',
          SERVER,
        ),
        params: [
          serverId('server_id', '虚拟主机ID'),
          { name: 'user_id', type: 'id', required: true, field: 'userId', description: '用户ID' },
        ],
        into: 'input',
        answer: 'assignServer',
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/nova/virtual_server_assign',
    seed: '取消分配独享主机给用户',
    operations: [
      {
        document: gql(
          'mutation RestUnassignServer($input: UnassignServerInput!) { unassignServer(input: $input) { server { ...RestServer } } }',
          SERVER,
        ),
        params: [serverId('server_id', '如果有绑定则删除')],
        into: 'input',
        answer: 'unassignServer',
      },
    ],
  },
  {
    method: 'GET',
    path: '/storage/volumes',
    seed: '获取所有硬盘信息',
    operations: [
      {
        document: gql('query RestVolumes($tenantId: ID) { volumes(tenantId: $tenantId) { ...RestVolume } }', VOLUME),
        params: [tenantId(false, '租户id')],
        into: 'variables',
        answer: 'volumes',
      },
    ],
  },
  {
    method: 'POST',
    path: '/storage/volumes',
    seed: '创建硬盘',
    operations: [
      {
        document: gql(
          'mutation RestCreateVolume($input: CreateVolumeInput!) { createVolume(input: $input) { volume { ...RestVolume } } }',
          VOLUME,
        ),
        params: [
          tenantId(true),
          { name: 'volume_size', type: 'integer', field: 'sizeGb', description: '大小 单位G' },
          { name: 'volume_name', type: 'string', field: 'name', description: '硬盘名字' },
          { name: 'volume_description', type: 'string', field: 'description', description: '硬盘描述' },
        ],
        into: 'input',
        answer: 'createVolume',
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/storage/volumes',
    seed: '删除硬盘',
    operations: [
      {
        document:
          'mutation RestDeleteVolume($input: DeleteVolumeInput!) { deleteVolume(input: $input) { deletedVolumeId } }',
        params: [
          { name: 'volume_id', type: 'id', required: true, field: 'volumeId', description: '硬盘id' },
          tenantId(true),
        ],
        into: 'input',
        answer: 'deleteVolume',
      },
    ],
  },
  {
    method: 'POST',
    path: '/storage/server_attach',
    seed: '挂在硬盘给主机',
    operations: [
      {
        document: `mutation RestAttachVolume($input: AttachVolumeInput!) {
          attachVolume(input: $input) { attachment { id device server { id name } volume { id name sizeGb status } } } }`,
        params: [
          tenantId(true),
          serverId('virtual_server_id', '虚拟主机ID'),
          { name: 'volume_id', type: 'id', required: true, field: 'volumeId', description: '需要挂在的磁盘ID' },
        ],
        into: 'input',
        answer: 'attachVolume',
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/storage/server_attach',
    seed: '卸载硬盘给主机',
    operations: [
      {
        document:
          'mutation RestDetachVolume($input: DetachVolumeInput!) { detachVolume(input: $input) { detachedAttachmentId } }',
        params: [
          tenantId(true),
          serverId('virtual_server_id', '虚拟主机ID'),
          { name: 'attach_id', type: 'id', required: true, field: 'attachId', description: '挂载的唯一标识' },
        ],
        into: 'input',
        answer: 'detachVolume',
      },
    ],
  },
];
