import type { Connection } from '../../db/connection';
import { compareText, type CanonicalTable } from '../../export/canonical-csv';
import { WorkRepository } from './work-repository';

/** DESIGN.md §10 `arranjo-medicoes`. */
export const MEDICOES_HEADER = ['work_code', 'date', 'physical_progress', 'committed', 'disbursed'] as const;

/**
 * The measurements (of one district's works, or all) as `arranjo-medicoes`: the cumulative values
 * each measurement holds at its date, by work code and date.
 */
export function medicoesCsv(conn: Connection, siteId?: number): CanonicalTable {
  const repository = new WorkRepository(conn);
  const codes = new Map(repository.list(siteId).map((w) => [w.id, w.code]));
  const rows = repository
    .measurements(undefined, siteId)
    .map((m) => ({ code: codes.get(m.workId) ?? '', m }))
    .sort((a, b) => compareText(a.code, b.code) || compareText(a.m.date, b.m.date));
  return {
    header: MEDICOES_HEADER,
    rows: rows.map(({ code, m }) => [code, m.date, m.physicalProgress, m.committed, m.disbursed]),
  };
}
