import m0001 from './0001_initial.sql?raw';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration in order; `version` is what `PRAGMA user_version` holds after it ran. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: '0001_initial', sql: m0001 }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
