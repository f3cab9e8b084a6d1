import type { Connection } from '../../db/connection';
import { compareText, type CanonicalTable } from '../../export/canonical-csv';
import { ActionRepository } from './action-repository';
import { ProgrammeRepository } from './programme-repository';

/** DESIGN.md §10 `arranjo-acoes`, every optional column included. */
export const ACOES_HEADER = [
  'programme',
  'action_code',
  'type',
  'territory_code',
  'start_date',
  'participants',
  'end_date',
  'women',
  'youth',
  'enterprises_formed',
  'enterprises_legalized',
  'partner',
  'notes',
] as const;

/** Every programme's actions as `arranjo-acoes`: one row per action, by programme (in name order) and action code. */
export function acoesCsv(conn: Connection): CanonicalTable {
  const actions = new ActionRepository(conn);
  const rows = new ProgrammeRepository(conn).list().flatMap((p) =>
    actions
      .actions(p.id)
      .sort((a, b) => compareText(a.code, b.code))
      .map((a) => [
        p.name,
        a.code,
        a.type,
        a.municipalityCode,
        a.startDate,
        a.participants,
        a.endDate,
        a.women,
        a.youth,
        a.enterprisesFormed,
        a.enterprisesLegalized,
        a.partner,
        a.notes,
      ]),
  );
  return { header: ACOES_HEADER, rows };
}
