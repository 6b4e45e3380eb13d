import { bi, UpstreamUnavailableError } from '../../errors';

/**
 * Lets tests make chosen simulated-cloud calls fail, to prove that multi-step mutations leave no
 * half-made state. Production code never arms it; it is reached only through the driver object.
 */
export class FaultInjector {
  private readonly armed = new Map<string, { remainingSkips: number; error: () => Error }>();

  /** The call `operation` fails after `skip` successful calls of it. */
  failOn(operation: string, options: { skip?: number; error?: () => Error } = {}): void {
    this.armed.set(operation, {
      remainingSkips: options.skip ?? 0,
      error:
        options.error ??
        (() => new UpstreamUnavailableError(bi(`Simulated fault in ${operation}`, `模拟故障：${operation}`))),
    });
  }

  clear(): void {
    this.armed.clear();
  }

  check(operation: string): void {
    const fault = this.armed.get(operation);
    if (!fault) return;
    if (fault.remainingSkips > 0) {
      fault.remainingSkips--;
      return;
    }
    this.armed.delete(operation);
    throw fault.error();
  }
}
