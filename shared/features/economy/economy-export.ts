import { potentialNote } from './economy-workbook-methods';
import type { Connection } from '../../db/connection';
import { economyRefusal, type EconomyQuery, type PotentialSectorRow } from './types';
import { ArranjoError } from '../../errors';
import { isActivity, isSpecialization } from '../../domain/cnae-levels';
import { economyWorkbook, type PotentialSheet } from './economy-workbook';
import { ActivityLevels } from './activity-levels';
import type { EconomyExportQuery } from './schemas';
import { EconomyService } from './economy-service';

/**
 * Runs the analyses for the query and writes what is shown into a workbook, with its sources. With
 * a subject, the sheets hold its rows (scope 'subject') or every municipality after them (scope
 * 'all'), and a sheet ranks its potential sectors with their reasons.
 */
export async function exportEconomy(conn: Connection, q: EconomyExportQuery, now: string): Promise<Uint8Array> {
  const service = new EconomyService(conn);
  const base: EconomyQuery = { classification: q.classification, measure: q.measure, reference: q.reference };
  const scope = q.scope ?? (q.subject ? 'subject' : 'all');
  // The subject's own rows lead; "all" adds every municipality, the subject's included when it is one.
  const own = q.subject ? service.locationQuotients({ ...base, subject: q.subject }, q.year) : null;
  const parts: EconomyQuery[] = [];
  if (q.subject && (scope === 'subject' || q.subject.kind === 'territory-set')) parts.push({ ...base, subject: q.subject });
  if (scope === 'all') parts.push({ ...base, ...(q.territories ? { territories: q.territories } : {}) });

  const lq = parts.map((p) => (p.subject && own ? own : service.locationQuotients(p, q.year)));
  const shiftShare = q.from !== undefined ? parts.flatMap((p) => service.shiftShare(p, q.from ?? q.year, q.year).rows) : [];
  const diversity = parts.flatMap((p) => service.diversity(p, q.year).rows);
  const subject = own?.subject;

  let potential: PotentialSheet | undefined;
  if (q.subject && own && subject) {
    const classified = own.rows.filter((r) => isActivity(r.sectorCode));
    const specialized = classified.filter((r) => isSpecialization(r.sectorCode, r.lq)).length;
    let rows: PotentialSectorRow[] = [];
    let note: string | null = null;
    try {
      // The whole ranking: the screen shows its first ten.
      rows = service.potentialSectors(base, q.year, q.subject, 200);
    } catch (error) {
      if (!(error instanceof ArranjoError) || error.code !== 'INVALID_INPUT') throw error;
      const refusal = economyRefusal(error.params);
      note =
        refusal?.reason === 'territory-no-data' || refusal?.reason === 'set-no-data'
          ? potentialNote(subject.name, 'no-data', q.locale, {
              year: refusal.year,
              count: refusal.reason === 'set-no-data' ? refusal.count : null,
            })
          : error.message;
    }
    if (rows.length === 0 && note === null) {
      note = potentialNote(subject.name, specialized === 0 ? 'none' : specialized === classified.length ? 'all' : 'far', q.locale);
    }
    potential = { subject, rows, note };
  }

  const years = q.from !== undefined ? [q.from, q.year] : [q.year];
  return economyWorkbook({
    locale: q.locale,
    classification: q.classification,
    measure: q.measure,
    year: q.year,
    from: q.from,
    reference: lq[0]?.reference ?? { label: '', territories: 0, total: 0 },
    subject,
    lq: lq.flatMap((r) => r.rows),
    shiftShare,
    diversity,
    potential,
    sources: new ActivityLevels(conn).sourcesOfYears(q.classification, q.measure, years),
    generatedAt: now,
  });
}
