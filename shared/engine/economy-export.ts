import type { Connection } from '../db/connection';
import { economyWorkbook } from '../export/economy-workbook';
import { EmploymentRepository } from '../repositories/employment-repository';
import type { EconomyExportQuery } from '../rpc/economy-schemas';
import { EconomyService } from './economy-service';

/** Runs the analyses for the query and writes what is shown into a workbook, with its sources. */
export async function exportEconomy(conn: Connection, q: EconomyExportQuery, now: string): Promise<Uint8Array> {
  const service = new EconomyService(conn);
  const lq = service.locationQuotients(q, q.year);
  const shiftShare = q.from !== undefined ? service.shiftShare(q, q.from, q.year).rows : [];
  const employment = new EmploymentRepository(conn);
  const years = q.from !== undefined ? [q.from, q.year] : [q.year];
  return economyWorkbook({
    locale: q.locale,
    classification: q.classification,
    measure: q.measure,
    year: q.year,
    from: q.from,
    reference: lq.reference,
    lq: lq.rows,
    shiftShare,
    diversity: service.diversity(q, q.year).rows,
    sources: years.flatMap((year) => employment.sources(q.classification, q.measure, year).map((s) => ({ year, ...s }))),
    generatedAt: now,
  });
}
