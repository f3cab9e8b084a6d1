import type { ActionRow } from '../action-repository';
import type { Disaggregation } from '../types';

export interface ActionRecord {
  programme: string;
  action: ActionRow;
  sourceRow: number;
  /**
   * Links the file has no column for (arranjo-acoes of DESIGN.md §10 has neither site_code nor
   * initiative_code): an action the import updates keeps its own, never loses them.
   */
  keep?: readonly ('siteId' | 'initiativeCode')[];
}

export interface TargetRecord {
  programme: string;
  indicator: string;
  period: string;
  baseline: number;
  target: number;
  actual: number | null;
  sourceRow: number;
  /** The actual's parts the file gives (by sex, by age group); replace that period's parts of those dimensions. */
  parts?: { dimension: Disaggregation; part: string; value: number }[];
}

/**
 * The records of one import of programme actions or targets (few: plain objects), keyed so a file
 * cannot give one twice. A store made by `redo` carries no records: applying it again restores
 * what the batch had written (import_programme_image.after).
 */
export class ProgrammeRecordStore<R> {
  readonly records: R[] = [];
  private readonly rows = new Map<string, { row: number; record: R }>();

  constructor(readonly redoBatch: number | null = null) {}

  /** Adds the record, or returns the row that already gave its key. */
  add(key: string, record: R & { sourceRow: number }): number | null {
    const first = this.rows.get(key);
    if (first !== undefined) return first.row;
    this.rows.set(key, { row: record.sourceRow, record });
    this.records.push(record);
    return null;
  }

  /** The record a key was first given with (an attendance list adds its participants to it). */
  first(key: string): R | undefined {
    return this.rows.get(key)?.record;
  }

  get length(): number {
    return this.records.length;
  }
}

export type ActionStore = ProgrammeRecordStore<ActionRecord>;
export type TargetStore = ProgrammeRecordStore<TargetRecord>;
