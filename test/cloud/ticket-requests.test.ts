import { and, count, eq } from 'drizzle-orm';
import { servers } from '../../src/compute/compute.tables';
import { tablesFor } from '../../src/db/dialect-tables';
import { volumes } from '../../src/storage/storage.tables';
import { tickets } from '../../src/tickets/tickets.tables';
import { makeNetwork, makeServer } from '../helpers/cloud';
import { CreateVolume, TenantQuota, UpdateQuota } from '../helpers/cloud.documents';
import { GqlClient } from '../helpers/client';
import { MaintainTicketAction, TelecomTicketAction } from '../helpers/tickets.documents';
import { ON_OPENSTACK, CATALOG } from '../helpers/target';
import { spawnCanopy } from '../helpers/process';
import { startTestServer } from '../helpers/server';
import { buildWorld, login, World } from '../helpers/world';
import type { ResourceRequestInput } from '../gql/graphql';
import { ManualClock } from '../../src/time/clock';
import { ATTEMPT_LEASE_MS } from '../../src/tickets/execution.service';
import {
  ProvisionForTenant,
  RaiseWithRequest,
  TicketAttemptsOf,
  TicketOutcomeOf,
  TicketPlanOf,
} from '../helpers/ticket-requests.documents';

const itSim = ON_OPENSTACK ? it.skip : it;
/** Real clouds build and resize servers in seconds; jest's 30 s default is too short beside them. */
const SLOW_MS = 240_000;

/**
 * Tickets that carry a request (issue 17): checked when raised, carried out at the operator's
 * ACCEPT_PLATFORM_DEAL through the resource services, undone on failure, applied once.
 */
