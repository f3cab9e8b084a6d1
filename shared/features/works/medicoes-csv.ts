import type { Connection } from '../../db/connection';
import { compareText, type CanonicalTable } from '../../export/canonical-csv';
import { WorkRepository } from './work-repository';

/** DESIGN.md §10 `arranjo-medicoes`. */
export const MEDICOES_HEADER = ['work_code', 'date', 'physical_progress', 'committed', 'disbursed'] as const;

/**
 * The measurements (of one district's works, or all) as `arranjo-medicoes`: the cumulative values
 * each measurement holds at its date, by work code and date. When one of them is a correction (below
 * an earlier measurement, flagged so), the template's optional `correction` column (1 or empty)
 * follows §10's five: without it the file would be refused on import ("progress is cumulative").
 */
export function medicoesCsv(conn: Connection, siteId?: number): CanonicalTable {
  const repository = new WorkRepository(conn);
  const codes = new Map(repository.list(siteId).map((w) => [w.id, w.code]));
  const rows = repository
    .measurements(undefined, siteId)
    .map((m) => ({ code: codes.get(m.workId) ?? '', m }))
    .sort((a, b) => compareText(a.code, b.code) || compareText(a.m.date, b.m.date));
  const corrections = rows.some(({ m }) => m.correction);
  return {
    header: corrections ? [...MEDICOES_HEADER, 'correction'] : MEDICOES_HEADER,
    rows: rows.map(({ code, m }) => {
      const row = [code, m.date, m.physicalProgress, m.committed, m.disbursed];
      return corrections ? [...row, m.correction ? 1 : null] : row;
    }),
  };
}
