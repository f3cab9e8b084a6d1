import m0001 from './0001_initial.sql?raw';
import m0002 from './0002_import.sql?raw';
import m0003 from './0003_scenarios.sql?raw';
import m0004 from './0004_compare.sql?raw';
import m0005 from './0005_works.sql?raw';
import m0006 from './0006_attraction.sql?raw';
import m0007 from './0007_initiatives.sql?raw';
import m0008 from './0008_programmes.sql?raw';
import m0009 from './0009_templates_all_targets.sql?raw';
import m0010 from './0010_attraction_ahp.sql?raw';
import m0011 from './0011_programme_actual_parts.sql?raw';
import m0012 from './0012_indicator_periods_index.sql?raw';
import m0013 from './0013_employment_by_level.sql?raw';
import m0014 from './0014_value_sources.sql?raw';
import m0015 from './0015_checks_without_in_lists.sql?raw';
import m0016 from './0016_cnae_names.sql?raw';
import m0017 from './0017_initiative_alias.sql?raw';
import m0018 from './0018_alphanumeric_cnpj.sql?raw';
import m0019 from './0019_meeting_views_all_areas.sql?raw';
import m0020 from './0020_meeting_views_economy.sql?raw';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration in order; `version` is what `PRAGMA user_version` holds after it ran. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_initial', sql: m0001 },
  { version: 2, name: '0002_import', sql: m0002 },
  { version: 3, name: '0003_scenarios', sql: m0003 },
  { version: 4, name: '0004_compare', sql: m0004 },
  { version: 5, name: '0005_works', sql: m0005 },
  { version: 6, name: '0006_attraction', sql: m0006 },
  { version: 7, name: '0007_initiatives', sql: m0007 },
  { version: 8, name: '0008_programmes', sql: m0008 },
  { version: 9, name: '0009_templates_all_targets', sql: m0009 },
  { version: 10, name: '0010_attraction_ahp', sql: m0010 },
  { version: 11, name: '0011_programme_actual_parts', sql: m0011 },
  { version: 12, name: '0012_indicator_periods_index', sql: m0012 },
  { version: 13, name: '0013_employment_by_level', sql: m0013 },
  { version: 14, name: '0014_value_sources', sql: m0014 },
  { version: 15, name: '0015_checks_without_in_lists', sql: m0015 },
  { version: 16, name: '0016_cnae_names', sql: m0016 },
  { version: 17, name: '0017_initiative_alias', sql: m0017 },
  { version: 18, name: '0018_alphanumeric_cnpj', sql: m0018 },
  { version: 19, name: '0019_meeting_views_all_areas', sql: m0019 },
  { version: 20, name: '0020_meeting_views_economy', sql: m0020 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
