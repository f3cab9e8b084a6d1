import { CLASSIFICATIONS, MEASURES, type Classification, type Measure } from '../../../shared/domain/types';
import { ArranjoError } from '../../../shared/errors';
import { EmploymentRepository } from '../../../shared/repositories/employment-repository';
import { openWorkspace } from '../context';
import type { CliCommand } from '../command';

/** → territory_code,territory_name,sector_code,sector_name,year,<measure> */
export const employmentCommand: CliCommand = {
  name: 'employment',
  usage:
    'arranjo employment <ws> --year Y [--classification ibge-setor|cnae-section|cnae-division]\n' +
    '                   [--measure jobs|payroll|establishments|value_added] [--format csv|json]',
  options: { year: { type: 'string' }, classification: { type: 'string' }, measure: { type: 'string' } },
  async run(cmd) {
    const engine = await openWorkspace(cmd.positional(0, 'workspace file'));
    const year = cmd.year('year');
    const classification = cmd.choice<Classification>('classification', CLASSIFICATIONS, 'ibge-setor');
    const measure = cmd.choice<Measure>('measure', MEASURES, 'jobs');
    const repo = new EmploymentRepository(engine.connection());
    const records = repo.records(classification, measure, year);
    if (records.length === 0) {
      const years = repo.years(classification, measure);
      throw new ArranjoError(
        'INVALID_INPUT',
        `No ${measure} data for ${year} in classification ${classification}. ` +
          (years.length ? `Years available: ${years.join(', ')}.` : 'Import data first (arranjo import).'),
      );
    }
    return {
      rows: {
        header: ['territory_code', 'territory_name', 'sector_code', 'sector_name', 'year', measure],
        rows: records.map((r) => [r.territoryCode, r.territoryName, r.sectorCode, r.sectorName, r.year, r.value]),
      },
    };
  },
};
