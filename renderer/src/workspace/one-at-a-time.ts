/**
 * Tasks that run one after another: each starts once the one before settled (resolved or failed),
 * so that two overlapping writes of a file, or two loads of a workspace, never interleave.
 */
export class OneAtATime {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.last.then(task, task);
    this.last = next.catch(() => undefined);
    return next;
  }
}