describe('tickets that carry out their request', () => {
  let w: World;
  let networkId: string;
  let projectId: string;
  beforeAll(async () => {
    w = await buildWorld();
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.a.id, cores: -1, ramMb: -1, volumes: -1, gigabytes: -1 } });
    networkId = await makeNetwork(w.a.admin, w.a.id, 'orders');
    projectId = (await w.server.canopy.deps.identityRepo.listTenants()).find((t) => String(t.id) === w.a.id)!.projectId;
  }, SLOW_MS);
  afterAll(() => w.close());
  afterEach(() => {
    if (!ON_OPENSTACK) w.server.sim.faults.clear();
  });

  const serverPart = (count: number) => ({
    count,
    flavorName: 'm1.tiny',
    imageId: CATALOG.bootImage,
    networkIds: [networkId],
  });

  async function raise(client: GqlClient, request: object) {
    return (await client.ok(RaiseWithRequest, { input: { name: 'grow', request } })).tenantTicketAction.ticket;
  }

  /** Raised by the tenant, accepted and sent on by telecom: DISPATCHED, at the operator's desk. */
  async function dispatched(request: object): Promise<string> {
    const ticket = await raise(w.a.admin, request);
    await w.telecom.ok(TelecomTicketAction, { input: { action: 'ACCEPT', ticketId: ticket.id } });
    await w.telecom.ok(TelecomTicketAction, { input: { action: 'SEND', ticketId: ticket.id } });
    return ticket.id;
  }

  const take = (client: GqlClient, ticketId: string) =>
    client.request(MaintainTicketAction, { input: { action: 'ACCEPT_PLATFORM_DEAL', ticketId } });

  /** What the tenant has, in Canopy and in the cloud. */
  async function holdings() {
    const db = w.server.canopy.deps.db.db.read;
    const t = tablesFor(db, { servers, volumes, tickets });
    const n = async (table: typeof t.servers | typeof t.volumes) =>
      (
        await db
          .select({ n: count() })
          .from(table)
          .where(eq(table.tenantId, Number(w.a.id)))
      )[0].n;
    const cloudServers = (await w.server.cloud.listServers([projectId])).get(projectId) ?? [];
    const cloudVolumes = (await w.server.cloud.listVolumes([projectId])).get(projectId) ?? [];
    const quota = (await w.admin.ok(TenantQuota, { id: w.a.id })).tenant.quota;
    return {
      servers: await n(t.servers),
      volumes: await n(t.volumes),
      cloudServers: cloudServers.length,
      cloudVolumes: cloudVolumes.length,
      instancesLimit: quota.instances.limit,
    };
  }

  /** A new volume is `creating` for a moment on Cinder, and only an available one is extended. */
  async function newVolume(sizeGb: number): Promise<string> {
    const id = (await w.a.admin.ok(CreateVolume, { input: { tenantId: w.a.id, sizeGb } })).createVolume.volume.id;
    const db = w.server.canopy.deps.db.db.read;
    const t = tablesFor(db, { volumes });
    const [row] = await db
      .select()
      .from(t.volumes)
      .where(eq(t.volumes.id, Number(id)));
    const deadline = Date.now() + 120_000;
    while ((await w.server.cloud.getVolumes([row.cloudId])).get(row.cloudId)?.status !== 'available') {
      if (Date.now() > deadline) throw new Error(`volume ${id} never became available`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return id;
  }

  async function ticketCount(): Promise<number> {
    const db = w.server.canopy.deps.db.db.read;
    const t = tablesFor(db, { tickets });
    return (
      await db
        .select({ n: count() })
        .from(t.tickets)
        .where(and(eq(t.tickets.tenantId, Number(w.a.id))))
    )[0].n;
  }

  describe('checked when the ticket is raised; nothing is made on a fault', () => {
    it.each([
      [
        'an unknown flavor',
        { servers: [{ ...serverPartLater(), flavorName: 'm9.nope' }] },
        'request.servers.0.flavorName',
      ],
      [
        'an unknown image',
        { servers: [{ ...serverPartLater(), imageId: 'no-such-image' }] },
        'request.servers.0.imageId',
      ],
      ['a negative quota', { quota: { instances: -5 } }, 'request.quota.instances'],
      ['a volume of size 0', { volumes: [{ sizeGb: 0 }] }, 'sizeGb'],
      ['an empty request', {}, 'request'],
    ])('%s is BAD_USER_INPUT and no ticket is made', async (_, request, field) => {
      const before = await ticketCount();
      const resolved = JSON.parse(
        JSON.stringify(request).replaceAll('"NETWORK"', JSON.stringify(networkId)),
      ) as ResourceRequestInput;
      const response = await w.a.admin.request(RaiseWithRequest, { input: { name: 'bad', request: resolved } });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(response.errors?.[0].extensions?.field ?? response.errors?.[0].message)).toContain(field);
      expect(await ticketCount()).toBe(before);
    });

    it(
      "another tenant's server or volume is NOT_FOUND, and no ticket is made",
      async () => {
        const bNetwork = await makeNetwork(w.b.admin, w.b.id, 'b-net', 3);
        const bServer = await makeServer(w.b.admin, w.b.id, bNetwork);
        const bVolume = (await w.b.admin.ok(CreateVolume, { input: { tenantId: w.b.id, sizeGb: 1 } })).createVolume
          .volume.id;
        const before = await ticketCount();
        for (const request of [
          { resizes: [{ serverId: bServer, flavorName: 'm1.small' }] },
          { extensions: [{ volumeId: bVolume, sizeGb: 2 }] },
        ]) {
          const response = await w.a.admin.request(RaiseWithRequest, { input: { name: 'theirs', request } });
          expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        }
        expect(await ticketCount()).toBe(before);
      },
      SLOW_MS,
    );

    it('a complaint (type 4) cannot carry a request', async () => {
      const response = await w.a.admin.request(RaiseWithRequest, {
        input: { action: 'SUGGESTION', name: 'x', request: { volumes: [{ sizeGb: 1 }] } },
      });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'request' });
    });
  });

  it(
    'each request type is carried out at ACCEPT_PLATFORM_DEAL, linked both ways, seen per persona',
    async () => {
      const existingServer = await makeServer(w.a.admin, w.a.id, networkId, { name: 'to-resize' });
      const existingVolume = await newVolume(1);
      const before = await holdings();
      const ticketId = await dispatched({
        quota: { instances: before.instancesLimit + 5 },
        servers: [{ ...serverPart(2), name: 'web' }],
        volumes: [{ count: 1, sizeGb: 2, name: 'data' }],
        extensions: [{ volumeId: existingVolume, sizeGb: 3 }],
        resizes: [{ serverId: existingServer, flavorName: 'm1.small' }],
      });
      const { plan } = (await w.telecom.ok(TicketPlanOf, { id: ticketId })).ticket;
      expect(plan).toMatchObject({ servers: 2, volumes: 1, fitsQuota: true });
      expect(plan?.quota.find((q) => q.resource === 'instances')).toMatchObject({
        newLimit: before.instancesLimit + 5,
        growth: 2,
      });
      // The plan is staff's; the tenant sees the request and the outcome.
      expect((await w.a.admin.request(TicketPlanOf, { id: ticketId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await w.b.admin.request(TicketOutcomeOf, { id: ticketId })).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );

      const taken = await take(w.operator, ticketId);
      expect(taken.errors).toBeUndefined();
      expect(taken.data?.maintainTicketAction.ticket.status.code).toBe('PLATFORM_PROCESSING');
      const after = await holdings();
      expect(after).toMatchObject({
        servers: before.servers + 2,
        volumes: before.volumes + 1,
        cloudServers: before.cloudServers + 2,
        cloudVolumes: before.cloudVolumes + 1,
        instancesLimit: before.instancesLimit + 5,
      });
      const { ticket } = await w.a.admin.ok(TicketOutcomeOf, { id: ticketId });
      const outcome = ticket.outcome!;
      expect(outcome.state).toBe('SUCCEEDED');
      expect(outcome.createdServers.map((s) => s.ticket?.id)).toEqual([ticketId, ticketId]);
      expect(outcome.createdServers.map((s) => s.name)).toEqual([
        expect.stringMatching(/^web-1-/),
        expect.stringMatching(/^web-2-/),
      ]);
      expect(outcome.createdVolumes).toMatchObject([{ sizeGb: 2, ticket: { id: ticketId } }]);
      expect(outcome.extendedVolumes).toMatchObject([{ id: existingVolume, sizeGb: 3 }]);
      expect(outcome.resizedServers).toMatchObject([{ id: existingServer }]);
      expect(ticket.events.at(-1)?.extra).toMatch(
        /Done: quota instances .*server .*volume .*extended to 3 GB.*resized to m1.small/,
      );
      // A member sees neither the ticket (not its own) nor, so, the back link.
      expect((await w.member.request(TicketOutcomeOf, { id: ticketId })).errors?.[0].extensions?.code).toBe(
        'NOT_FOUND',
      );
      const attempts = (await w.operator.ok(TicketAttemptsOf, { id: ticketId })).ticket.outcome!.attempts;
      expect(attempts).toMatchObject([{ number: 1, state: 'SUCCEEDED' }]);
      expect(attempts[0].steps.map((s) => `${s.kind}:${s.state}`)).toEqual([
        'QUOTA:DONE',
        'VOLUME:DONE',
        'SERVER:DONE',
        'SERVER:DONE',
        'EXTEND:DONE',
        'RESIZE:DONE',
      ]);
      expect((await w.a.admin.request(TicketAttemptsOf, { id: ticketId })).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      // The audit log has one record per change, each naming the ticket.
      const audit = await w.server.canopy.deps.auditRepo.list({ tenantId: Number(w.a.id), limit: 100 });
      const ticketRecords = audit.filter((e) => e.operation.startsWith('ticket.do'));
      expect(ticketRecords).toHaveLength(6);
      for (const record of ticketRecords) expect(JSON.parse(record.targets)).toMatchObject({ ticketId });
    },
    SLOW_MS,
  );

  describe.each(['updateQuota', 'createVolume', 'createServer', 'createServer#2', 'extendVolume', 'resizeServer'])(
    'a fault at %s',
    (step) => {
      itSim(
        'leaves the ticket DISPATCHED, nothing made, the attempt FAILED; a retry carries it out once',
        async () => {
          const existingServer = await makeServer(w.a.admin, w.a.id, networkId);
          const existingVolume = await newVolume(1);
          const before = await holdings();
          const ticketId = await dispatched({
            quota: { instances: before.instancesLimit + 3 },
            volumes: [{ sizeGb: 1 }],
            servers: [serverPart(2)],
            extensions: [{ volumeId: existingVolume, sizeGb: 2 }],
            resizes: [{ serverId: existingServer, flavorName: 'm1.small' }],
          });
          const [operation, nth] = step.split('#');
          w.server.sim.faults.failOn(operation, { skip: nth ? Number(nth) - 1 : 0 });
          const failed = await take(w.operator, ticketId);
          expect(failed.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
          const undone = await holdings();
          // An extension that was made stays (volumes do not shrink); everything else is as before.
          expect(undone).toEqual(before);
          const { ticket } = await w.operator.ok(TicketAttemptsOf, { id: ticketId });
          expect(ticket.outcome).toMatchObject({ state: 'FAILED', attempts: [{ state: 'FAILED' }] });
          expect(ticket.outcome!.attempts[0].reason).toMatch(/Simulated fault/);
          expect((await w.admin.ok(TicketOutcomeOf, { id: ticketId })).ticket.status.code).toBe('DISPATCHED');

          const retried = await take(w.operator, ticketId);
          expect(retried.errors).toBeUndefined();
          expect(await holdings()).toMatchObject({
            servers: before.servers + 2,
            volumes: before.volumes + 1,
            cloudServers: before.cloudServers + 2,
            instancesLimit: before.instancesLimit + 3,
          });
        },
        SLOW_MS,
      );
    },
  );

  it(
    "a provisioning ticket TELECOM raises for the tenant (type 2) is carried out too; B's volume in it is NOT_FOUND",
    async () => {
      const before = await holdings();
      const { ticket } = (
        await w.telecom.ok(ProvisionForTenant, {
          input: {
            action: 'CREATE',
            name: 'storage',
            tenantId: w.a.id,
            request: { volumes: [{ count: 2, sizeGb: 1 }] },
          },
        })
      ).telecomTicketAction;
      expect(ticket).toMatchObject({
        type: { id: 2 },
        status: { code: 'DISPATCHED' },
        request: { volumes: [{ count: 2 }] },
      });
      expect((await take(w.operator, ticket.id)).errors).toBeUndefined();
      expect(await holdings()).toMatchObject({ volumes: before.volumes + 2, cloudVolumes: before.cloudVolumes + 2 });
      const { outcome } = (await w.a.admin.ok(TicketOutcomeOf, { id: ticket.id })).ticket;
      expect(outcome?.createdVolumes.map((v) => v.ticket?.id)).toEqual([ticket.id, ticket.id]);

      const bVolume = (await w.b.admin.ok(CreateVolume, { input: { tenantId: w.b.id, sizeGb: 1 } })).createVolume.volume
        .id;
      const refused = await w.telecom.request(ProvisionForTenant, {
        input: {
          action: 'CREATE',
          name: 'x',
          tenantId: w.a.id,
          request: { extensions: [{ volumeId: bVolume, sizeGb: 2 }] },
        },
      });
      expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    },
    SLOW_MS,
  );

  it(
    'quota exceeded at execution: fails cleanly, the ticket stays, nothing is left over',
    async () => {
      const before = await holdings();
      const ticketId = await dispatched({ servers: [serverPart(2)] });
      const used = (await w.admin.ok(TenantQuota, { id: w.a.id })).tenant.quota.instances.used;
      await w.admin.ok(UpdateQuota, { input: { tenantId: w.a.id, instances: used + 1 } });
      try {
        const response = await take(w.operator, ticketId);
        expect(response.errors?.[0].extensions?.code).toBe('QUOTA_EXCEEDED');
        expect(await holdings()).toEqual({ ...before, instancesLimit: used + 1 });
        expect((await w.admin.ok(TicketOutcomeOf, { id: ticketId })).ticket.status.code).toBe('DISPATCHED');
      } finally {
        await w.admin.ok(UpdateQuota, { input: { tenantId: w.a.id, instances: before.instancesLimit } });
      }
    },
    SLOW_MS,
  );

  it(
    'two operators at once: carried out once, the other gets CONFLICT',
    async () => {
      const before = await holdings();
      const ticketId = await dispatched({ servers: [serverPart(1)], volumes: [{ sizeGb: 1 }] });
      const outcomes = await Promise.all([take(w.operator, ticketId), take(w.admin, ticketId)]);
      expect(outcomes.filter((o) => !o.errors)).toHaveLength(1);
      expect(outcomes.filter((o) => o.errors).map((o) => o.errors?.[0].extensions?.code)).toEqual(['CONFLICT']);
      expect(await holdings()).toMatchObject({
        servers: before.servers + 1,
        volumes: before.volumes + 1,
        cloudServers: before.cloudServers + 1,
      });
    },
    SLOW_MS,
  );

  itSim(
    'two operators on two Canopy processes over one database, 10 rounds: carried out once each time',
    async () => {
      const other = await spawnCanopy(w.server.dbFile);
      try {
        const adminThere = new GqlClient(other.url, w.admin.token);
        for (let round = 0; round < 10; round++) {
          const before = await holdings();
          const ticketId = await dispatched({ volumes: [{ sizeGb: 1 }] });
          const contenders = [() => take(w.operator, ticketId), () => take(adminThere, ticketId)];
          const outcomes = await Promise.all((round % 2 === 0 ? contenders : contenders.reverse()).map((go) => go()));
          expect(outcomes.filter((o) => !o.errors)).toHaveLength(1);
          expect(outcomes.flatMap((o) => (o.errors ? [o.errors[0].extensions?.code] : []))).toEqual(['CONFLICT']);
          expect(await holdings()).toMatchObject({
            volumes: before.volumes + 1,
            cloudVolumes: before.cloudVolumes + 1,
          });
        }
      } finally {
        other.stop();
      }
    },
    SLOW_MS,
  );

  itSim(
    'a crash between steps, then a restart: what the dead attempt made is undone, the request applied once',
    async () => {
      const before = await holdings();
      const ticketId = await dispatched({ volumes: [{ sizeGb: 1 }], servers: [serverPart(2)] });
      // The second server reaches the cloud, and the process "dies" before Canopy records it: its
      // row insert never returns (the process is abandoned, as a SIGKILL would leave it).
      const repo = w.server.canopy.deps.computeRepo;
      const insert = repo.insertServer.bind(repo);
      let calls = 0;
      let release: (error: Error) => void = () => undefined;
      repo.insertServer = (row) => (++calls === 2 ? new Promise((_, reject) => (release = reject)) : insert(row));
      const dying = take(w.operator, ticketId);
      const deadline = Date.now() + 30_000;
      while ((await holdings()).cloudServers < before.cloudServers + 2) {
        if (Date.now() > deadline) throw new Error('the second server never reached the cloud');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // While its lease lasts, another operator is told it is being carried out.
      const meanwhile = await take(w.admin, ticketId);
      expect(meanwhile.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(meanwhile.errors?.[0].message).toMatch(/being carried out/);

      // A new process on the same database, past the dead attempt's lease.
      const restarted = await startTestServer({
        dbFile: w.server.dbFile,
        adminPassword: w.server.adminPassword,
        clock: new ManualClock(Date.now() + ATTEMPT_LEASE_MS + 60_000),
      });
      try {
        const operator = await login(restarted, 'otto');
        const response = await take(operator, ticketId);
        expect(response.errors).toBeUndefined();
        expect(await holdings()).toMatchObject({
          servers: before.servers + 2,
          volumes: before.volumes + 1,
          cloudServers: before.cloudServers + 2,
          cloudVolumes: before.cloudVolumes + 1,
        });
        const { outcome } = (await operator.ok(TicketAttemptsOf, { id: ticketId })).ticket;
        expect(outcome?.attempts.map((a) => a.state)).toEqual(['FAILED', 'SUCCEEDED']);
        expect(outcome?.attempts[0].reason).toMatch(/Canopy stopped/);
        expect(outcome?.attempts[0].steps.map((step) => `${step.kind}:${step.state}`)).toEqual([
          'VOLUME:UNDONE',
          'SERVER:UNDONE',
          'SERVER:UNDONE',
        ]);
      } finally {
        repo.insertServer = insert;
        release(new Error('the abandoned process is gone'));
        await dying;
        await restarted.close();
      }
    },
    SLOW_MS,
  );
});

/** A server part whose network is filled in by the test (the it.each table is built before beforeAll runs). */
function serverPartLater() {
  return { flavorName: 'm1.tiny', imageId: CATALOG.bootImage, networkIds: ['NETWORK'] };
}
