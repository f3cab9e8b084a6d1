import type { Connection } from '../db/connection';
import { IndicatorRepository, type IndicatorDefinition } from '../repositories/indicator-repository';
import type { ImportMapping } from './mapping/mapping-schema';
import { detectLayout } from './layout/detect-layout';
import { cellToText, type PassControl, type TableSource } from './read/table-source';
import type { ImportLayout } from './types';
import { cleanText, headerKey } from './values/text';

/** IBGE resident population, the indicator the population target and the demo workspace write. */
export const POPULATION_INDICATOR: IndicatorDefinition = {
  code: 'POP',
  namePt: 'População residente',
  nameEn: 'Resident population',
  nameEs: 'Población residente',
  unit: 'hab.',
  direction: 'neutral',
  category: 'demography',
  description:
    'IBGE resident population: the Census counts for 2010 and 2022, IBGE estimates sent to TCU for the other years; each value names its source.',
  source: 'IBGE',
};

export interface DictionaryEntry {
  name: string;
  description: string;
}

/** Dictionary codes are compared without spaces and case: the Atlas writes "IDHM_ E" for IDHM_E. */
function dictionaryKey(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** Reads a dictionary sheet of the same workbook (code → name, description). */
export async function readDictionary(
  source: TableSource,
  mapping: ImportMapping,
  control: PassControl,
): Promise<Map<string, DictionaryEntry>> {
  const entries = new Map<string, DictionaryEntry>();
  const spec = mapping.dictionary;
  if (!spec || !source.sheets.some((s) => s.name === spec.sheet)) return entries;
  const layout = detectLayout(source, spec.sheet);
  const find = (header: string): number | undefined => layout.columns.find((c) => headerKey(c.header) === headerKey(header))?.index;
  const code = find(spec.codeColumn);
  const name = find(spec.nameColumn);
  const descriptions = spec.descriptionColumns.map(find).filter((i): i is number => i !== undefined);
  if (code === undefined || name === undefined) return entries;
  for await (const chunk of source.rows(spec.sheet, layout.dataStart, control)) {
    for (const row of chunk) {
      const key = cleanText(cellToText(row.cells[code] ?? null));
      if (key === '') continue;
      const text = descriptions
        .map((i) => cleanText(cellToText(row.cells[i] ?? null)))
        .filter((t, i, all) => t !== '' && all.indexOf(t) === i);
      entries.set(dictionaryKey(spec.prefix + key), {
        name: cleanText(cellToText(row.cells[name] ?? null)),
        description: text.join(' — '),
      });
    }
  }
  return entries;
}

/**
 * Definitions for the indicators an import brings that the workspace does not have yet: names
 * from the mapping, then the file's dictionary, then the column header. Existing definitions are
 * never changed by an import (the planner may have edited them).
 */
export function newIndicatorDefinitions(
  conn: Connection,
  codes: readonly string[],
  mapping: ImportMapping,
  layout: ImportLayout,
  dictionary: ReadonlyMap<string, DictionaryEntry>,
  fileName: string,
): IndicatorDefinition[] {
  const existing = new Set(new IndicatorRepository(conn).list().map((d) => d.code));
  const headers = new Map<string, string>();
  for (const c of mapping.columns)
    if ((c.role.role === 'indicator-value' || c.role.role === 'year-value') && c.role.indicator)
      headers.set(c.role.indicator, layout.columns[c.column]?.header ?? c.role.indicator);
  const source = mapping.source ?? fileName;
  return codes
    .filter((code) => !existing.has(code))
    .map((code) => {
      if (code === POPULATION_INDICATOR.code && mapping.target === 'population') return POPULATION_INDICATOR;
      const patch = mapping.indicators[code] ?? {};
      const entry = dictionary.get(dictionaryKey(code));
      const namePt = patch.namePt ?? (entry?.name || headers.get(code) || code);
      return {
        code,
        namePt,
        nameEn: patch.nameEn ?? namePt,
        nameEs: patch.nameEs ?? namePt,
        unit: patch.unit ?? '',
        direction: patch.direction ?? 'neutral',
        category: patch.category ?? (mapping.target === 'population' ? 'demography' : 'imported'),
        description: patch.description ?? (entry?.description || `Imported from ${fileName}, column ${headers.get(code) ?? code}.`),
        source,
      };
    });
}
