import type { Connection } from '../../db/connection';
import type { EconomyQuery, EconomySubject, MemberPart, ReferenceInfo, SubjectInfo } from './types';
import { ActivityLevels } from './activity-levels';
import { economyRefusal } from './economy-refusals';
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
  subject: SubjectInfo;
  /**
   * A custom territory's E_ij and E_j are sums over its municipalities: each member's part, so the
   * planner can check the sum. Null for a municipality.
   */
  members: MemberPart[] | null;
}

export function explainLocationQuotient(
  conn: Connection,
  query: EconomyQuery,
  year: number,
  subject: EconomySubject,
  sectorCode: string,
): Explanation {
  const x = new EconomyService(conn).lqInputs(query, year, subject, sectorCode);
  const { row, reference } = x;
  if (!row) {
    throw economyRefusal(
      'no-value',
      { measure: query.measure, subject: x.subject.name, sector: sectorCode, year },
      `No ${query.measure} for ${x.subject.name}, sector ${sectorCode} in ${year}.`,
      'NOT_FOUND',
    );
  }
  const summed =
    x.members !== null
      ? ` (sum of ${x.members.length} municipalities${x.members.some((m) => !m.hasData) ? ', some without data' : ''})`
      : '';
  return {
    quantity: 'lq',
    formula: 'LQ = (E_ij / E_j) / (E_i / E)',
    value: row.lq,
    reason: row.reason,
    inputs: [
      { symbol: 'E_ij', description: `${query.measure} in ${row.sectorName}, ${row.territoryName}${summed}`, value: row.value },
      { symbol: 'E_j', description: `${query.measure} in all sectors, ${row.territoryName}${summed}`, value: x.territoryTotal },
      { symbol: 'E_i', description: `${query.measure} in ${row.sectorName}, ${reference.label}`, value: x.sectorReference },
      { symbol: 'E', description: `${query.measure} in all sectors, ${reference.label}`, value: reference.total },
    ],
    reference,
    year,
    sources: new ActivityLevels(conn).sources(query.classification, query.measure, year),
    citation: 'Hoover (1936), Balassa (1965): the location quotient as a share ratio (DESIGN.md §4).',
    subject: x.subject,
    members: x.members,
  };
}
