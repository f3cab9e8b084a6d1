import type { SourceRow } from '../read/table-source';
import { clip } from '../values/text';
import { readText } from './cells';
import { label, type ConverterEnv } from './converter';

/**
 * Refuses, at its cell, a text longer than its field keeps: the forms' own limits (a title of 300
 * characters, a code of 40…; notes keep their longer ones). A 40,000-character title was imported,
 * and the record's form then refused to save it. Returns whether a cell was refused.
 */
export function refuseLongTexts<F extends string>(
  env: ConverterEnv,
  row: SourceRow,
  byField: ReadonlyMap<F, number>,
  limits: Readonly<Partial<Record<F, number>>>,
): boolean {
  let refused = false;
  for (const [field, column] of byField) {
    const max = limits[field];
    if (max === undefined) continue;
    const value = readText(row.cells[column]);
    if (value.length <= max) continue;
    env.issues.error(
      'field-too-long',
      row.row,
      label(env, column),
      `the text has ${value.length} characters; this field keeps at most ${max}. Shorten it in the file and import again.`,
      clip(value, 60),
      { length: value.length, max },
    );
    refused = true;
  }
  return refused;
}
