import type { Measurement, ScheduleMonth } from '../types';
import type { WorkFields } from '../work-repository';

/** One work read from a file: its fields (site resolved to an id), its needs, and where it was. */
export interface WorkRecord {
  fields: WorkFields;
  needs: string[] | null;
  /** The fields the file gives: a re-import changes only these (a paralysis record stays). */
  present: (keyof WorkFields)[];
  sourceRow: number;
  /** The planned schedule by month the file gives (a schedule import), replacing the work's; absent: kept. */
  schedule?: ScheduleMonth[] | null;
}

export interface MeasurementRecord {
  measurement: Measurement;
  workCode: string;
  sourceRow: number;
}

/** Records keyed by their natural key, so a file cannot give the same work (or work × date) twice. */
class KeyedStore<R> {
  readonly records: R[] = [];
  private readonly rows = new Map<string, number>();

  /** Adds the record; when its key came before, returns that first row instead. */
  add(key: string, record: R, row: number): number | null {
    const first = this.rows.get(key);
    if (first !== undefined) return first;
    this.rows.set(key, row);
    this.records.push(record);
    return null;
  }

  get length(): number {
    return this.records.length;
  }
}

export class WorkStore extends KeyedStore<WorkRecord> {}
export class MeasurementStore extends KeyedStore<MeasurementRecord> {}
