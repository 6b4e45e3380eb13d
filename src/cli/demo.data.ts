/**
 * The demo operator `canopy demo` builds: what a newcomer should find in a living Canopy. Plain data,
 * so changing the story never touches the code that tells it (demo.ts).
 */
export const DEMO_STAFF = [
  { name: 'wang.fang', staffRole: 'TELECOM', description: 'Telecom service desk' },
  { name: 'chen.jie', staffRole: 'OPERATOR', description: 'Platform operations, night shift' },
] as const;

export interface DemoUser {
  name: string;
  /** Slash-separated path below the root group; '' is the root group. */
  group: string;
  isAdmin?: boolean;
  description: string;
}

export type DemoPowerState = 'ACTIVE' | 'PAUSED' | 'SHUTOFF' | 'SUSPENDED';

export interface DemoServer {
  name: string;
  flavor: string;
  image: string;
  network: string;
  serverType: 'PRIVATE' | 'SHARED';
  assignTo?: string;
  state: DemoPowerState;
}

export interface DemoTenant {
  name: string;
  description: string;
  customerManager: string;
  /** Group paths, parents before children. */
  groups: string[];
  users: DemoUser[];
  /** Besides `default` (made with the tenant): networks on one extra router. */
  router: string;
  networks: { name: string; cidr: string; gateway: string }[];
  servers: DemoServer[];
  volumes: { name: string; sizeGb: number; attachTo?: string }[];
  /** The user who raises the tenant's tickets. */
  ticketRaiser: string;
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    name: 'acme',
    description: 'Acme Manufacturing Co., Suzhou plant',
    customerManager: 'Liu Yang',
    groups: ['engineering', 'engineering/platform', 'engineering/platform/sre', 'finance'],
    users: [
      { name: 'grace', group: 'engineering', isAdmin: true, description: 'Head of engineering' },
      { name: 'paul', group: 'engineering/platform', isAdmin: true, description: 'Platform team lead' },
      { name: 'sam', group: 'engineering/platform/sre', description: 'Site reliability engineer' },
      { name: 'fiona', group: 'finance', description: 'Accountant' },
    ],
    router: 'office-router',
    networks: [{ name: 'office', cidr: '10.10.0.0/24', gateway: '10.10.0.1' }],
    servers: [
      {
        name: 'erp-db',
        flavor: 'm1.large',
        image: 'centos-stream-9',
        network: 'default',
        serverType: 'SHARED',
        state: 'ACTIVE',
      },
      {
        name: 'erp-app',
        flavor: 'm1.medium',
        image: 'centos-stream-9',
        network: 'default',
        serverType: 'SHARED',
        state: 'ACTIVE',
      },
      {
        name: 'sam-dev',
        flavor: 'm1.small',
        image: 'ubuntu-22.04',
        network: 'office',
        serverType: 'PRIVATE',
        assignTo: 'sam',
        state: 'ACTIVE',
      },
      {
        name: 'fiona-desktop',
        flavor: 'm1.small',
        image: 'ubuntu-22.04',
        network: 'office',
        serverType: 'PRIVATE',
        assignTo: 'fiona',
        state: 'SUSPENDED',
      },
      {
        name: 'ci-runner',
        flavor: 'm1.medium',
        image: 'ubuntu-22.04',
        network: 'default',
        serverType: 'PRIVATE',
        state: 'SHUTOFF',
      },
    ],
    volumes: [
      { name: 'erp-data', sizeGb: 200, attachTo: 'erp-db' },
      { name: 'erp-backup', sizeGb: 500 },
      { name: 'sam-scratch', sizeGb: 20, attachTo: 'sam-dev' },
    ],
    ticketRaiser: 'sam',
  },
  {
    name: 'globex',
    description: 'Globex Logistics, east China hub',
    customerManager: 'Zhao Min',
    groups: ['operations', 'operations/warehouse', 'operations/warehouse/night-shift', 'sales'],
    users: [
      { name: 'owen', group: 'operations', isAdmin: true, description: 'Operations manager' },
      { name: 'wendy', group: 'operations/warehouse', description: 'Warehouse supervisor' },
      { name: 'nick', group: 'operations/warehouse/night-shift', description: 'Night shift lead' },
      { name: 'sara', group: 'sales', description: 'Sales representative' },
    ],
    router: 'wms-router',
    networks: [{ name: 'wms', cidr: '10.20.0.0/24', gateway: '10.20.0.1' }],
    servers: [
      {
        name: 'wms-app',
        flavor: 'm1.medium',
        image: 'ubuntu-22.04',
        network: 'wms',
        serverType: 'SHARED',
        state: 'ACTIVE',
      },
      {
        name: 'label-printer-gw',
        flavor: 'm1.tiny',
        image: 'cirros-0.6.2-x86_64',
        network: 'wms',
        serverType: 'SHARED',
        state: 'PAUSED',
      },
      {
        name: 'nick-terminal',
        flavor: 'm1.small',
        image: 'ubuntu-22.04',
        network: 'wms',
        serverType: 'PRIVATE',
        assignTo: 'nick',
        state: 'ACTIVE',
      },
      {
        name: 'crm',
        flavor: 'm1.medium',
        image: 'centos-stream-9',
        network: 'default',
        serverType: 'SHARED',
        state: 'SHUTOFF',
      },
    ],
    volumes: [
      { name: 'wms-data', sizeGb: 100, attachTo: 'wms-app' },
      { name: 'crm-archive', sizeGb: 50 },
    ],
    ticketRaiser: 'wendy',
  },
  {
    name: 'initech',
    description: 'Initech Software, payments products',
    customerManager: 'Sun Li',
    groups: ['rnd', 'rnd/backend', 'rnd/backend/payments', 'support'],
    users: [
      { name: 'bill', group: 'rnd', isAdmin: true, description: 'R&D director' },
      { name: 'milton', group: 'rnd/backend', description: 'Backend developer' },
      { name: 'peter', group: 'rnd/backend/payments', description: 'Payments developer' },
      { name: 'joanna', group: 'support', isAdmin: true, description: 'Support team lead' },
    ],
    router: 'lab-router',
    networks: [{ name: 'lab', cidr: '172.16.10.0/24', gateway: '172.16.10.1' }],
    servers: [
      {
        name: 'payments-api',
        flavor: 'm1.large',
        image: 'ubuntu-22.04',
        network: 'default',
        serverType: 'SHARED',
        state: 'ACTIVE',
      },
      {
        name: 'peter-sandbox',
        flavor: 'm1.small',
        image: 'ubuntu-22.04',
        network: 'lab',
        serverType: 'PRIVATE',
        assignTo: 'peter',
        state: 'PAUSED',
      },
      {
        name: 'milton-build',
        flavor: 'm1.medium',
        image: 'centos-stream-9',
        network: 'lab',
        serverType: 'PRIVATE',
        assignTo: 'milton',
        state: 'SHUTOFF',
      },
    ],
    volumes: [
      { name: 'ledger', sizeGb: 80, attachTo: 'payments-api' },
      { name: 'logs-2024', sizeGb: 40 },
    ],
    ticketRaiser: 'peter',
  },
];

