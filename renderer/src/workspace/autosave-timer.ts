/**
 * The one autosave that waits: started after a change, pushed back by the next change, dropped by a
 * save, and run at once (not dropped) before another workspace replaces this one.
 */
export class AutosaveTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly delayMs: number,
    private readonly run: () => Promise<void>,
  ) {}

  /** Starts the wait again from now: a planner typing is not interrupted by a save per keystroke. */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.delayMs);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Runs the waiting save now, if one waits; does nothing otherwise. */
  async flush(): Promise<void> {
    if (this.timer === null) return;
    this.cancel();
    await this.run();
  }
}
