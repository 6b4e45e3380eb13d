import {
  allowedTransitions,
  findTransition,
  operatorVisibleStatusIds,
  TRANSITIONS,
  workflowOf,
} from '../../src/tickets/engine';
import { statusByCode } from '../../src/tickets/ticket.catalog';
import {
  MaintainTicketActionType,
  TelecomTicketActionType,
  TenantTicketActionType,
} from '../../src/tickets/tickets.types';
import { WORKFLOWS } from '../../src/tickets/workflows';
import { reachable } from '../helpers/tickets.driver';

/** Properties of the declared tables themselves, so a mistyped row fails here before any HTTP test. */
describe('workflow tables', () => {
  it('are deterministic: no two rows answer the same (type, from, role, action, result)', () => {
    for (const row of TRANSITIONS) {
      const results = row.result === undefined ? [true, false] : [row.result];
      for (const result of results)
        expect(
          TRANSITIONS.filter(
            (r) =>
              r.type === row.type &&
              r.from === row.from &&
              r.role === row.role &&
              r.action === row.action &&
              (r.result === undefined || r.result === result),
          ),
        ).toEqual([row]);
    }
  });

  it('have one creation per type, and reach every status each workflow declares only through its own statuses', () => {
    for (const workflow of WORKFLOWS) {
      for (const type of workflow.types) {
        expect(TRANSITIONS.filter((r) => r.type === type && r.from === null)).toHaveLength(1);
        for (const row of TRANSITIONS.filter((r) => r.type === type)) {
          expect(workflow.statuses).toContain(row.to);
          if (row.from) expect(workflow.statuses).toContain(row.from);
        }
      }
      const reached = new Set(workflow.types.flatMap(reachable));
      expect([...reached].sort()).toEqual([...workflow.statuses].sort());
    }
  });

  it('let the operator see every status it acts in', () => {
    const visible = operatorVisibleStatusIds();
    for (const row of TRANSITIONS) {
      if (row.role === 'OPERATOR' && row.from !== null)
        expect(visible.find((v) => v.typeId === row.type)?.statusIds).toContain(statusByCode(row.from).id);
    }
  });

  it('use every action of the GraphQL action enums, each by the side that sends it', () => {
    const used = (role: string) =>
      new Set(TRANSITIONS.filter((r) => r.role === role && workflowOf(r.type).name === 'v2').map((r) => r.action));
    expect([...used('TENANT')].sort()).toEqual(Object.values(TenantTicketActionType).sort());
    expect([...used('TELECOM')].sort()).toEqual(Object.values(TelecomTicketActionType).sort());
    expect([...used('OPERATOR')].sort()).toEqual(Object.values(MaintainTicketActionType).sort());
  });

  it('answer a result-less row whatever the result, and derive allowed actions from the rows', () => {
    expect(findTransition(4, 'SUBMITTED', 'TELECOM', 'ACCEPT', false)?.to).toBe('COMPLETED');
    expect(findTransition(1, 'SUBMITTED', 'TELECOM', 'ACCEPT', false)?.to).toBe('REJECTED');
    expect(findTransition(1, 'SUBMITTED', 'OPERATOR', 'ACCEPT', true)).toBeUndefined();
    expect(
      allowedTransitions(1, 'PLATFORM_PROCESSING', ['TELECOM', 'OPERATOR'])
        .map((r) => r.action)
        .sort(),
    ).toEqual(['ACCEPT_SITE_CONSTRUCTION', 'SEND']);
    expect(allowedTransitions(1, 'PLATFORM_PROCESSING', ['TELECOM'])).toEqual([]);
  });
});
