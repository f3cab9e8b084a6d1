import type { Connection } from '../../db/connection';
import { compareText, type CanonicalTable } from '../../export/canonical-csv';
import { WorkRepository } from './work-repository';

/** DESIGN.md §10 `arranjo-obras`, every optional column included. */
export const OBRAS_HEADER = [
  'site_code',
  'work_code',
  'title',
  'category',
  'budget_planned',
  'planned_start',
  'planned_end',
  'actual_start',
  'actual_end',
  'status',
  'funding_source',
  'agency',
  'contractor',
  'contract_value',
] as const;

/** The works (of one district, or all) as `arranjo-obras`: one row per work, by site code and work code. */
export function obrasCsv(conn: Connection, siteId?: number): CanonicalTable {
  const works = new WorkRepository(conn).list(siteId).sort((a, b) => compareText(a.siteCode, b.siteCode) || compareText(a.code, b.code));
  return {
    header: OBRAS_HEADER,
    rows: works.map((w) => [
      w.siteCode,
      w.code,
      w.title,
      w.category,
      w.budgetPlanned,
      w.plannedStart,
      w.plannedEnd,
      w.actualStart,
      w.actualEnd,
      w.status,
      w.fundingSource,
      w.agency,
      w.contractor,
      w.contractValue,
    ]),
  };
}
