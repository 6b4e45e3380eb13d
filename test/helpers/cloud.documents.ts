import { graphql } from '../gql';

/** The cloud operations (servers, networks, routers, volumes, catalog, quotas), as typed documents. */
export const ServersPage = graphql(`
  query ServersPage($tenantId: ID!, $first: Int) {
    tenant(id: $tenantId) {
      id
      servers(first: $first) {
        nodes {
          id
          name
          status
          serverType
          flavor {
            name
            vcpus
            ramMb
          }
          image {
            name
          }
          addresses {
            networkId
            networkName
            ip
          }
          volumes {
            id
            name
            sizeGb
            status
          }
          attachments {
            id
            device
          }
          assignedUser {
            id
            name
          }
        }
      }
    }
  }
`);

export const GetServer = graphql(`
  query GetServer($id: ID!) {
    server(id: $id) {
      id
      name
      status
      serverType
      availabilityZone
      securityGroups {
        name
      }
      flavor {
        name
      }
      image {
        name
      }
      addresses {
        networkName
        ip
      }
      networks {
        id
        name
      }
      volumes {
        id
      }
      attachments {
        id
        device
        volume {
          id
        }
        server {
          id
        }
      }
      assignedUser {
        id
      }
      tenant {
        id
      }
    }
  }
`);

export const CreateServer = graphql(`
  mutation CreateServer($input: CreateServerInput!) {
    createServer(input: $input) {
      server {
        id
        name
        status
        serverType
        flavor {
          name
        }
        image {
          name
        }
        addresses {
          networkId
          networkName
          ip
        }
      }
    }
  }
`);

export const DeleteServer = graphql(`
  mutation DeleteServer($input: DeleteServerInput!) {
    deleteServer(input: $input) {
      deletedServerId
    }
  }
`);

export const ServerAction = graphql(`
  mutation ServerAction($input: ServerActionInput!) {
    serverAction(input: $input) {
      server {
        id
        status
      }
    }
  }
`);

export const AssignServer = graphql(`
  mutation AssignServer($input: AssignServerInput!) {
    assignServer(input: $input) {
      server {
        id
        assignedUser {
          id
          name
        }
      }
    }
  }
`);

export const UnassignServer = graphql(`
  mutation UnassignServer($input: UnassignServerInput!) {
    unassignServer(input: $input) {
      server {
        id
        assignedUser {
          id
        }
      }
    }
  }
`);

export const Catalog = graphql(`
  query Catalog {
    flavors {
      id
      name
      vcpus
      ramMb
      diskGb
    }
    images {
      id
      name
    }
    availabilityZones {
      name
      available
    }
    externalNetworks {
      id
      name
      external
      cidr
      subnets {
        cidr
      }
    }
  }
`);

export const SecurityGroups = graphql(`
  query SecurityGroups($tenantId: ID) {
    securityGroups(tenantId: $tenantId) {
      id
      name
    }
  }
`);

export const TenantQuota = graphql(`
  query TenantQuota($id: ID!) {
    tenant(id: $id) {
      quota {
        instances {
          limit
          used
        }
        cores {
          limit
          used
        }
        ramMb {
          limit
          used
        }
        volumes {
          limit
          used
        }
        gigabytes {
          limit
          used
        }
        networks {
          limit
          used
        }
        routers {
          limit
          used
        }
      }
    }
  }
`);

export const UpdateQuota = graphql(`
  mutation UpdateQuota($input: UpdateQuotaInput!) {
    updateQuota(input: $input) {
      quota {
        instances {
          limit
          used
        }
        cores {
          limit
        }
        ramMb {
          limit
        }
      }
    }
  }
`);

export const Networks = graphql(`
  query Networks($tenantId: ID, $networkId: ID) {
    networks(tenantId: $tenantId, networkId: $networkId) {
      id
      name
      cidr
      gateway
      external
      subnets {
        id
        cidr
        gateway
        dhcpEnabled
        dhcpStartIp
        dhcpEndIp
        dns
      }
      routers {
        id
        name
      }
      tenant {
        id
      }
    }
  }
`);

