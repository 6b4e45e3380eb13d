import { GROUP, TENANT, USER } from './fragments';
import { Param } from './params';
import { gql, Operation, Route } from './route';

const tenantFields: Param[] = [
  { name: 'description', type: 'string', field: 'description', description: '对租户的描述' },
  { name: 'customer_manager', type: 'string', field: 'customerManager', description: '经理人' },
];

const updateTenant: Operation = {
  document: gql(
    'mutation RestUpdateTenant($input: UpdateTenantInput!) { updateTenant(input: $input) { tenant { ...RestTenant } } }',
    TENANT,
  ),
  params: [
    { name: 'tenant_id', type: 'id', required: true, field: 'tenantId', description: '需要修改租户的id' },
    { name: 'name', type: 'string', field: 'name', description: '修改的租户名' },
    ...tenantFields,
    { name: 'enabled', type: 'boolean', field: 'enabled', description: '启用禁用' },
  ],
  into: 'input',
  answer: 'updateTenant',
};

const userFields: Param[] = [
  { name: 'description', type: 'string', field: 'description', description: '描述' },
  { name: 'enabled', type: 'boolean', field: 'enabled', description: '是否启用 默认启用' },
  { name: 'is_admin', type: 'boolean', field: 'isAdmin', description: '是否为该组管理员 默认否' },
];

const groupId = (description: string): Param => ({
  name: 'group_id',
  type: 'id',
  required: true,
  field: 'groupId',
  description,
});

