import { CLASSIFICATIONS, MEASURES, type Classification, type Measure } from '../../../shared/domain/types';
import { ActivityLevels } from '../../../shared/features/economy';
import { ClassificationRepository } from '../../../shared/repositories/classification-repository';
import { TerritoryRepository } from '../../../shared/repositories/territory-repository';
import { ROW_FORMATS, type CliCommand } from '../command';
import { openDatabaseForReading } from '../workspace-file';

/**
 * → territory_code,territory_name,sector_code,sector_name,year,<measure>: the values stored at the
 * level asked, or rolled up to it from a finer CNAE level (subclass data read by division, section
 * or IBGE sector).
 */
export const employmentCommand: CliCommand = {
  name: 'employment',
  maxArguments: 1,
  usage:
    'arranjo employment <ws> --year Y [--classification ibge-setor|cnae-section|cnae-division|cnae-group|cnae-class|cnae-subclass]\n' +
    '                   [--measure jobs|payroll|establishments|value_added] [--format csv|json]',
  options: { year: { type: 'string' }, classification: { type: 'string' }, measure: { type: 'string' } },
  formats: ROW_FORMATS,
  async run(cmd) {
    // A reading command: the database alone, without evaluating every area of the engine.
    const conn = await openDatabaseForReading(cmd.positional(0, 'workspace file'));
    const year = cmd.year('year');
    const classification = cmd.choice<Classification>('classification', CLASSIFICATIONS, 'ibge-setor');
    const measure = cmd.choice<Measure>('measure', MEASURES, 'jobs');
    const records = new ActivityLevels(conn).records(classification, measure, year);
    const territories = new TerritoryRepository(conn).municipalityNames();
    const sectors = new Map(new ClassificationRepository(conn).list(classification).map((s) => [s.code, s.name]));
    const rows = [...records].sort((a, b) => a.territoryCode - b.territoryCode || a.sectorCode.localeCompare(b.sectorCode));
    return {
      rows: {
        header: ['territory_code', 'territory_name', 'sector_code', 'sector_name', 'year', measure],
        rows: rows.map((r) => [
          r.territoryCode,
          territories.get(r.territoryCode) ?? '',
          r.sectorCode,
          sectors.get(r.sectorCode) ?? r.sectorCode,
          year,
          r.value,
        ]),
      },
    };
  },
};
