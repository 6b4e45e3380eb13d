/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ServersPage($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      servers {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n          vcpus\n          ramMb\n        }\n        image {\n          name\n        }\n        addresses {\n          networkId\n          networkName\n          ip\n        }\n        volumes {\n          id\n          name\n          sizeGb\n          status\n        }\n        attachments {\n          id\n          device\n        }\n        assignedUser {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ServersPageDocument,
    "\n  query GetServer($id: ID!) {\n    server(id: $id) {\n      id\n      name\n      status\n      serverType\n      availabilityZone\n      securityGroups\n      flavor {\n        name\n      }\n      image {\n        name\n      }\n      addresses {\n        networkName\n        ip\n      }\n      networks {\n        id\n        name\n      }\n      volumes {\n        id\n      }\n      attachments {\n        id\n        device\n        volume {\n          id\n        }\n        server {\n          id\n        }\n      }\n      assignedUser {\n        id\n      }\n      tenant {\n        id\n      }\n    }\n  }\n": typeof types.GetServerDocument,
    "\n  mutation CreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n        }\n        image {\n          name\n        }\n        addresses {\n          networkId\n          networkName\n          ip\n        }\n      }\n    }\n  }\n": typeof types.CreateServerDocument,
    "\n  mutation DeleteServer($input: DeleteServerInput!) {\n    deleteServer(input: $input) {\n      deletedServerId\n    }\n  }\n": typeof types.DeleteServerDocument,
    "\n  mutation ServerAction($input: ServerActionInput!) {\n    serverAction(input: $input) {\n      server {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ServerActionDocument,
    "\n  mutation AssignServer($input: AssignServerInput!) {\n    assignServer(input: $input) {\n      server {\n        id\n        assignedUser {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AssignServerDocument,
    "\n  mutation UnassignServer($input: UnassignServerInput!) {\n    unassignServer(input: $input) {\n      server {\n        id\n        assignedUser {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UnassignServerDocument,
    "\n  query Catalog {\n    flavors {\n      id\n      name\n      vcpus\n      ramMb\n      diskGb\n    }\n    images {\n      id\n      name\n    }\n    availabilityZones {\n      name\n      available\n    }\n    externalNetworks {\n      id\n      name\n      external\n      cidr\n      subnets {\n        cidr\n      }\n    }\n  }\n": typeof types.CatalogDocument,
    "\n  query SecurityGroups($tenantId: ID) {\n    securityGroups(tenantId: $tenantId) {\n      id\n      name\n    }\n  }\n": typeof types.SecurityGroupsDocument,
    "\n  query TenantQuota($id: ID!) {\n    tenant(id: $id) {\n      quota {\n        instances {\n          limit\n          used\n        }\n        cores {\n          limit\n          used\n        }\n        ramMb {\n          limit\n          used\n        }\n        volumes {\n          limit\n          used\n        }\n        gigabytes {\n          limit\n          used\n        }\n        networks {\n          limit\n          used\n        }\n        routers {\n          limit\n          used\n        }\n      }\n    }\n  }\n": typeof types.TenantQuotaDocument,
    "\n  mutation UpdateQuota($input: UpdateQuotaInput!) {\n    updateQuota(input: $input) {\n      quota {\n        instances {\n          limit\n          used\n        }\n        cores {\n          limit\n        }\n        ramMb {\n          limit\n        }\n      }\n    }\n  }\n": typeof types.UpdateQuotaDocument,
    "\n  query Networks($tenantId: ID, $networkId: ID) {\n    networks(tenantId: $tenantId, networkId: $networkId) {\n      id\n      name\n      cidr\n      gateway\n      external\n      subnets {\n        id\n        cidr\n        gateway\n        dhcpEnabled\n        dhcpStartIp\n        dhcpEndIp\n        dns\n      }\n      routers {\n        id\n        name\n      }\n      tenant {\n        id\n      }\n    }\n  }\n": typeof types.NetworksDocument,
    "\n  query TenantResources($id: ID!) {\n    tenant(id: $id) {\n      networks {\n        id\n        name\n      }\n      routers {\n        id\n        name\n      }\n      volumes {\n        id\n        name\n      }\n      servers {\n        id\n      }\n    }\n  }\n": typeof types.TenantResourcesDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      network {\n        id\n        name\n        cidr\n        gateway\n        subnets {\n          dhcpStartIp\n          dhcpEndIp\n          dns\n        }\n      }\n    }\n  }\n": typeof types.CreateNetworkDocument,
    "\n  mutation DeleteNetwork($input: DeleteNetworkInput!) {\n    deleteNetwork(input: $input) {\n      deletedNetworkId\n    }\n  }\n": typeof types.DeleteNetworkDocument,
    "\n  query Routers($tenantId: ID) {\n    routers(tenantId: $tenantId) {\n      id\n      name\n      externalIp\n      externalNetwork {\n        id\n        name\n      }\n      networks {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RoutersDocument,
    "\n  mutation CreateRouter($input: CreateRouterInput!) {\n    createRouter(input: $input) {\n      router {\n        id\n        name\n        externalIp\n        externalNetwork {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CreateRouterDocument,
    "\n  mutation DeleteRouter($input: DeleteRouterInput!) {\n    deleteRouter(input: $input) {\n      deletedRouterId\n    }\n  }\n": typeof types.DeleteRouterDocument,
    "\n  mutation ConnectRouterNetwork($input: ConnectRouterNetworkInput!) {\n    connectRouterNetwork(input: $input) {\n      router {\n        id\n        networks {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConnectRouterNetworkDocument,
    "\n  mutation DisconnectRouterNetwork($input: DisconnectRouterNetworkInput!) {\n    disconnectRouterNetwork(input: $input) {\n      router {\n        id\n        networks {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DisconnectRouterNetworkDocument,
    "\n  query Volumes($tenantId: ID) {\n    volumes(tenantId: $tenantId) {\n      id\n      name\n      description\n      sizeGb\n      status\n      attachments {\n        id\n        device\n        server {\n          id\n        }\n      }\n      servers {\n        id\n      }\n    }\n  }\n": typeof types.VolumesDocument,
    "\n  mutation CreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) {\n      volume {\n        id\n        name\n        sizeGb\n        status\n      }\n    }\n  }\n": typeof types.CreateVolumeDocument,
    "\n  mutation DeleteVolume($input: DeleteVolumeInput!) {\n    deleteVolume(input: $input) {\n      deletedVolumeId\n    }\n  }\n": typeof types.DeleteVolumeDocument,
    "\n  mutation AttachVolume($input: AttachVolumeInput!) {\n    attachVolume(input: $input) {\n      attachment {\n        id\n        device\n        server {\n          id\n        }\n        volume {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.AttachVolumeDocument,
    "\n  mutation DetachVolume($input: DetachVolumeInput!) {\n    detachVolume(input: $input) {\n      detachedAttachmentId\n    }\n  }\n": typeof types.DetachVolumeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        id\n        name\n        staffRole\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      staffRole\n      tenant {\n        id\n        name\n      }\n      memberships {\n        isAdmin\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n        rootGroup {\n          id\n          name\n        }\n      }\n      admin {\n        id\n        name\n        description\n      }\n      adminPassword\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n      }\n    }\n  }\n": typeof types.UpdateTenantDocument,
    "\n  query GetTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      enabled\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GetTenantDocument,
    "\n  query ListTenants {\n    tenants {\n      id\n      name\n    }\n  }\n": typeof types.ListTenantsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n        description\n        parent {\n          id\n        }\n        tenant {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  query GetGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      users {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GetGroupDocument,
    "\n  query PlatformRootGroup {\n    platformRootGroup {\n      id\n      name\n      users {\n        id\n        name\n        staffRole\n      }\n    }\n  }\n": typeof types.PlatformRootGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n    }\n  }\n": typeof types.DeleteGroupDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        staffRole\n        tenant {\n          id\n        }\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query GetUser($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      enabled\n      staffRole\n      tenant {\n        id\n      }\n      groups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GetUserDocument,
    "\n  mutation RemoveUser($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      removedUserId\n      deleted\n    }\n  }\n": typeof types.RemoveUserDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        requestId\n        actorId\n        tenantId\n        operation\n        targets {\n          name\n          id\n        }\n        outcome\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query TicketStatuses {\n    ticketStatuses {\n      id\n      code\n    }\n  }\n": typeof types.TicketStatusesDocument,
    "\n  query TenantNetworks($id: ID!) {\n    tenant(id: $id) {\n      networks {\n        id\n      }\n    }\n  }\n": typeof types.TenantNetworksDocument,
    "\n  query TenantRouters($id: ID!) {\n    tenant(id: $id) {\n      routers {\n        id\n      }\n    }\n  }\n": typeof types.TenantRoutersDocument,
    "\n  query TenantVolumes($id: ID!) {\n    tenant(id: $id) {\n      volumes {\n        id\n      }\n    }\n  }\n": typeof types.TenantVolumesDocument,
    "\n  query TenantRootGroup($id: ID!) {\n    tenant(id: $id) {\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TenantRootGroupDocument,
    "\n  query UserMemberships($id: ID!) {\n    user(id: $id) {\n      memberships {\n        isAdmin\n        group {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UserMembershipsDocument,
    "\n  fragment TicketFields on Ticket {\n    id\n    title\n    content\n    createdAt\n    updatedAt\n    type {\n      id\n      name\n      nameEn\n    }\n    status {\n      id\n      code\n      name\n      nameEn\n    }\n    tenant {\n      id\n    }\n    creator {\n      id\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      at\n      actor {\n        id\n        name\n      }\n      fromStatus {\n        code\n      }\n      toStatus {\n        code\n      }\n    }\n    allowedActions {\n      role\n      action\n      result\n      toStatus {\n        code\n      }\n    }\n  }\n": typeof types.TicketFieldsFragmentDoc,
    "\n  fragment PageFields on TicketConnection {\n    nodes {\n      id\n      title\n      type {\n        id\n      }\n      status {\n        id\n        code\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.PageFieldsFragmentDoc,
    "\n  query GetTicket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n": typeof types.GetTicketDocument,
    "\n  query TicketTypes {\n    ticketTypes {\n      id\n      name\n      nameEn\n    }\n    ticketStatuses {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.TicketTypesDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  mutation CancelTicket($input: CancelTicketInput!) {\n    cancelTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.CancelTicketDocument,
    "\n  mutation ConfirmTicket($input: ConfirmTicketInput!) {\n    confirmTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.ConfirmTicketDocument,
    "\n  mutation ReviewTicket($input: ReviewTicketInput!) {\n    reviewTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.ReviewTicketDocument,
    "\n  mutation ReceiveTicket($input: ReceiveTicketInput!) {\n    receiveTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.ReceiveTicketDocument,
    "\n  mutation HandleTicket($input: HandleTicketInput!) {\n    handleTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.HandleTicketDocument,
    "\n  query MyTickets($ticketId: ID, $status: String, $first: Int, $after: String) {\n    myTickets(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  query TicketsToConfirm($first: Int, $after: String) {\n    ticketsToConfirm(first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TicketsToConfirmDocument,
    "\n  query TicketsToReview($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReview(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TicketsToReviewDocument,
    "\n  query TicketsToReceive($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReceive(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TicketsToReceiveDocument,
    "\n  query TicketsToHandle($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToHandle(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TicketsToHandleDocument,
    "\n  mutation TenantTicketAction($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.TenantTicketActionDocument,
    "\n  mutation TelecomTicketAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.TelecomTicketActionDocument,
    "\n  mutation MaintainTicketAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.MaintainTicketActionDocument,
    "\n  query TenantTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    tenantTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TenantTicketsDocument,
    "\n  query TelecomTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    telecomTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TelecomTicketsDocument,
    "\n  query MaintainTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    maintainTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.MaintainTicketsDocument,
    "\n  query TelecomTicketsInFull($first: Int) {\n    telecomTickets(first: $first) {\n      nodes {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.TelecomTicketsInFullDocument,
    "\n  query DemoTenants {\n    tenants {\n      name\n      rootGroup {\n        children {\n          name\n          children {\n            name\n            children {\n              name\n            }\n          }\n        }\n      }\n      networks {\n        name\n        subnets {\n          cidr\n        }\n      }\n      routers {\n        networks {\n          name\n        }\n      }\n      servers {\n        serverType\n        status\n        assignedUser {\n          name\n        }\n      }\n      volumes {\n        attachments {\n          device\n        }\n      }\n    }\n  }\n": typeof types.DemoTenantsDocument,
    "\n  query DemoTelecomTickets {\n    telecomTickets(first: 100) {\n      nodes {\n        type {\n          id\n        }\n        status {\n          code\n        }\n      }\n    }\n  }\n": typeof types.DemoTelecomTicketsDocument,
    "\n  query DemoV1Tickets($status: String) {\n    ticketsToReview(status: $status) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.DemoV1TicketsDocument,
};
const documents: Documents = {
    "\n  query ServersPage($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      servers {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n          vcpus\n          ramMb\n        }\n        image {\n          name\n        }\n        addresses {\n          networkId\n          networkName\n          ip\n        }\n        volumes {\n          id\n          name\n          sizeGb\n          status\n        }\n        attachments {\n          id\n          device\n        }\n        assignedUser {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ServersPageDocument,
    "\n  query GetServer($id: ID!) {\n    server(id: $id) {\n      id\n      name\n      status\n      serverType\n      availabilityZone\n      securityGroups\n      flavor {\n        name\n      }\n      image {\n        name\n      }\n      addresses {\n        networkName\n        ip\n      }\n      networks {\n        id\n        name\n      }\n      volumes {\n        id\n      }\n      attachments {\n        id\n        device\n        volume {\n          id\n        }\n        server {\n          id\n        }\n      }\n      assignedUser {\n        id\n      }\n      tenant {\n        id\n      }\n    }\n  }\n": types.GetServerDocument,
    "\n  mutation CreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n        }\n        image {\n          name\n        }\n        addresses {\n          networkId\n          networkName\n          ip\n        }\n      }\n    }\n  }\n": types.CreateServerDocument,
    "\n  mutation DeleteServer($input: DeleteServerInput!) {\n    deleteServer(input: $input) {\n      deletedServerId\n    }\n  }\n": types.DeleteServerDocument,
    "\n  mutation ServerAction($input: ServerActionInput!) {\n    serverAction(input: $input) {\n      server {\n        id\n        status\n      }\n    }\n  }\n": types.ServerActionDocument,
    "\n  mutation AssignServer($input: AssignServerInput!) {\n    assignServer(input: $input) {\n      server {\n        id\n        assignedUser {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AssignServerDocument,
    "\n  mutation UnassignServer($input: UnassignServerInput!) {\n    unassignServer(input: $input) {\n      server {\n        id\n        assignedUser {\n          id\n        }\n      }\n    }\n  }\n": types.UnassignServerDocument,
    "\n  query Catalog {\n    flavors {\n      id\n      name\n      vcpus\n      ramMb\n      diskGb\n    }\n    images {\n      id\n      name\n    }\n    availabilityZones {\n      name\n      available\n    }\n    externalNetworks {\n      id\n      name\n      external\n      cidr\n      subnets {\n        cidr\n      }\n    }\n  }\n": types.CatalogDocument,
    "\n  query SecurityGroups($tenantId: ID) {\n    securityGroups(tenantId: $tenantId) {\n      id\n      name\n    }\n  }\n": types.SecurityGroupsDocument,
    "\n  query TenantQuota($id: ID!) {\n    tenant(id: $id) {\n      quota {\n        instances {\n          limit\n          used\n        }\n        cores {\n          limit\n          used\n        }\n        ramMb {\n          limit\n          used\n        }\n        volumes {\n          limit\n          used\n        }\n        gigabytes {\n          limit\n          used\n        }\n        networks {\n          limit\n          used\n        }\n        routers {\n          limit\n          used\n        }\n      }\n    }\n  }\n": types.TenantQuotaDocument,
    "\n  mutation UpdateQuota($input: UpdateQuotaInput!) {\n    updateQuota(input: $input) {\n      quota {\n        instances {\n          limit\n          used\n        }\n        cores {\n          limit\n        }\n        ramMb {\n          limit\n        }\n      }\n    }\n  }\n": types.UpdateQuotaDocument,
    "\n  query Networks($tenantId: ID, $networkId: ID) {\n    networks(tenantId: $tenantId, networkId: $networkId) {\n      id\n      name\n      cidr\n      gateway\n      external\n      subnets {\n        id\n        cidr\n        gateway\n        dhcpEnabled\n        dhcpStartIp\n        dhcpEndIp\n        dns\n      }\n      routers {\n        id\n        name\n      }\n      tenant {\n        id\n      }\n    }\n  }\n": types.NetworksDocument,
    "\n  query TenantResources($id: ID!) {\n    tenant(id: $id) {\n      networks {\n        id\n        name\n      }\n      routers {\n        id\n        name\n      }\n      volumes {\n        id\n        name\n      }\n      servers {\n        id\n      }\n    }\n  }\n": types.TenantResourcesDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      network {\n        id\n        name\n        cidr\n        gateway\n        subnets {\n          dhcpStartIp\n          dhcpEndIp\n          dns\n        }\n      }\n    }\n  }\n": types.CreateNetworkDocument,
    "\n  mutation DeleteNetwork($input: DeleteNetworkInput!) {\n    deleteNetwork(input: $input) {\n      deletedNetworkId\n    }\n  }\n": types.DeleteNetworkDocument,
    "\n  query Routers($tenantId: ID) {\n    routers(tenantId: $tenantId) {\n      id\n      name\n      externalIp\n      externalNetwork {\n        id\n        name\n      }\n      networks {\n        id\n        name\n      }\n    }\n  }\n": types.RoutersDocument,
    "\n  mutation CreateRouter($input: CreateRouterInput!) {\n    createRouter(input: $input) {\n      router {\n        id\n        name\n        externalIp\n        externalNetwork {\n          name\n        }\n      }\n    }\n  }\n": types.CreateRouterDocument,
    "\n  mutation DeleteRouter($input: DeleteRouterInput!) {\n    deleteRouter(input: $input) {\n      deletedRouterId\n    }\n  }\n": types.DeleteRouterDocument,
    "\n  mutation ConnectRouterNetwork($input: ConnectRouterNetworkInput!) {\n    connectRouterNetwork(input: $input) {\n      router {\n        id\n        networks {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConnectRouterNetworkDocument,
    "\n  mutation DisconnectRouterNetwork($input: DisconnectRouterNetworkInput!) {\n    disconnectRouterNetwork(input: $input) {\n      router {\n        id\n        networks {\n          id\n        }\n      }\n    }\n  }\n": types.DisconnectRouterNetworkDocument,
    "\n  query Volumes($tenantId: ID) {\n    volumes(tenantId: $tenantId) {\n      id\n      name\n      description\n      sizeGb\n      status\n      attachments {\n        id\n        device\n        server {\n          id\n        }\n      }\n      servers {\n        id\n      }\n    }\n  }\n": types.VolumesDocument,
    "\n  mutation CreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) {\n      volume {\n        id\n        name\n        sizeGb\n        status\n      }\n    }\n  }\n": types.CreateVolumeDocument,
    "\n  mutation DeleteVolume($input: DeleteVolumeInput!) {\n    deleteVolume(input: $input) {\n      deletedVolumeId\n    }\n  }\n": types.DeleteVolumeDocument,
    "\n  mutation AttachVolume($input: AttachVolumeInput!) {\n    attachVolume(input: $input) {\n      attachment {\n        id\n        device\n        server {\n          id\n        }\n        volume {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.AttachVolumeDocument,
    "\n  mutation DetachVolume($input: DetachVolumeInput!) {\n    detachVolume(input: $input) {\n      detachedAttachmentId\n    }\n  }\n": types.DetachVolumeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        id\n        name\n        staffRole\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      staffRole\n      tenant {\n        id\n        name\n      }\n      memberships {\n        isAdmin\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n        rootGroup {\n          id\n          name\n        }\n      }\n      admin {\n        id\n        name\n        description\n      }\n      adminPassword\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n      }\n    }\n  }\n": types.UpdateTenantDocument,
    "\n  query GetTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      enabled\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n": types.GetTenantDocument,
    "\n  query ListTenants {\n    tenants {\n      id\n      name\n    }\n  }\n": types.ListTenantsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n        description\n        parent {\n          id\n        }\n        tenant {\n          id\n        }\n      }\n    }\n  }\n": types.CreateGroupDocument,
    "\n  query GetGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      users {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": types.GetGroupDocument,
    "\n  query PlatformRootGroup {\n    platformRootGroup {\n      id\n      name\n      users {\n        id\n        name\n        staffRole\n      }\n    }\n  }\n": types.PlatformRootGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n    }\n  }\n": types.DeleteGroupDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        staffRole\n        tenant {\n          id\n        }\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query GetUser($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      enabled\n      staffRole\n      tenant {\n        id\n      }\n      groups {\n        id\n        name\n      }\n    }\n  }\n": types.GetUserDocument,
    "\n  mutation RemoveUser($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      removedUserId\n      deleted\n    }\n  }\n": types.RemoveUserDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        requestId\n        actorId\n        tenantId\n        operation\n        targets {\n          name\n          id\n        }\n        outcome\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query TicketStatuses {\n    ticketStatuses {\n      id\n      code\n    }\n  }\n": types.TicketStatusesDocument,
    "\n  query TenantNetworks($id: ID!) {\n    tenant(id: $id) {\n      networks {\n        id\n      }\n    }\n  }\n": types.TenantNetworksDocument,
    "\n  query TenantRouters($id: ID!) {\n    tenant(id: $id) {\n      routers {\n        id\n      }\n    }\n  }\n": types.TenantRoutersDocument,
    "\n  query TenantVolumes($id: ID!) {\n    tenant(id: $id) {\n      volumes {\n        id\n      }\n    }\n  }\n": types.TenantVolumesDocument,
    "\n  query TenantRootGroup($id: ID!) {\n    tenant(id: $id) {\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n": types.TenantRootGroupDocument,
    "\n  query UserMemberships($id: ID!) {\n    user(id: $id) {\n      memberships {\n        isAdmin\n        group {\n          id\n        }\n      }\n    }\n  }\n": types.UserMembershipsDocument,
    "\n  fragment TicketFields on Ticket {\n    id\n    title\n    content\n    createdAt\n    updatedAt\n    type {\n      id\n      name\n      nameEn\n    }\n    status {\n      id\n      code\n      name\n      nameEn\n    }\n    tenant {\n      id\n    }\n    creator {\n      id\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      at\n      actor {\n        id\n        name\n      }\n      fromStatus {\n        code\n      }\n      toStatus {\n        code\n      }\n    }\n    allowedActions {\n      role\n      action\n      result\n      toStatus {\n        code\n      }\n    }\n  }\n": types.TicketFieldsFragmentDoc,
    "\n  fragment PageFields on TicketConnection {\n    nodes {\n      id\n      title\n      type {\n        id\n      }\n      status {\n        id\n        code\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": types.PageFieldsFragmentDoc,
    "\n  query GetTicket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n": types.GetTicketDocument,
    "\n  query TicketTypes {\n    ticketTypes {\n      id\n      name\n      nameEn\n    }\n    ticketStatuses {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": types.TicketTypesDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.CreateTicketDocument,
    "\n  mutation CancelTicket($input: CancelTicketInput!) {\n    cancelTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.CancelTicketDocument,
    "\n  mutation ConfirmTicket($input: ConfirmTicketInput!) {\n    confirmTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.ConfirmTicketDocument,
    "\n  mutation ReviewTicket($input: ReviewTicketInput!) {\n    reviewTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.ReviewTicketDocument,
    "\n  mutation ReceiveTicket($input: ReceiveTicketInput!) {\n    receiveTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.ReceiveTicketDocument,
    "\n  mutation HandleTicket($input: HandleTicketInput!) {\n    handleTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.HandleTicketDocument,
    "\n  query MyTickets($ticketId: ID, $status: String, $first: Int, $after: String) {\n    myTickets(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.MyTicketsDocument,
    "\n  query TicketsToConfirm($first: Int, $after: String) {\n    ticketsToConfirm(first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TicketsToConfirmDocument,
    "\n  query TicketsToReview($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReview(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TicketsToReviewDocument,
    "\n  query TicketsToReceive($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReceive(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TicketsToReceiveDocument,
    "\n  query TicketsToHandle($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToHandle(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TicketsToHandleDocument,
    "\n  mutation TenantTicketAction($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.TenantTicketActionDocument,
    "\n  mutation TelecomTicketAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.TelecomTicketActionDocument,
    "\n  mutation MaintainTicketAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.MaintainTicketActionDocument,
    "\n  query TenantTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    tenantTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TenantTicketsDocument,
    "\n  query TelecomTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    telecomTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TelecomTicketsDocument,
    "\n  query MaintainTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    maintainTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.MaintainTicketsDocument,
    "\n  query TelecomTicketsInFull($first: Int) {\n    telecomTickets(first: $first) {\n      nodes {\n        ...TicketFields\n      }\n    }\n  }\n": types.TelecomTicketsInFullDocument,
    "\n  query DemoTenants {\n    tenants {\n      name\n      rootGroup {\n        children {\n          name\n          children {\n            name\n            children {\n              name\n            }\n          }\n        }\n      }\n      networks {\n        name\n        subnets {\n          cidr\n        }\n      }\n      routers {\n        networks {\n          name\n        }\n      }\n      servers {\n        serverType\n        status\n        assignedUser {\n          name\n        }\n      }\n      volumes {\n        attachments {\n          device\n        }\n      }\n    }\n  }\n": types.DemoTenantsDocument,
    "\n  query DemoTelecomTickets {\n    telecomTickets(first: 100) {\n      nodes {\n        type {\n          id\n        }\n        status {\n          code\n        }\n      }\n    }\n  }\n": types.DemoTelecomTicketsDocument,
    "\n  query DemoV1Tickets($status: String) {\n    ticketsToReview(status: $status) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.DemoV1TicketsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServersPage($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      servers {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n          vcpus\n          ramMb\n        }\n        image {\n          name\n        }\n        addresses {\n          networkId\n          networkName\n          ip\n        }\n        volumes {\n          id\n          name\n          sizeGb\n          status\n        }\n        attachments {\n          id\n          device\n        }\n        assignedUser {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServersPage($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      servers {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n          vcpus\n          ramMb\n        }\n        image {\n          name\n        }\n        addresses {\n          networkId\n          networkName\n          ip\n        }\n        volumes {\n          id\n          name\n          sizeGb\n          status\n        }\n        attachments {\n          id\n          device\n        }\n        assignedUser {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetServer($id: ID!) {\n    server(id: $id) {\n      id\n      name\n      status\n      serverType\n      availabilityZone\n      securityGroups\n      flavor {\n        name\n      }\n      image {\n        name\n      }\n      addresses {\n        networkName\n        ip\n      }\n      networks {\n        id\n        name\n      }\n      volumes {\n        id\n      }\n      attachments {\n        id\n        device\n        volume {\n          id\n        }\n        server {\n          id\n        }\n      }\n      assignedUser {\n        id\n      }\n      tenant {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetServer($id: ID!) {\n    server(id: $id) {\n      id\n      name\n      status\n      serverType\n      availabilityZone\n      securityGroups\n      flavor {\n        name\n      }\n      image {\n        name\n      }\n      addresses {\n        networkName\n        ip\n      }\n      networks {\n        id\n        name\n      }\n      volumes {\n        id\n      }\n      attachments {\n        id\n        device\n        volume {\n          id\n        }\n        server {\n          id\n        }\n      }\n      assignedUser {\n        id\n      }\n      tenant {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n        }\n        image {\n          name\n        }\n        addresses {\n          networkId\n          networkName\n          ip\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServer($input: CreateServerInput!) {\n    createServer(input: $input) {\n      server {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n        }\n        image {\n          name\n        }\n        addresses {\n          networkId\n          networkName\n          ip\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteServer($input: DeleteServerInput!) {\n    deleteServer(input: $input) {\n      deletedServerId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteServer($input: DeleteServerInput!) {\n    deleteServer(input: $input) {\n      deletedServerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServerAction($input: ServerActionInput!) {\n    serverAction(input: $input) {\n      server {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ServerAction($input: ServerActionInput!) {\n    serverAction(input: $input) {\n      server {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignServer($input: AssignServerInput!) {\n    assignServer(input: $input) {\n      server {\n        id\n        assignedUser {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignServer($input: AssignServerInput!) {\n    assignServer(input: $input) {\n      server {\n        id\n        assignedUser {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignServer($input: UnassignServerInput!) {\n    unassignServer(input: $input) {\n      server {\n        id\n        assignedUser {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnassignServer($input: UnassignServerInput!) {\n    unassignServer(input: $input) {\n      server {\n        id\n        assignedUser {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog {\n    flavors {\n      id\n      name\n      vcpus\n      ramMb\n      diskGb\n    }\n    images {\n      id\n      name\n    }\n    availabilityZones {\n      name\n      available\n    }\n    externalNetworks {\n      id\n      name\n      external\n      cidr\n      subnets {\n        cidr\n      }\n    }\n  }\n"): (typeof documents)["\n  query Catalog {\n    flavors {\n      id\n      name\n      vcpus\n      ramMb\n      diskGb\n    }\n    images {\n      id\n      name\n    }\n    availabilityZones {\n      name\n      available\n    }\n    externalNetworks {\n      id\n      name\n      external\n      cidr\n      subnets {\n        cidr\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityGroups($tenantId: ID) {\n    securityGroups(tenantId: $tenantId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query SecurityGroups($tenantId: ID) {\n    securityGroups(tenantId: $tenantId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantQuota($id: ID!) {\n    tenant(id: $id) {\n      quota {\n        instances {\n          limit\n          used\n        }\n        cores {\n          limit\n          used\n        }\n        ramMb {\n          limit\n          used\n        }\n        volumes {\n          limit\n          used\n        }\n        gigabytes {\n          limit\n          used\n        }\n        networks {\n          limit\n          used\n        }\n        routers {\n          limit\n          used\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantQuota($id: ID!) {\n    tenant(id: $id) {\n      quota {\n        instances {\n          limit\n          used\n        }\n        cores {\n          limit\n          used\n        }\n        ramMb {\n          limit\n          used\n        }\n        volumes {\n          limit\n          used\n        }\n        gigabytes {\n          limit\n          used\n        }\n        networks {\n          limit\n          used\n        }\n        routers {\n          limit\n          used\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuota($input: UpdateQuotaInput!) {\n    updateQuota(input: $input) {\n      quota {\n        instances {\n          limit\n          used\n        }\n        cores {\n          limit\n        }\n        ramMb {\n          limit\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuota($input: UpdateQuotaInput!) {\n    updateQuota(input: $input) {\n      quota {\n        instances {\n          limit\n          used\n        }\n        cores {\n          limit\n        }\n        ramMb {\n          limit\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Networks($tenantId: ID, $networkId: ID) {\n    networks(tenantId: $tenantId, networkId: $networkId) {\n      id\n      name\n      cidr\n      gateway\n      external\n      subnets {\n        id\n        cidr\n        gateway\n        dhcpEnabled\n        dhcpStartIp\n        dhcpEndIp\n        dns\n      }\n      routers {\n        id\n        name\n      }\n      tenant {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Networks($tenantId: ID, $networkId: ID) {\n    networks(tenantId: $tenantId, networkId: $networkId) {\n      id\n      name\n      cidr\n      gateway\n      external\n      subnets {\n        id\n        cidr\n        gateway\n        dhcpEnabled\n        dhcpStartIp\n        dhcpEndIp\n        dns\n      }\n      routers {\n        id\n        name\n      }\n      tenant {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantResources($id: ID!) {\n    tenant(id: $id) {\n      networks {\n        id\n        name\n      }\n      routers {\n        id\n        name\n      }\n      volumes {\n        id\n        name\n      }\n      servers {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantResources($id: ID!) {\n    tenant(id: $id) {\n      networks {\n        id\n        name\n      }\n      routers {\n        id\n        name\n      }\n      volumes {\n        id\n        name\n      }\n      servers {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      network {\n        id\n        name\n        cidr\n        gateway\n        subnets {\n          dhcpStartIp\n          dhcpEndIp\n          dns\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      network {\n        id\n        name\n        cidr\n        gateway\n        subnets {\n          dhcpStartIp\n          dhcpEndIp\n          dns\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNetwork($input: DeleteNetworkInput!) {\n    deleteNetwork(input: $input) {\n      deletedNetworkId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteNetwork($input: DeleteNetworkInput!) {\n    deleteNetwork(input: $input) {\n      deletedNetworkId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Routers($tenantId: ID) {\n    routers(tenantId: $tenantId) {\n      id\n      name\n      externalIp\n      externalNetwork {\n        id\n        name\n      }\n      networks {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Routers($tenantId: ID) {\n    routers(tenantId: $tenantId) {\n      id\n      name\n      externalIp\n      externalNetwork {\n        id\n        name\n      }\n      networks {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRouter($input: CreateRouterInput!) {\n    createRouter(input: $input) {\n      router {\n        id\n        name\n        externalIp\n        externalNetwork {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRouter($input: CreateRouterInput!) {\n    createRouter(input: $input) {\n      router {\n        id\n        name\n        externalIp\n        externalNetwork {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRouter($input: DeleteRouterInput!) {\n    deleteRouter(input: $input) {\n      deletedRouterId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRouter($input: DeleteRouterInput!) {\n    deleteRouter(input: $input) {\n      deletedRouterId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConnectRouterNetwork($input: ConnectRouterNetworkInput!) {\n    connectRouterNetwork(input: $input) {\n      router {\n        id\n        networks {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConnectRouterNetwork($input: ConnectRouterNetworkInput!) {\n    connectRouterNetwork(input: $input) {\n      router {\n        id\n        networks {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisconnectRouterNetwork($input: DisconnectRouterNetworkInput!) {\n    disconnectRouterNetwork(input: $input) {\n      router {\n        id\n        networks {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DisconnectRouterNetwork($input: DisconnectRouterNetworkInput!) {\n    disconnectRouterNetwork(input: $input) {\n      router {\n        id\n        networks {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Volumes($tenantId: ID) {\n    volumes(tenantId: $tenantId) {\n      id\n      name\n      description\n      sizeGb\n      status\n      attachments {\n        id\n        device\n        server {\n          id\n        }\n      }\n      servers {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Volumes($tenantId: ID) {\n    volumes(tenantId: $tenantId) {\n      id\n      name\n      description\n      sizeGb\n      status\n      attachments {\n        id\n        device\n        server {\n          id\n        }\n      }\n      servers {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) {\n      volume {\n        id\n        name\n        sizeGb\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVolume($input: CreateVolumeInput!) {\n    createVolume(input: $input) {\n      volume {\n        id\n        name\n        sizeGb\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVolume($input: DeleteVolumeInput!) {\n    deleteVolume(input: $input) {\n      deletedVolumeId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteVolume($input: DeleteVolumeInput!) {\n    deleteVolume(input: $input) {\n      deletedVolumeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachVolume($input: AttachVolumeInput!) {\n    attachVolume(input: $input) {\n      attachment {\n        id\n        device\n        server {\n          id\n        }\n        volume {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AttachVolume($input: AttachVolumeInput!) {\n    attachVolume(input: $input) {\n      attachment {\n        id\n        device\n        server {\n          id\n        }\n        volume {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetachVolume($input: DetachVolumeInput!) {\n    detachVolume(input: $input) {\n      detachedAttachmentId\n    }\n  }\n"): (typeof documents)["\n  mutation DetachVolume($input: DetachVolumeInput!) {\n    detachVolume(input: $input) {\n      detachedAttachmentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        id\n        name\n        staffRole\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        id\n        name\n        staffRole\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      staffRole\n      tenant {\n        id\n        name\n      }\n      memberships {\n        isAdmin\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      staffRole\n      tenant {\n        id\n        name\n      }\n      memberships {\n        isAdmin\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n        rootGroup {\n          id\n          name\n        }\n      }\n      admin {\n        id\n        name\n        description\n      }\n      adminPassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n        rootGroup {\n          id\n          name\n        }\n      }\n      admin {\n        id\n        name\n        description\n      }\n      adminPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      enabled\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      enabled\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListTenants {\n    tenants {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ListTenants {\n    tenants {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n        description\n        parent {\n          id\n        }\n        tenant {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n        description\n        parent {\n          id\n        }\n        tenant {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      users {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      users {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformRootGroup {\n    platformRootGroup {\n      id\n      name\n      users {\n        id\n        name\n        staffRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformRootGroup {\n    platformRootGroup {\n      id\n      name\n      users {\n        id\n        name\n        staffRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        staffRole\n        tenant {\n          id\n        }\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        staffRole\n        tenant {\n          id\n        }\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetUser($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      enabled\n      staffRole\n      tenant {\n        id\n      }\n      groups {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetUser($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      enabled\n      staffRole\n      tenant {\n        id\n      }\n      groups {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUser($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      removedUserId\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveUser($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      removedUserId\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        requestId\n        actorId\n        tenantId\n        operation\n        targets {\n          name\n          id\n        }\n        outcome\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        requestId\n        actorId\n        tenantId\n        operation\n        targets {\n          name\n          id\n        }\n        outcome\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketStatuses {\n    ticketStatuses {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  query TicketStatuses {\n    ticketStatuses {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantNetworks($id: ID!) {\n    tenant(id: $id) {\n      networks {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantNetworks($id: ID!) {\n    tenant(id: $id) {\n      networks {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantRouters($id: ID!) {\n    tenant(id: $id) {\n      routers {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantRouters($id: ID!) {\n    tenant(id: $id) {\n      routers {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantVolumes($id: ID!) {\n    tenant(id: $id) {\n      volumes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantVolumes($id: ID!) {\n    tenant(id: $id) {\n      volumes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantRootGroup($id: ID!) {\n    tenant(id: $id) {\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TenantRootGroup($id: ID!) {\n    tenant(id: $id) {\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserMemberships($id: ID!) {\n    user(id: $id) {\n      memberships {\n        isAdmin\n        group {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserMemberships($id: ID!) {\n    user(id: $id) {\n      memberships {\n        isAdmin\n        group {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketFields on Ticket {\n    id\n    title\n    content\n    createdAt\n    updatedAt\n    type {\n      id\n      name\n      nameEn\n    }\n    status {\n      id\n      code\n      name\n      nameEn\n    }\n    tenant {\n      id\n    }\n    creator {\n      id\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      at\n      actor {\n        id\n        name\n      }\n      fromStatus {\n        code\n      }\n      toStatus {\n        code\n      }\n    }\n    allowedActions {\n      role\n      action\n      result\n      toStatus {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TicketFields on Ticket {\n    id\n    title\n    content\n    createdAt\n    updatedAt\n    type {\n      id\n      name\n      nameEn\n    }\n    status {\n      id\n      code\n      name\n      nameEn\n    }\n    tenant {\n      id\n    }\n    creator {\n      id\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      at\n      actor {\n        id\n        name\n      }\n      fromStatus {\n        code\n      }\n      toStatus {\n        code\n      }\n    }\n    allowedActions {\n      role\n      action\n      result\n      toStatus {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageFields on TicketConnection {\n    nodes {\n      id\n      title\n      type {\n        id\n      }\n      status {\n        id\n        code\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  fragment PageFields on TicketConnection {\n    nodes {\n      id\n      title\n      type {\n        id\n      }\n      status {\n        id\n        code\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetTicket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n"): (typeof documents)["\n  query GetTicket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketTypes {\n    ticketTypes {\n      id\n      name\n      nameEn\n    }\n    ticketStatuses {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query TicketTypes {\n    ticketTypes {\n      id\n      name\n      nameEn\n    }\n    ticketStatuses {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTicket($input: CancelTicketInput!) {\n    cancelTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTicket($input: CancelTicketInput!) {\n    cancelTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTicket($input: ConfirmTicketInput!) {\n    confirmTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTicket($input: ConfirmTicketInput!) {\n    confirmTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewTicket($input: ReviewTicketInput!) {\n    reviewTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewTicket($input: ReviewTicketInput!) {\n    reviewTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveTicket($input: ReceiveTicketInput!) {\n    receiveTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveTicket($input: ReceiveTicketInput!) {\n    receiveTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandleTicket($input: HandleTicketInput!) {\n    handleTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HandleTicket($input: HandleTicketInput!) {\n    handleTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets($ticketId: ID, $status: String, $first: Int, $after: String) {\n    myTickets(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query MyTickets($ticketId: ID, $status: String, $first: Int, $after: String) {\n    myTickets(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsToConfirm($first: Int, $after: String) {\n    ticketsToConfirm(first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TicketsToConfirm($first: Int, $after: String) {\n    ticketsToConfirm(first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsToReview($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReview(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TicketsToReview($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReview(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsToReceive($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReceive(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TicketsToReceive($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReceive(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsToHandle($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToHandle(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TicketsToHandle($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToHandle(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantTicketAction($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantTicketAction($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TelecomTicketAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TelecomTicketAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MaintainTicketAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MaintainTicketAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    tenantTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TenantTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    tenantTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TelecomTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    telecomTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TelecomTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    telecomTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaintainTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    maintainTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query MaintainTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    maintainTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TelecomTicketsInFull($first: Int) {\n    telecomTickets(first: $first) {\n      nodes {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TelecomTicketsInFull($first: Int) {\n    telecomTickets(first: $first) {\n      nodes {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoTenants {\n    tenants {\n      name\n      rootGroup {\n        children {\n          name\n          children {\n            name\n            children {\n              name\n            }\n          }\n        }\n      }\n      networks {\n        name\n        subnets {\n          cidr\n        }\n      }\n      routers {\n        networks {\n          name\n        }\n      }\n      servers {\n        serverType\n        status\n        assignedUser {\n          name\n        }\n      }\n      volumes {\n        attachments {\n          device\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoTenants {\n    tenants {\n      name\n      rootGroup {\n        children {\n          name\n          children {\n            name\n            children {\n              name\n            }\n          }\n        }\n      }\n      networks {\n        name\n        subnets {\n          cidr\n        }\n      }\n      routers {\n        networks {\n          name\n        }\n      }\n      servers {\n        serverType\n        status\n        assignedUser {\n          name\n        }\n      }\n      volumes {\n        attachments {\n          device\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoTelecomTickets {\n    telecomTickets(first: 100) {\n      nodes {\n        type {\n          id\n        }\n        status {\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoTelecomTickets {\n    telecomTickets(first: 100) {\n      nodes {\n        type {\n          id\n        }\n        status {\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoV1Tickets($status: String) {\n    ticketsToReview(status: $status) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoV1Tickets($status: String) {\n    ticketsToReview(status: $status) {\n      nodes {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;