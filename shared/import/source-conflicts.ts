import type { Connection } from '../db/connection';
import { ArranjoError } from '../errors';
import { importRefusal } from '../domain/import-codes';
import { ImportLookupRepository } from '../repositories/import-lookup-repository';
import type { ImportMapping } from './mapping/mapping-schema';
import type { PassResult } from './pipeline/run-pass';
import { TCU_PREVIEW_2022 } from './templates/built-ins';

/**
 * An import that would replace stored values of another source (issue 14): the Census 2022 count
 * of POP must not become the TCU preview because the TCU table's 2022 column was mapped to it by
 * hand. Values are the same series when their declared source is the same, or when they came from
 * a file of the same name (a corrected file again); values whose stored source names no publisher
 * (a hand-mapped file without a source) may be replaced as before. A stored value the file repeats
 * exactly is no conflict either (the TCU table's estimates over the demo's, which came from the same
 * publication under year-by-year source texts): only a value that would change is asked about.
 */
export interface SourceConflict {
  indicator: string;
  period: string;
  /** Values the import would replace. */
  count: number;
  /** The stored values' source, without the file name ("IBGE, Censo Demográfico 2022 — …"). */
  storedSource: string;
  /** The import's declared source, or null when the mapping names none (the file name only). */
  newSource: string | null;
  /** A code for storing the import's values as a series apart instead. */
  suggestedIndicator: string;
}

const MAX_CONFLICTS = 50;

/** The declared part of a stored source: "<declared> — <file>" or "<file>" (none) for imported values. */
export function declaredSource(source: string | null, sourceFile: string | null): string | null {
  if (source === null || source.trim() === '') return null;
  if (sourceFile === null) return source;
  if (source === sourceFile) return null;
  const suffix = ` — ${sourceFile}`;
  return source.endsWith(suffix) ? source.slice(0, -suffix.length) : source;
}

/** POP_TCU_PREVIA_2022 for the TCU table's 2022 column over the Census; else the code and the file's name. */
export function suggestSeparateIndicator(indicator: string, period: string, newSource: string | null, fileName: string): string {
  const tcu = /tcu/i.test(`${newSource ?? ''} ${fileName}`);
  if (indicator === 'POP' && period === '2022' && tcu) return TCU_PREVIEW_2022;
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${indicator}_${base || 'OUTRA_FONTE'}`.slice(0, 60).replace(/_+$/, '');
}

/**
 * The same value, up to the float noise some tables carry: the TCU table writes Porto Velho's 2018
 * estimate as 519530.99999999994, which the demo keeps and the importer reads as the count 519531.
 */
export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Stored values of another source that the pass's records would replace, by indicator, period and source. */
export function findSourceConflicts(conn: Connection, pass: PassResult, mapping: ImportMapping, fileName: string): SourceConflict[] {
  const { records } = pass;
  if (records.target !== 'indicator-values' && records.target !== 'population') return [];
  const store = records.store;
  if (store.length === 0) return [];
  const newSource = mapping.source?.trim() || null;
  const groups = new Map<string, SourceConflict>();
  new ImportLookupRepository(conn).eachIndicatorSource({ indicators: store.indicatorCodes(), periods: store.periods() }, (r) => {
    const incoming = store.valueOf(r.indicator_code, r.subject_kind, r.subject_code, r.period);
    // Not in the file, or the very value already stored: nothing of the other source would change.
    if (incoming === undefined || sameValue(incoming, r.value)) return;
    if (r.source_file !== null && r.source_file === fileName) return;
    const stored = declaredSource(r.source, r.source_file);
    if (stored === null || stored === newSource) return;
    const key = `${r.indicator_code}\u0000${r.period}\u0000${stored}`;
    const group = groups.get(key);
    if (group) group.count++;
    else
      groups.set(key, {
        indicator: r.indicator_code,
        period: r.period,
        count: 1,
        storedSource: stored,
        newSource,
        suggestedIndicator: suggestSeparateIndicator(r.indicator_code, r.period, newSource, fileName),
      });
  });
  return [...groups.values()]
    .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.period.localeCompare(b.period) || b.count - a.count)
    .slice(0, MAX_CONFLICTS);
}

/** Refuses writing over values of another source unless the user chose to replace them. */
export function refuseSourceConflicts(conflicts: readonly SourceConflict[], replaceOtherSources: boolean, fileName: string): void {
  const first = conflicts[0];
  if (!first || replaceOtherSources) return;
  const total = conflicts.reduce((n, c) => n + c.count, 0);
  throw new ArranjoError(
    'INVALID_INPUT',
    `${fileName}: ${total} stored value(s) of ${first.indicator} ${first.period} come from "${first.storedSource}", ` +
      `not from this file's source (${first.newSource ? `"${first.newSource}"` : 'none named'}); nothing was imported. ` +
      `Store the file's values as a separate series (e.g. indicator ${first.suggestedIndicator}), or choose to replace them.`,
    { file: fileName },
    importRefusal('source-conflict', {
      indicator: first.indicator,
      period: first.period,
      count: total,
      storedSource: first.storedSource,
      suggested: first.suggestedIndicator,
    }),
  );
}
