import { SITE_KINDS, type SiteKind } from '../../domain/types';
import { siteInputSchema, type SiteInput } from '../../domain/schemas';
import type { SourceRow } from '../read/table-source';
import type { SiteField } from '../mapping/mapping-schema';
import { clip, headerKey, nameKey, normalizeName } from '../values/text';
import { readNumber, readText } from './cells';
import {
  columnsWith,
  label,
  mappingError,
  oneColumn,
  TerritoryReader,
  type ConverterEnv,
  type RowConverter,
  type RowOutcome,
} from './converter';

export interface SiteRecord {
  input: SiteInput & { kind: SiteKind };
  sourceRow: number;
}

/** Sites of one import (few: plain objects), keyed by code so a file cannot give one twice. */
export class SiteStore {
  readonly records: SiteRecord[] = [];
  private readonly rows = new Map<string, number>();

  add(record: SiteRecord): number | null {
    const first = this.rows.get(record.input.code);
    if (first !== undefined) return first;
    this.rows.set(record.input.code, record.sourceRow);
    this.records.push(record);
    return null;
  }

  get length(): number {
    return this.records.length;
  }
}

const KIND_SYNONYMS: readonly [RegExp, SiteKind][] = [
  [/^(di|distrito industrial|distrito|industrial district)/, 'industrial-district'],
  [/^(polo|productive pole)/, 'productive-pole'],
  [/^(cluster|apl|arranjo produtivo|iniciativa|cluster initiative)/, 'cluster-initiative'],
  [/^(arranjo comunitario|comunidade|community)/, 'community-arrangement'],
];

function parseKind(text: string): SiteKind | null {
  const raw = text.trim().toLowerCase();
  if ((SITE_KINDS as readonly string[]).includes(raw)) return raw as SiteKind;
  const key = headerKey(text);
  return KIND_SYNONYMS.find(([re]) => re.test(key))?.[1] ?? null;
}

const NUMBER_FIELDS: ReadonlySet<SiteField> = new Set([
  'areaHa',
  'lotsTotal',
  'lotsOccupied',
  'lotsAvailable',
  'firms',
  'jobs',
  'lat',
  'lon',
]);

/** "Distrito Industrial de Santa Luzia" → "SANTA-LUZIA", as the demo workspace codes its districts. */
function slug(text: string): string {
  return (
    normalizeName(text.replace(/^distrito industrial (de |do |da )?/i, ''))
      .replace(/ /g, '-')
      .slice(0, 40) || 'SITE'
  );
}

/**
 * Sites (industrial districts, poles, clusters): one per row, matched to the workspace by code —
 * or, without a code column, by name and municipality — so a re-import updates them in place.
 */
export function siteConverter(env: ConverterEnv, store: SiteStore, existing: ReadonlyMap<string, string>): RowConverter {
  const fields = columnsWith(env.mapping, 'site-field');
  const byField = new Map(fields.map((f) => [f.role.field, f.column]));
  if (!byField.has('name')) throw mappingError(env, 'map the column with the site names.');
  if (!byField.has('kind') && !env.mapping.siteKind)
    throw mappingError(env, 'choose the kind of the sites (industrial district, productive pole…) or map a kind column.');
  const hasTerritory = oneColumn(env, 'territory') !== null || oneColumn(env, 'territory-name') !== null;
  const territory = hasTerritory ? new TerritoryReader(env) : null;

  return {
    valueColumns: [],
    convert(row: SourceRow): RowOutcome {
      const place = territory ? territory.read(row) : null;
      if (place === 'skip') return 'skipped';
      let failed = place === 'failed';
      const input: Record<string, unknown> = { source: env.mapping.source ?? env.file };
      for (const [field, column] of byField) {
        const cell = row.cells[column];
        if (NUMBER_FIELDS.has(field)) {
          const parsed = readNumber(cell, env.decimal(column), env.mapping.dashAsZero);
          if (parsed.kind === 'number') input[field] = parsed.value;
          else if (parsed.kind === 'invalid') {
            env.issues.error('not-a-number', row.row, label(env, column), `"${clip(parsed.text, 40)}" is not a number.`);
            failed = true;
          }
        } else if (field === 'kind') {
          const text = readText(cell);
          const kind = text === '' ? (env.mapping.siteKind ?? null) : parseKind(text);
          if (!kind) {
            env.issues.error(
              'bad-site-kind',
              row.row,
              label(env, column),
              `"${clip(text, 40)}" is not a site kind (${SITE_KINDS.join(', ')}).`,
            );
            failed = true;
          } else input.kind = kind;
        } else {
          const text = readText(cell);
          if (text !== '') input[field] = text;
        }
      }
      input.kind ??= env.mapping.siteKind;
      if (place && typeof place === 'object') input.municipalityCode = place.code;
      const name = typeof input.name === 'string' ? input.name : '';
      if (input.code === undefined && name !== '') {
        input.code = existing.get(`${nameKey(name)}|${place && typeof place === 'object' ? place.code : ''}`) ?? `DI-${slug(name)}`;
      }
      const parsed = siteInputSchema.safeParse(input);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '') as SiteField;
          const column = byField.get(field);
          env.issues.error('bad-site-field', row.row, column === undefined ? field : label(env, column), `${field}: ${issue.message}`);
        }
        return 'failed';
      }
      if (failed) return 'failed';
      const first = store.add({ input: { ...parsed.data, kind: parsed.data.kind }, sourceRow: row.row });
      if (first !== null) {
        env.issues.error(
          'duplicate-key',
          row.row,
          label(env, byField.get('code') ?? byField.get('name') ?? 0),
          `site ${parsed.data.code} was already given in row ${first}.`,
          undefined,
          { first },
        );
        return 'failed';
      }
      return 'imported';
    },
  };
}
