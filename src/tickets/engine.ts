import { statusByCode, StatusCode, TicketActionName, TicketRole } from './ticket.catalog';
import { TransitionRule, Workflow, WORKFLOWS } from './workflows';

/**
 * The one workflow engine. It flattens the declared workflows into one row per
 * (type, from, role, action, result) and answers from those rows alone: which transition an
 * action makes, what may be created by whom, and which actions a viewer may take now.
 */
export interface Transition {
  type: number;
  /** null: the row creates the ticket. */
  from: StatusCode | null;
  role: TicketRole;
  action: TicketActionName;
  /** undefined: the row ignores the result, and its event records none. */
  result?: boolean;
  to: StatusCode;
}

function flatten(rule: TransitionRule): Transition[] {
  const froms = rule.from ?? [null];
  return rule.types.flatMap((type) =>
    froms.map((from) => ({ type, from, role: rule.role, action: rule.action, result: rule.result, to: rule.to })),
  );
}

export const TRANSITIONS: readonly Transition[] = WORKFLOWS.flatMap((workflow) => workflow.rules.flatMap(flatten));

export function workflowOf(typeId: number): Workflow {
  const workflow = WORKFLOWS.find((w) => w.types.includes(typeId));
  if (!workflow) throw new Error(`No workflow for ticket type ${typeId}`);
  return workflow;
}

/** A row without a result matches any result; a row with one matches only it. */
function matchesResult(row: Transition, result: boolean): boolean {
  return row.result === undefined || row.result === result;
}

/** The transition `role` makes with `action` on a ticket of `type` in `from`, or undefined when the table has none. */
export function findTransition(
  type: number,
  from: StatusCode,
  role: TicketRole,
  action: TicketActionName,
  result: boolean,
): Transition | undefined {
  return TRANSITIONS.find(
    (row) =>
      row.type === type &&
      row.from === from &&
      row.role === role &&
      row.action === action &&
      matchesResult(row, result),
  );
}

/** The creation row for `role` doing `action` in a workflow: it tells the new ticket's type and first status. */
export function findCreation(workflow: Workflow, role: TicketRole, action: TicketActionName): Transition | undefined {
  return TRANSITIONS.find(
    (row) => row.from === null && workflow.types.includes(row.type) && row.role === role && row.action === action,
  );
}

/** Every transition open to a holder of `roles` on a ticket of `type` in `from`: `ticket.allowedActions`. */
export function allowedTransitions(type: number, from: StatusCode, roles: readonly TicketRole[]): Transition[] {
  return TRANSITIONS.filter((row) => row.type === type && row.from === from && roles.includes(row.role));
}

/** Per type, the status ids an OPERATOR sees (policy turns them into SQL and checks). */
export function operatorVisibleStatusIds(): Array<{ typeId: number; statusIds: number[] }> {
  return WORKFLOWS.flatMap((workflow) =>
    workflow.types.map((typeId) => ({
      typeId,
      statusIds: (workflow.operatorSees[typeId] ?? []).map((code) => statusByCode(code).id),
    })),
  );
}
