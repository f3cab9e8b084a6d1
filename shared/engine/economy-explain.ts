import type { Connection } from '../db/connection';
import type { EconomyQuery, ReferenceInfo } from '../domain/economy';
import { ArranjoError } from '../errors';
import { EmploymentRepository } from '../repositories/employment-repository';
import { EconomyService } from './economy-service';

export interface ExplanationInput {
  symbol: string;
  description: string;
  value: number;
}

/** "Why this value": the formula, each input with where it came from, and the reference region. */
export interface Explanation {
  quantity: 'lq';
  formula: string;
  value: number | null;
  reason: string | null;
  inputs: ExplanationInput[];
  reference: ReferenceInfo;
  year: number;
  sources: { file: string; importedAt: string }[];
  citation: string;
}

export function explainLocationQuotient(
  conn: Connection,
  query: EconomyQuery,
  year: number,
  territoryCode: number,
  sectorCode: string,
): Explanation {
  const service = new EconomyService(conn);
  const { rows, reference } = service.locationQuotients({ ...query, territories: [territoryCode] }, year);
  const row = rows.find((r) => r.sectorCode === sectorCode);
  if (!row) throw new ArranjoError('NOT_FOUND', `No ${query.measure} for territory ${territoryCode}, sector ${sectorCode} in ${year}.`);
  const territoryTotal = rows.reduce((a, r) => a + r.value, 0);
  const sectorReference = service.referenceSectorTotal(query, year, sectorCode);
  return {
    quantity: 'lq',
    formula: 'LQ = (E_ij / E_j) / (E_i / E)',
    value: row.lq,
    reason: row.reason,
    inputs: [
      { symbol: 'E_ij', description: `${query.measure} in ${row.sectorName}, ${row.territoryName}`, value: row.value },
      { symbol: 'E_j', description: `${query.measure} in all sectors, ${row.territoryName}`, value: territoryTotal },
      { symbol: 'E_i', description: `${query.measure} in ${row.sectorName}, ${reference.label}`, value: sectorReference },
      { symbol: 'E', description: `${query.measure} in all sectors, ${reference.label}`, value: reference.total },
    ],
    reference,
    year,
    sources: new EmploymentRepository(conn).sources(query.classification, query.measure, year),
    citation: 'Hoover (1936), Balassa (1965): the location quotient as a share ratio (DESIGN.md §4).',
  };
}
