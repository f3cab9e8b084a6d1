import { z } from 'zod';
import { importRefusal } from '../../domain/import-codes';
import { ArranjoError } from '../../errors';
import { importMappingSchema, type ImportMapping } from '../../import/mapping/mapping-schema';
import { resolutionSchema, type ImportRequest } from '../../import/request-schema';
import { importTemplateSchema, type ImportTemplate } from '../../import/templates/template';
import { parseInput } from '../../rpc/validate';

/** The id a --mapping file written as a template (columns by header pattern) is read under. */
export const MAPPING_FILE = 'mapping-file';

/** A --mapping file: a template (columns by header pattern) or a wizard mapping (columns by index), with optional resolutions. */
export function parseMappingFile(json: unknown): {
  template: ImportTemplate | null;
  mapping: ImportMapping | null;
  resolutions: ImportRequest['resolutions'];
  sheet: string | null;
  /** A name → code sheet of the same workbook that resolves the territories given by name only. */
  lookupSheet: string | null;
} {
  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const resolutions = parseInput(z.array(resolutionSchema).max(100_000).default([]), record.resolutions, 'mapping.resolutions');
  const sheet = typeof record.sheet === 'string' ? record.sheet : null;
  const lookupSheet = parseInput(z.string().min(1).max(300).nullable().default(null), record.lookupSheet, 'mapping.lookupSheet');
  const columns = Array.isArray(record.columns) ? (record.columns as unknown[]) : [];
  const isTemplate = columns.some((c) => typeof c === 'object' && c !== null && 'match' in c);
  if (isTemplate) refuseStrayKeys(record);
  if (isTemplate)
    return {
      template: inMapping(() => parseInput(importTemplateSchema, { id: MAPPING_FILE, label: 'mapping file', ...record }, 'mapping')),
      mapping: null,
      resolutions,
      sheet,
      lookupSheet,
    };
  return { template: null, mapping: inMapping(() => parseInput(importMappingSchema, json, 'mapping')), resolutions, sheet, lookupSheet };
}

/** A mapping's refusal says it is the mapping's key, not a column of the file ("target: must be … (column target)"). */
function inMapping<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof ArranjoError)) throw error;
    throw new ArranjoError('INVALID_INPUT', `the mapping's ${error.message}`, {}, importRefusal('mapping'));
  }
}

/**
 * Refuses a key a mapping written as a template does not read: `"siteKind"` beside `"columns"`
 * instead of under `"fixed"` was dropped, and the import refused for want of what it said.
 */
function refuseStrayKeys(record: Record<string, unknown>): void {
  const known = [...new Set([...Object.keys(importTemplateSchema.shape), 'resolutions', 'sheet', 'lookupSheet'])];
  const stray = Object.keys(record).find((key) => !known.includes(key));
  if (stray === undefined) return;
  const fixed = Object.keys(importMappingSchema.shape).includes(stray);
  throw new ArranjoError(
    'INVALID_INPUT',
    `the mapping has "${stray}" beside "columns", where it is not read; ` +
      (fixed ? `put it under "fixed": {"fixed": {"${stray}": …}}.` : `its keys are ${known.map((k) => `"${k}"`).join(', ')}.`),
    {},
    importRefusal('mapping'),
  );
}