/** Ticket titles by type (0: v1 work order, 1–4: v2 types), used in turn. */
export const DEMO_TICKET_TITLES: Record<number, string[]> = {
  0: [
    'Open port 443 on the office firewall',
    'Add a second DNS server',
    'Reset the VPN certificate',
    'Raise the bandwidth of the office line',
    'Move erp-db to SSD storage',
    'Restore a deleted snapshot',
    'Rename the finance group',
    'Old request, raised twice',
  ],
  1: [
    'Resize crm to m1.large',
    'Add 200 GB to the backup volume',
    'Raise the instance quota to 20',
    'Move the lab network to a /23',
    'Add a floating IP for the web server',
    'Change the router to the new uplink',
    'Upgrade erp-app memory',
    'Split the wms network',
  ],
  2: [
    'Provision a GPU server for the AI pilot',
    'New tenant network for the Shanghai office',
    'Dedicated line for the warehouse',
    'Object storage bucket for invoices',
    'Second availability zone',
    'Load balancer for payments-api',
  ],
  3: [
    'payments-api cannot reach the internet',
    'Disk errors on erp-db',
    'Router drops packets at night',
    'Console of nick-terminal is black',
    'VPN disconnects every hour',
  ],
  4: ['Please add Chinese invoices to the portal', 'The server list loads slowly'],
};

/** What staff write with their actions, so the events read like a real history. */
export const DEMO_EXTRA: Record<string, string> = {
  ACCEPT: 'Checked with the customer manager; going ahead.',
  SEND: 'Work order sent on.',
  CONFIRM: 'Verified with the customer.',
  ACCEPT_PLATFORM_DEAL: 'Taken by the platform team.',
  ACCEPT_SITE_CONSTRUCTION: 'Engineer dispatched to the data centre.',
  ERROR_REPORT_ACCEPT: 'Investigating.',
  ERROR_REPORT_SITE_CONSTRUCTION: 'Hardware to be replaced on site.',
  ERROR_REPORT_DONE: 'Fixed; please check.',
};

/** What staff write when they say no. */
export const DEMO_DECLINED = 'Declined: not possible with the current contract; please talk to your customer manager.';
