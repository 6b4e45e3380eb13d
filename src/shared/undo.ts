import { bi, CanopyError, UpstreamUnavailableError } from '../errors';

/**
 * Compensation for multi-step work across the cloud and Canopy's database (no transaction can
 * span both): each step, once done, registers how to undo itself; on a failure the steps run
 * backwards, so a failed mutation leaves nothing half-made.
 */
export class UndoStack {
  private readonly steps: Array<{ what: string; run: () => Promise<unknown> }> = [];

  get size(): number {
    return this.steps.length;
  }

  push(what: string, run: () => Promise<unknown>): void {
    this.steps.push({ what, run });
  }

  /** Undoes every step, last first; returns what could not be undone. */
  async unwind(): Promise<string[]> {
    const leftovers: string[] = [];
    for (const step of this.steps.splice(0).reverse()) {
      await step.run().catch(() => leftovers.push(step.what));
    }
    return leftovers;
  }
}

/**
 * Runs `work`; if it fails, unwinds `undo` and rethrows, saying that everything was undone (the
 * error keeps its code), or, when an undo step failed too, what an operator must remove by hand.
 */
export async function allOrNothing<T>(undo: UndoStack, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const made = undo.size;
    const leftovers = await undo.unwind();
    if (leftovers.length > 0) {
      throw new UpstreamUnavailableError(
        bi(
          `The operation failed, and what it had made could not be removed: ${leftovers.join(', ')}; an operator must delete it`,
          `操作失败，且已创建的资源未能清除：${leftovers.join('、')}；需由运维人员删除`,
        ),
      );
    }
    if (error instanceof CanopyError && made > 0)
      error.message = `${error.message} (nothing was changed: the steps already made were undone)`;
    throw error;
  }
}