export const TenantResources = graphql(`
  query TenantResources($id: ID!) {
    tenant(id: $id) {
      networks {
        nodes {
          id
          name
        }
      }
      routers {
        nodes {
          id
          name
        }
      }
      volumes {
        nodes {
          id
          name
        }
      }
      servers {
        nodes {
          id
        }
      }
    }
  }
`);

export const CreateNetwork = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      network {
        id
        name
        cidr
        gateway
        subnets {
          dhcpStartIp
          dhcpEndIp
          dns
        }
      }
    }
  }
`);

export const DeleteNetwork = graphql(`
  mutation DeleteNetwork($input: DeleteNetworkInput!) {
    deleteNetwork(input: $input) {
      deletedNetworkId
    }
  }
`);

export const Routers = graphql(`
  query Routers($tenantId: ID) {
    routers(tenantId: $tenantId) {
      id
      name
      externalIp
      externalNetwork {
        id
        name
      }
      networks {
        id
        name
      }
    }
  }
`);

export const CreateRouter = graphql(`
  mutation CreateRouter($input: CreateRouterInput!) {
    createRouter(input: $input) {
      router {
        id
        name
        externalIp
        externalNetwork {
          name
        }
      }
    }
  }
`);

export const DeleteRouter = graphql(`
  mutation DeleteRouter($input: DeleteRouterInput!) {
    deleteRouter(input: $input) {
      deletedRouterId
    }
  }
`);

export const ConnectRouterNetwork = graphql(`
  mutation ConnectRouterNetwork($input: ConnectRouterNetworkInput!) {
    connectRouterNetwork(input: $input) {
      router {
        id
        networks {
          id
          name
        }
      }
    }
  }
`);

export const DisconnectRouterNetwork = graphql(`
  mutation DisconnectRouterNetwork($input: DisconnectRouterNetworkInput!) {
    disconnectRouterNetwork(input: $input) {
      router {
        id
        networks {
          id
        }
      }
    }
  }
`);

export const Volumes = graphql(`
  query Volumes($tenantId: ID) {
    volumes(tenantId: $tenantId) {
      id
      name
      description
      sizeGb
      status
      attachments {
        id
        device
        server {
          id
        }
      }
      servers {
        id
      }
    }
  }
`);

export const CreateVolume = graphql(`
  mutation CreateVolume($input: CreateVolumeInput!) {
    createVolume(input: $input) {
      volume {
        id
        name
        sizeGb
        status
      }
    }
  }
`);

export const DeleteVolume = graphql(`
  mutation DeleteVolume($input: DeleteVolumeInput!) {
    deleteVolume(input: $input) {
      deletedVolumeId
    }
  }
`);

export const AttachVolume = graphql(`
  mutation AttachVolume($input: AttachVolumeInput!) {
    attachVolume(input: $input) {
      attachment {
        id
        device
        server {
          id
        }
        volume {
          id
          status
        }
      }
    }
  }
`);

export const DetachVolume = graphql(`
  mutation DetachVolume($input: DetachVolumeInput!) {
    detachVolume(input: $input) {
      detachedAttachmentId
    }
  }
`);

export const ResizeServer = graphql(`
  mutation ResizeServer($input: ResizeServerInput!) {
    resizeServer(input: $input) {
      server {
        id
        status
        flavor {
          name
          vcpus
          ramMb
        }
      }
    }
  }
`);

export const ConfirmResize = graphql(`
  mutation ConfirmResize($input: ConfirmResizeInput!) {
    confirmResize(input: $input) {
      server {
        id
        status
        flavor {
          name
        }
      }
    }
  }
`);

export const RevertResize = graphql(`
  mutation RevertResize($input: RevertResizeInput!) {
    revertResize(input: $input) {
      server {
        id
        status
        flavor {
          name
        }
      }
    }
  }
`);

export const ExtendVolume = graphql(`
  mutation ExtendVolume($input: ExtendVolumeInput!) {
    extendVolume(input: $input) {
      volume {
        id
        sizeGb
        status
      }
    }
  }
`);
