import { BadInputError, bi } from '../errors';

/**
 * The seed's parameter types. `id` is one of Canopy's integer ids (tenant, group, user, server,
 * volume, attachment, ticket), a string ID in GraphQL; `uuid` an OpenStack id (network, router).
 */
export type ParamType = 'id' | 'uuid' | 'string' | 'boolean' | 'integer' | 'ids' | 'uuids' | 'strings' | 'integers';

export interface Param {
  /** The seed's name (snake_case). */
  name: string;
  type: ParamType;
  required?: boolean;
  /** The GraphQL input field or argument it becomes; none for a parameter the route's path already names. */
  field?: string;
  /** Other names clients send for it: the seed's spelling slips (`passwd`, `ticke_name`). */
  aliases?: string[];
  /** The seed's words for an enum value → GraphQL's (`pause` → PAUSE, 2 → SHARED). */
  values?: Record<string, string>;
  /** From the seed's table, in its words. */
  description: string;
}

export type Values = Record<string, unknown>;
/** What a request carries, by name: a path part, query string, JSON or form field. */
export type Raw = Record<string, unknown>;

/** Reads each declared parameter from what the request carries, typed; refuses what is missing or malformed. */
export function readParams(params: readonly Param[], raw: Raw): Values {
  const values: Values = {};
  for (const param of params) {
    const given = [param.name, ...(param.aliases ?? [])].map((name) => raw[name]).find((v) => !absent(v, param));
    if (given === undefined) {
      if (param.required)
        throw new BadInputError(param.name, bi(`${param.name} is required`, `缺少参数 ${param.name}`));
      continue;
    }
    values[param.name] = coerce(param, given);
  }
  return values;
}

/** An empty form field means "not given", except for a text field, where it is the empty text. */
function absent(value: unknown, param: Param): boolean {
  return value === undefined || value === null || (value === '' && param.type !== 'string');
}

function coerce(param: Param, value: unknown): unknown {
  const list = param.type.endsWith('s');
  const typed = list ? listOf(value).map((item) => typedValue(param, item)) : typedValue(param, value);
  if (!param.values) return typed;
  const values = param.values;
  const named = (item: unknown) => {
    const known = values[String(item).trim().toLowerCase()];
    if (known === undefined) {
      const names = Object.keys(values);
      throw refusal(param, `must be one of ${names.join(', ')}`, `须为 ${names.join('、')} 之一`);
    }
    return known;
  };
  return Array.isArray(typed) ? typed.map(named) : named(typed);
}

function refusal(param: Param, en: string, zh: string): BadInputError {
  return new BadInputError(param.name, bi(`${param.name} ${en}`, `参数 ${param.name} ${zh}`));
}

function typedValue(param: Param, item: unknown): unknown {
  switch (param.type) {
    case 'id':
    case 'ids': {
      const text = typeof item === 'number' ? String(item) : item;
      if (typeof text !== 'string' || !/^[1-9][0-9]{0,15}$/.test(text.trim()))
        throw refusal(param, 'must be a positive integer', '须为正整数');
      return text.trim();
    }
    case 'integer':
    case 'integers': {
      const number = typeof item === 'string' && /^-?[0-9]{1,10}$/.test(item.trim()) ? Number(item) : item;
      if (typeof number !== 'number' || !Number.isInteger(number) || Math.abs(number) > 2 ** 31 - 1)
        throw refusal(param, 'must be an integer', '须为整数');
      return number;
    }
    case 'boolean': {
      const text = typeof item === 'string' ? item.trim().toLowerCase() : item;
      if (text === true || text === 1 || ['true', '1', 'yes', 'on'].includes(text as string)) return true;
      if (text === false || text === 0 || ['false', '0', 'no', 'off'].includes(text as string)) return false;
      throw refusal(param, 'must be true or false', '须为 true 或 false');
    }
    default: {
      const text = typeof item === 'number' || typeof item === 'boolean' ? String(item) : item;
      if (typeof text !== 'string') throw refusal(param, 'must be text', '须为文本');
      if (param.type !== 'string' && param.type !== 'strings' && text.trim() === '')
        throw refusal(param, 'must not be empty', '不能为空');
      return text;
    }
  }
}

/** A list as JSON gives it, or as a form or query string does: repeated, or comma-separated. */
function listOf(value: unknown): unknown[] {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  return items.flatMap((item) =>
    typeof item === 'string' ? item.split(',').filter((part) => part.trim() !== '') : [item],
  );
}
