import { parseReference, type EconomyQuery, type ReferenceSpec } from '../../../shared/features/economy/types';
import { CLASSIFICATIONS, MEASURES, type Classification, type Measure } from '../../../shared/domain/types';
import type { Connection } from '../../../shared/db/connection';
import { EmploymentRepository } from '../../../shared/repositories/employment-repository';
import { TerritoryRepository } from '../../../shared/repositories/territory-repository';
import { ArranjoError } from '../../../shared/errors';
import { ROW_FORMATS, type CliCommand, type CommandResult, type ParsedCommand } from '../command';
import { openDatabaseForReading } from '../workspace-file';
import { EconomyService } from '../../../shared/features/economy/economy-service';
import { lqRowList, shiftShareRowList } from './analysis-columns';
import { lazyRows } from '../output';

const ANALYSES = ['lq', 'shift-share', 'diversity'] as const;
type Analysis = (typeof ANALYSES)[number];

/** The default reference: the one state all the data belongs to, else the country. */
function defaultReference(conn: Connection): ReferenceSpec {
  const stateCodes = new EmploymentRepository(conn).statesWithData();
  if (stateCodes.length !== 1) return { kind: 'country' };
  const state = new TerritoryRepository(conn).listStates().find((s) => s.code === stateCodes[0]);
  return state ? { kind: 'state', abbr: state.abbr } : { kind: 'country' };
}

/** The territory set of an initiative (its code), as the Initiatives area names it; that area's code loaded only here. */
async function initiativeSetName(conn: Connection, code: string): Promise<string> {
  const [{ InitiativeService }, { History }] = await Promise.all([
    import('../../../shared/features/initiatives/initiative-service'),
    import('../../../shared/engine/history'),
  ]);
  return new InitiativeService(conn, new History(), () => new Date().toISOString()).profile(code).territorySetName;
}

async function query(cmd: ParsedCommand, conn: Connection): Promise<EconomyQuery> {
  const raw = cmd.string('reference');
  // `initiative:<code>` is the initiative's territory set, as `set:<its name>` would be.
  const initiative = raw === undefined ? null : /^initiative:(.+)$/.exec(raw);
  const reference = initiative
    ? { kind: 'set' as const, name: await initiativeSetName(conn, (initiative[1] ?? '').trim()) }
    : raw === undefined
      ? defaultReference(conn)
      : parseReference(raw);
  if (!reference)
    throw new ArranjoError('INVALID_INPUT', `--reference must be state:<UF>, country, set:<name> or initiative:<code>, not "${raw}".`);
  return {
    classification: cmd.choice<Classification>('classification', CLASSIFICATIONS, 'ibge-setor'),
    measure: cmd.choice<Measure>('measure', MEASURES, 'jobs'),
    reference,
  };
}

/**
 * The query checked as the engine's analyzeDiversity checks it (shared/features/economy/schemas.ts).
 * What the command line can get wrong of it is the year (1900–2200) and a set's name (1–200
 * characters); a query within those passes that schema, so it is only loaded (with zod, a tenth of a
 * second) to word the refusal of one that is not.
 */
async function diversityQuery(q: EconomyQuery & { year: number }): Promise<EconomyQuery & { year: number }> {
  const name = q.reference.kind === 'set' ? q.reference.name : 'x';
  if (Number.isInteger(q.year) && q.year >= 1900 && q.year <= 2200 && name.length >= 1 && name.length <= 200) return q;
  const [{ yearQuerySchema }, { parseInput }] = await Promise.all([
    import('../../../shared/features/economy/schemas'),
    import('../../../shared/rpc/validate'),
  ]);
  return parseInput(yearQuerySchema, q, 'query');
}

async function run(analysis: Analysis, cmd: ParsedCommand, conn: Connection): Promise<CommandResult> {
  const q = await query(cmd, conn);
  // LQ and shift-share: a national table has half a million rows, written from the engine's columns.
  const economy = new EconomyService(conn);
  if (analysis === 'lq') {
    return {
      rows: {
        header: ['territory_code', 'territory_name', 'sector_code', 'sector_name', 'year', q.measure, 'lq'],
        rows: lqRowList(economy.locationQuotientColumns(q, cmd.year('year'))),
      },
    };
  }
  if (analysis === 'shift-share') {
    const columns = economy.shiftShareColumns(q, cmd.year('from'), cmd.year('to'));
    return {
      rows: {
        header: [
          'territory_code',
          'territory_name',
          'sector_code',
          'sector_name',
          `${q.measure}_from`,
          `${q.measure}_to`,
          'reference_share',
          'industry_mix',
          'regional_shift',
          'total_change',
        ],
        rows: shiftShareRowList(columns),
      },
    };
  }
  const dq = await diversityQuery({ ...q, year: cmd.year('year') });
  const { rows } = economy.diversity(dq, dq.year);
  return {
    rows: {
      header: ['territory_code', 'territory_name', 'year', 'hhi', 'shannon', 'krugman'],
      rows: lazyRows(rows, (r) => [r.territoryCode, r.territoryName, r.year, r.hhi, r.shannon, r.krugman]),
    },
  };
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  maxArguments: 2,
  usage:
    'arranjo analyze lq <ws> --year Y [--classification C] [--reference state:MG|country|set:<name>] [--format csv]\n' +
    '  arranjo analyze shift-share <ws> --from Y0 --to Y1 [--classification C] [--reference R] [--format csv]\n' +
    '  arranjo analyze diversity <ws> --year Y [--classification C] [--format csv]\n' +
    '      (empty cells: the value cannot be computed, e.g. a territory without jobs; --measure jobs|payroll|…)',
  options: {
    year: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    classification: { type: 'string' },
    measure: { type: 'string' },
    reference: { type: 'string' },
  },
  formats: ROW_FORMATS,
  async run(cmd) {
    const analysis = cmd.positional(0, `analysis (${ANALYSES.join(', ')})`);
    if (!(ANALYSES as readonly string[]).includes(analysis)) {
      throw new ArranjoError('INVALID_INPUT', `Unknown analysis "${analysis}": choose ${ANALYSES.join(', ')}.`);
    }
    // Only the database: the analyses read it through the economy service, not the whole engine.
    const conn = await openDatabaseForReading(cmd.positional(1, 'workspace file'));
    return run(analysis as Analysis, cmd, conn);
  },
};
