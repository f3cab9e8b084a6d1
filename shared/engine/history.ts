/** What a change touched, so that undo can say what it undid and offer to show it. */
export interface ChangeSubject {
  /** The UI area it belongs to ("territories", "prioritization"…). */
  area: string;
  /** The records it touched, by name ("Distrito Industrial de Betim"). */
  target?: string;
  /** The fields it changed ("lotsTotal"). */
  fields?: string[];
}

/** A reversible change: `undo` restores the state before it, `redo` applies it again. */
export interface Change {
  label: string;
  subject?: ChangeSubject;
  undo(): void;
  redo(): void;
}

/**
 * Undo/redo as inverse changes, per session (Excalidraw-style deltas rather than snapshots).
 * The revision counts every change, undone or redone, so "unsaved" is just revision ≠ saved.
 */
export class History {
  private readonly done: Change[] = [];
  private readonly undone: Change[] = [];
  private revisionCounter = 0;

  constructor(private readonly limit = 500) {}

  record(change: Change): void {
    this.done.push(change);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
    this.revisionCounter += 1;
  }

  /** Counts a change that cannot be undone from this session (e.g. opening a migrated file). */
  touch(): void {
    this.revisionCounter += 1;
  }

  undo(): Change | undefined {
    const change = this.done.pop();
    if (!change) return undefined;
    change.undo();
    this.undone.push(change);
    this.revisionCounter += 1;
    return change;
  }

  redo(): Change | undefined {
    const change = this.undone.pop();
    if (!change) return undefined;
    change.redo();
    this.done.push(change);
    this.revisionCounter += 1;
    return change;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  get revision(): number {
    return this.revisionCounter;
  }
}