export const identityRoutes: Route[] = [
  {
    method: 'POST',
    path: '/auth/login',
    seed: '登录接口',
    operations: [
      {
        // The request has no viewer yet: only the new session's own user fields can be read.
        document: gql(
          'mutation RestLogin($input: LoginInput!) { login(input: $input) { token expiresAt viewer { id name description enabled staffRole } } }',
        ),
        params: [
          {
            name: 'identification',
            type: 'string',
            required: true,
            field: 'identification',
            description: '用户名#租户名 如果无#则默认为非租户人员',
          },
          { name: 'password', type: 'string', required: true, field: 'password', description: '用户密码' },
        ],
        into: 'input',
        answer: 'login',
      },
    ],
  },
  {
    method: 'GET',
    path: '/auth/logout',
    seed: '登出接口',
    note: 'A GET that changes state, as the seed has it; the session cookie is SameSite=Strict.',
    operations: [
      { document: 'mutation RestLogout { logout { ok } }', params: [], into: 'variables', answer: 'logout' },
    ],
  },
  {
    method: 'POST',
    path: '/keystone/tenants',
    seed: ['创建租户', '修改租户'],
    note: 'The seed also modifies a tenant here: with `tenant_id` in the body it runs updateTenant.',
    operations: [
      { ...updateTenant, whenGiven: 'tenant_id' },
      {
        document: gql(
          `mutation RestCreateTenant($input: CreateTenantInput!) {
            createTenant(input: $input) { tenant { ...RestTenant } admin { ...RestUser } adminPassword } }`,
          TENANT,
          USER,
        ),
        params: [
          { name: 'name', type: 'string', required: true, field: 'name', description: '创建的租户名' },
          ...tenantFields,
          {
            name: 'default',
            type: 'boolean',
            field: 'createDefaultNetwork',
            description: '是否创建默认网络，默认不创建',
          },
          { name: 'admin_name', type: 'string', field: 'adminName', description: '管理员名 默认为 admin' },
          { name: 'admin_password', type: 'string', field: 'adminPassword', description: '管理员密码' },
          { name: 'admin_description', type: 'string', field: 'adminDescription', description: '管理员描述' },
        ],
        into: 'input',
        answer: 'createTenant',
      },
    ],
  },
  { method: 'POST', path: '/keystone/tenants/<int:tenant_id>', seed: '修改租户', operations: [updateTenant] },
  {
    method: 'GET',
    path: '/keystone/tenants/<int:tenant_id>',
    seed: '1 获取单个',
    operations: [
      {
        document: gql('query RestTenant($id: ID!) { tenant(id: $id) { ...RestTenant } }', TENANT),
        params: [{ name: 'tenant_id', type: 'id', required: true, field: 'id', description: '租户的唯一id' }],
        into: 'variables',
        answer: 'tenant',
      },
    ],
  },
  {
    method: 'GET',
    path: '/keystone/tenants',
    seed: '2 获取所有',
    operations: [
      {
        document: gql('query RestTenants { tenants { nodes { ...RestTenant } } }', TENANT),
        params: [],
        into: 'variables',
        answer: 'tenants.nodes',
      },
    ],
  },
  {
    method: 'POST',
    path: '/keystone/groups',
    seed: '创建组',
    operations: [
      {
        document: gql(
          'mutation RestCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { group { ...RestGroup } } }',
          GROUP,
        ),
        params: [
          { name: 'parent_group_id', type: 'id', required: true, field: 'parentGroupId', description: '父亲组id' },
          { name: 'name', type: 'string', required: true, field: 'name', description: '组名' },
          { name: 'description', type: 'string', field: 'description', description: '组描述' },
        ],
        into: 'input',
        answer: 'createGroup',
      },
    ],
  },
  {
    method: 'GET',
    path: '/keystone/groups/<int:group_id>',
    seed: '获取组',
    operations: [
      {
        document: gql('query RestGroup($id: ID!) { group(id: $id) { ...RestGroup } }', GROUP),
        params: [{ name: 'group_id', type: 'id', required: true, field: 'id', description: '需要获取的组的id' }],
        into: 'variables',
        answer: 'group',
      },
    ],
  },
  {
    method: 'PUT',
    path: '/keystone/groups/<int:group_id>',
    seed: '修改组',
    seedMethod: 'GET',
    note: 'The seed writes this modification as GET, the URL and method of 获取组; a GET stays a read, so it is PUT (or POST).',
    operations: [updateGroup()],
  },
  {
    method: 'POST',
    path: '/keystone/groups/<int:group_id>',
    seed: '修改组',
    seedMethod: 'GET',
    note: 'The same as PUT, for clients that send only GET and POST.',
    operations: [updateGroup()],
  },
  {
    method: 'DELETE',
    path: '/keystone/groups/<int:group_id>',
    seed: '删除组',
    operations: [
      {
        document:
          'mutation RestDeleteGroup($input: DeleteGroupInput!) { deleteGroup(input: $input) { deletedGroupId } }',
        params: [{ name: 'group_id', type: 'id', required: true, field: 'groupId', description: '需要删除的组的id' }],
        into: 'input',
        answer: 'deleteGroup',
      },
    ],
  },
  {
    method: 'POST',
    path: '/keystone/users',
    seed: '创建用户',
    operations: [
      {
        document: gql(
          'mutation RestCreateUser($input: CreateUserInput!) { createUser(input: $input) { user { ...RestUser } } }',
          USER,
        ),
        params: [
          groupId('属于哪一个组'),
          { name: 'name', type: 'string', required: true, field: 'name', description: '用户名,用以登录 用户名#租户名' },
          { name: 'password', type: 'string', required: true, field: 'password', description: '密码' },
          ...userFields,
          {
            name: 'staff_role',
            type: 'string',
            field: 'staffRole',
            values: { admin: 'ADMIN', telecom: 'TELECOM', operator: 'OPERATOR' },
            description: 'Beyond the seed: a staff user’s role, in a platform group (ADMIN only)',
          },
        ],
        into: 'input',
        answer: 'createUser',
      },
    ],
  },
  {
    method: 'PUT',
    path: '/keystone/users/<int:user_id>',
    seed: '修改用户信息',
    operations: [
      {
        document: gql(
          'mutation RestUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { user { ...RestUser } } }',
          USER,
        ),
        params: [
          { name: 'user_id', type: 'id', required: true, field: 'userId', description: '用户唯一id' },
          groupId('用户所在组'),
          { name: 'name', type: 'string', field: 'name', description: '用户名' },
          { name: 'password', type: 'string', field: 'password', description: '密码' },
          ...userFields,
        ],
        into: 'input',
        answer: 'updateUser',
      },
    ],
  },
  {
    method: 'GET',
    path: '/keystone/users',
    seed: '获取用户',
    note: 'With `user_id` it answers that user (group_id is then ignored, as the seed says), else the users of `group_id`.',
    operations: [
      {
        document: gql('query RestUser($id: ID!) { user(id: $id) { ...RestUser } }', USER),
        params: [{ name: 'user_id', type: 'id', required: true, field: 'id', description: '获取某个用户信息' }],
        into: 'variables',
        answer: 'user',
        whenGiven: 'user_id',
      },
      {
        document: gql('query RestGroupUsers($id: ID!) { group(id: $id) { users { nodes { ...RestUser } } } }', USER),
        params: [{ name: 'group_id', type: 'id', required: true, field: 'id', description: '获取某组的所有用户' }],
        into: 'variables',
        answer: 'group.users.nodes',
      },
    ],
  },
  {
    method: 'DELETE',
    path: '/keystone/users',
    seed: '移除用户',
    operations: [
      {
        document:
          'mutation RestRemoveUser($input: RemoveUserInput!) { removeUser(input: $input) { removedUserId deleted } }',
        params: [
          { name: 'user_id', type: 'id', required: true, field: 'userId', description: '用户的id' },
          { name: 'group_id', type: 'id', field: 'groupId', description: '如果不指定则在所有组中删除（admin权限）' },
        ],
        into: 'input',
        answer: 'removeUser',
      },
    ],
  },
];

function updateGroup(): Operation {
  return {
    document: gql(
      'mutation RestUpdateGroup($input: UpdateGroupInput!) { updateGroup(input: $input) { group { ...RestGroup } } }',
      GROUP,
    ),
    params: [
      { name: 'group_id', type: 'id', required: true, field: 'groupId', description: '需要修改的组的id' },
      { name: 'name', type: 'string', field: 'name', description: '新名字' },
      { name: 'description', type: 'string', field: 'description', description: '新描述' },
    ],
    into: 'input',
    answer: 'updateGroup',
  };
}
