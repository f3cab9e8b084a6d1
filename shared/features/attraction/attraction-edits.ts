import type { Connection } from '../../db/connection';
import type { History } from '../../engine/history';
import { SnapshotRepository, type Scope } from './snapshot-repository';

/** The rows a plan owns (the plan first: undo inserts parents first and deletes children first). */
export const planScopes = (planId: number): Scope[] => [
  { table: 'attraction_plan', column: 'id', value: planId },
  { table: 'attraction_target_sector', column: 'plan_id', value: planId },
  { table: 'attraction_incentive', column: 'plan_id', value: planId },
  { table: 'attraction_criterion', column: 'plan_id', value: planId },
  { table: 'attraction_action', column: 'plan_id', value: planId },
];

/** The rows a prospect owns: itself, its stage history and its sales-criterion values. */
export const prospectScopes = (id: number): Scope[] => [
  { table: 'prospect', column: 'id', value: id },
  { table: 'prospect_stage_change', column: 'prospect_id', value: id },
  { table: 'prospect_criterion_value', column: 'prospect_id', value: id },
];

/**
 * How every attraction edit is written: in one transaction, with its undo and redo recorded in the
 * session History as row snapshots of the scopes it touched. Shared by the plan service and the
 * lots-and-prospects inventory service.
 */
export class AttractionEdits {
  private readonly snapshots: SnapshotRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
  ) {
    this.snapshots = new SnapshotRepository(conn);
  }

  /**
   * Runs `work` in a transaction and records its undo; `work` returns the scopes of rows it created.
   * `target` is what the undo message names (the company, the lot, the district's plan), not only the area.
   */
  run<T>(label: string, known: Scope[], work: () => { result: T; created?: Scope[] }, target: string): T {
    return this.conn.transaction(() => {
      const before = this.snapshots.read(known);
      const { result, created = [] } = work();
      const scopes = [...known, ...created];
      const after = this.snapshots.read(scopes);
      const full = [...before, ...created.map((scope) => ({ scope, rows: [] }))];
      this.history.record({
        label: `attraction.${label}`,
        subject: { area: 'attraction', target },
        undo: () => this.snapshots.apply(this.snapshots.read(scopes), full),
        redo: () => this.snapshots.apply(this.snapshots.read(scopes), after),
      });
      return result;
    });
  }
}
