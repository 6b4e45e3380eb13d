/**
 * The one error hierarchy. Services throw these; `formatError` (src/graphql/format-error.ts) is the
 * one place that turns them, and anything unexpected, into GraphQL errors with PRODUCT.md's
 * `extensions.code`. Each error speaks English and Chinese: a message is either a plain English
 * string (its Chinese form is then the code's Chinese name followed by the English detail) or a
 * pair made with `bi(en, zh)`; the response picks by Accept-Language.
 */
export interface Bilingual {
  en: string;
  zh: string;
}
export type Message = string | Bilingual;
/** The language of a response's messages (from Accept-Language): one side of every Bilingual. */
export type Language = keyof Bilingual;

export function bi(en: string, zh: string): Bilingual {
  return { en, zh };
}

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'QUOTA_EXCEEDED'
  | 'UPSTREAM_UNAVAILABLE'
  | 'RATE_LIMITED';

export const CODE_ZH: Record<ErrorCode | 'INTERNAL_SERVER_ERROR', string> = {
  UNAUTHENTICATED: '未认证',
  FORBIDDEN: '无权操作',
  BAD_USER_INPUT: '输入有误',
  NOT_FOUND: '不存在',
  CONFLICT: '冲突',
  QUOTA_EXCEEDED: '超出配额',
  UPSTREAM_UNAVAILABLE: '云平台不可用',
  RATE_LIMITED: '请求过于频繁',
  INTERNAL_SERVER_ERROR: '服务器内部错误',
};

export abstract class CanopyError extends Error {
  abstract readonly code: ErrorCode;
  private readonly zh: string | undefined;
  /** The cloud's id of the call behind this error (OpenStack's `req-…`): an operator finds it in the cloud's logs. */
  openstackRequestId?: string;

  constructor(message: Message) {
    super(typeof message === 'string' ? message : message.en);
    this.zh = typeof message === 'string' ? undefined : message.zh;
  }

  chinese(): string {
    return this.zh ?? `${CODE_ZH[this.code]}：${this.message}`;
  }

  extensions(): Record<string, unknown> {
    return {};
  }
}

export class UnauthenticatedError extends CanopyError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message: Message = bi('Not logged in, or the session has ended', '未登录，或会话已结束')) {
    super(message);
  }
}

export class ForbiddenError extends CanopyError {
  readonly code = 'FORBIDDEN';
  constructor(message: Message = bi('You are not allowed to do this', '您无权执行此操作')) {
    super(message);
  }
}

export class BadInputError extends CanopyError {
  readonly code = 'BAD_USER_INPUT';
  /** `field` is the input a form marks; undefined when the cloud refused values without naming one. */
  constructor(
    readonly field: string | undefined,
    message: Message,
  ) {
    super(
      typeof message === 'string'
        ? bi(message, field ? `字段 ${field} 输入有误：${message}` : `输入有误：${message}`)
        : message,
    );
  }
  extensions() {
    return this.field ? { field: this.field } : {};
  }
}

/** Chinese names of the kinds of object a NOT_FOUND names. */
const KIND_ZH: Record<string, string> = {
  Tenant: '租户',
  Group: '组',
  User: '用户',
  Server: '虚拟主机',
  Network: '网络',
  Subnet: '子网',
  Router: '路由器',
  Volume: '硬盘',
  Attachment: '挂载',
  'Volume attachment': '挂载',
  Project: '项目',
  Ticket: '工单',
  Flavor: '模板',
  Image: '映像',
  'Key pair': '密钥对',
  'Platform root group': '平台根组',
};

export class NotFoundError extends CanopyError {
  readonly code = 'NOT_FOUND';
  constructor(kind: string, id?: string | number) {
    const zh = KIND_ZH[kind] ?? kind;
    super(
      id === undefined ? bi(`${kind} not found`, `${zh}不存在`) : bi(`${kind} ${id} not found`, `${zh} ${id} 不存在`),
    );
  }
}

export class ConflictError extends CanopyError {
  readonly code = 'CONFLICT';
}

export class QuotaExceededError extends CanopyError {
  readonly code = 'QUOTA_EXCEEDED';
  constructor(
    readonly resource: string,
    message: Message = bi(`Quota exceeded for ${resource}`, `${resource} 超出配额`),
  ) {
    super(message);
  }
  extensions() {
    return { resource: this.resource };
  }
}

export class UpstreamUnavailableError extends CanopyError {
  readonly code = 'UPSTREAM_UNAVAILABLE';
  constructor(
    message: Message = bi('The cloud is unreachable or failing; try again later', '云平台无法访问或出错，请稍后再试'),
  ) {
    super(message);
  }
}

export class RateLimitedError extends CanopyError {
  readonly code = 'RATE_LIMITED';
  constructor(
    readonly retryAfterSeconds: number,
    message: Message = bi('Too many attempts; try again later', `尝试次数过多，请 ${retryAfterSeconds} 秒后再试`),
  ) {
    super(message);
  }
  extensions() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}
