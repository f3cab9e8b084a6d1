import type { Connection } from '../../db/connection';
import { ArranjoError, describeLocation } from '../../errors';
import type { ImportMapping, ImportTarget } from '../../import/mapping/mapping-schema';
import { buildPreview } from '../../import/preview';
import { openTableSource } from '../../import/read/open-file';
import { cellToText, type TableSource } from '../../import/read/table-source';
import { lookupAnswers, municipalityCodeOf, readLookup } from '../../import/territory/lookup-sheet';
import { importFileOptionsSchema, type ImportFileOptions, type ImportRequest } from '../../import/request-schema';
import { ImportSession } from '../../import/session';
import { matchTemplates, nameSaysOther, pickTemplate } from '../../import/templates/match';
import { TemplateRegistry } from '../../import/templates/registry';
import {
  applyTemplate,
  misspeltColumns,
  nearestTemplate,
  templateFits,
  unmetRules,
  type ImportTemplate,
  type MisspeltColumn,
  type TemplateColumn,
} from '../../import/templates/template';
import type { ImportCounts, ImportIssue, ImportLayout, ProgressListener, UnresolvedTerritory } from '../../import/types';
import { headerKey } from '../../import/values/text';
import { TerritoryRepository } from '../../repositories/territory-repository';
import { parseInput } from '../../rpc/validate';
import { refuseIfInvalid } from '../../import/quick-import';
import type { ImportService } from './import-service';
import { MAPPING_FILE, parseMappingFile } from './mapping-file';
import { importRefusal } from '../../domain/import-codes';
import { noSuchSheet } from '../../import/layout/detect-layout';

export interface IssueLine {
  row: number | null;
  column: string | null;
  message: string;
}

/** What `arranjo import` prints (DESIGN.md §10), plus the template and sheet used. */
export interface ImportFileResult {
  batch: number | null;
  target: ImportTarget | null;
  template: string | null;
  sheet: string | null;
  rows: ImportCounts;
  warnings: IssueLine[];
  errors: IssueLine[];
  /** How many there are in all: `warnings` and `errors` list the first 1,000 of each. */
  issueCounts: { errors: number; warnings: number };
  /** With `skipInvalid`: every row left out and why (a territory left out names its first row and how many rows). */
  skipped: IssueLine[];
  /** True when nothing was (or, dry run, would be) written because the input was refused. */
  refused: boolean;
  /** The refusal in one line, for stderr. */
  message: string | null;
}

const MAX_LISTED = 1000;
/** Rows a lookup sheet may hold: every municipality of Brazil and a header. */
const LOOKUP_ROWS = 6_000;
const NO_COUNTS: ImportCounts = { read: 0, imported: 0, updated: 0, skipped: 0 };

function line(issue: ImportIssue): IssueLine {
  return { row: issue.row, column: issue.column, message: issue.message };
}

/** A header a letter or two from a column the template reads, as a warning: its values are not imported. */
function misspeltLine(m: MisspeltColumn, template: string): IssueLine {
  return {
    row: null,
    column: m.header,
    message: `column "${m.header}" is not read by ${template}: did you mean "${m.expected.replaceAll(' ', '_')}"? Its values were left out; rename the column to import them.`,
  };
}

/** A --mapping rule that met no column: its column was not read, and the headers as the rules see them. */
function unmetRuleLine(rule: TemplateColumn, sheet: string, layout: ImportLayout): IssueLine {
  const headers = layout.columns.filter((c) => c.header !== '').map((c) => `"${headerKey(c.header)}"`);
  return {
    row: null,
    column: null,
    message:
      `the mapping's rule "${rule.match}" (${rule.role}${rule.field ? ` ${rule.field}` : ''}) matches no column of sheet "${sheet}", so nothing was read for it. ` +
      `Rules see the headers in lower case, without accents, "_" and other punctuation as spaces: ${headers.slice(0, 12).join(', ')}${headers.length > 12 ? ', …' : ''}.`,
  };
}

/** The template given is not the one the file's name says (a RAIS "vinculos" file read as payroll). */
function otherTemplateLine(fileName: string, chosen: ImportTemplate, other: ImportTemplate): IssueLine {
  return {
    row: null,
    column: null,
    message: `--template ${chosen.id} reads ${chosen.label}, but the name "${fileName}" fits ${other.id} (${other.label}): check what the file holds before importing it.`,
  };
}

/**
 * --duplicates sum|mean|last given for a file it does not apply to: only economic data combines
 * repeated rows; works, measurements, indicators… keep one row per key and refuse a repeat (the
 * option was dropped without a word, and the repeat refused as if it had not been given).
 */
function duplicatesUnusedLine(how: string, target: string): IssueLine {
  return {
    row: null,
    column: null,
    message: `--duplicates ${how} applies to economic data (jobs, payroll, establishments, value added) only; this file (${target}) keeps one row per key, and a repeated key is an error.`,
  };
}

/** ", the closest is T, which also needs column(s) …" when a sheet of the file nearly fits a template; else "". */
function nearestSaid(sheets: readonly { name: string }[], templates: readonly ImportTemplate[], session: ImportSession): string {
  for (const sheet of sheets) {
    const layout = session.tryLayout(sheet.name);
    const near = layout && nearestTemplate(templates, layout);
    if (near)
      return `; the closest is ${near.template.id}, which also needs the column(s) ${near.missing.map((m) => m.replaceAll(' ', '_')).join(', ')}`;
  }
  return '';
}

/**
 * Refuses a workbook with several visible sheets the template fits when no sheet was named: the
 * first was imported and the others left out without a word (a workbook of one sheet per year).
 */
function refuseSheetsAlike(fileName: string, template: ImportTemplate, source: TableSource, session: ImportSession): void {
  const pattern = template.sheet ? new RegExp(template.sheet, 'i') : null;
  const fitting = source.sheets.filter((s) => {
    if (s.hidden || (pattern && !pattern.test(s.name))) return false;
    const layout = session.tryLayout(s.name);
    return layout !== null && templateFits(template, layout);
  });
  if (fitting.length < 2) return;
  const names = fitting.map((s) => `"${s.name}"`);
  throw new ArranjoError(
    'INVALID_INPUT',
    `${fileName}: the sheets ${names.slice(0, -1).join(', ')} and ${names.at(-1)} all have the columns of ${template.id}, and one import reads one sheet; choose it with --sheet (import the file once per sheet to have them all). Nothing was imported.`,
    { file: fileName },
    importRefusal('template', { candidates: template.id }),
  );
}

/**
 * The CLI's one-shot import: open, choose the template (given, from a mapping file, or the one
 * built-in the file leaves no doubt about), read, and commit — or only count with `dryRun`.
 * Every refusal comes back as a result with its errors, and nothing is written.
 */
export async function importFile(
  conn: Connection,
  service: ImportService,
  bytes: Uint8Array,
  fileName: string,
  options: ImportFileOptions,
  onProgress?: ProgressListener,
): Promise<ImportFileResult> {
  const opts = parseInput(importFileOptionsSchema, options, 'options');
  let template: string | null = null;
  let sheet: string | null = opts.sheet ?? null;
  let target: ImportTarget | null = null;
  try {
    const source = await openTableSource(bytes, fileName, { encoding: opts.encoding });
    // A --sheet the file lacks is that, not "no template matches" (a CSV's one table is named after the file).
    if (opts.sheet !== undefined && !source.sheets.some((s) => s.name === opts.sheet)) throw noSuchSheet(source, opts.sheet);
    const session = new ImportSession('cli', source);
    const registry = new TemplateRegistry(conn);
    let chosen: ImportTemplate | null = null;
    let mapping: ImportMapping | null = null;
    let resolutions: ImportRequest['resolutions'] = [];
    let lookupSheet: string | null = null;
    if (opts.mapping !== undefined) {
      const file = parseMappingFile(opts.mapping);
      chosen = file.template;
      mapping = file.mapping;
      resolutions = file.resolutions;
      lookupSheet = file.lookupSheet;
      sheet ??= file.sheet;
    } else if (opts.template) {
      chosen = registry.get(opts.template);
    } else {
      const candidates = opts.sheet ? source.sheets.filter((s) => s.name === opts.sheet) : source.sheets;
      const choice = pickTemplate(matchTemplates(fileName, candidates, registry.all(), (s) => session.tryLayout(s)));
      if (choice.kind === 'picked') {
        chosen = registry.get(choice.match.templateId);
        if (sheet === null) refuseSheetsAlike(fileName, chosen, source, session);
        sheet ??= choice.match.sheet;
      } else {
        // A file whose only table is empty or headers-only: that is the problem to report.
        const problems = candidates.map((c) => session.layoutProblem(c.name));
        if (choice.kind === 'none' && problems.every((p) => p !== null) && problems[0]) throw problems[0];
        const names = choice.kind === 'ambiguous' ? choice.candidates.map((c) => c.templateId) : [];
        // Candidates on different sheets (a workbook of works and of measurements): each with its sheet.
        const onSheets = new Set(choice.kind === 'ambiguous' ? choice.candidates.map((c) => c.sheet) : []).size > 1;
        const listed =
          choice.kind === 'ambiguous' && onSheets ? choice.candidates.map((c) => `${c.templateId} on sheet "${c.sheet}"`) : names;
        throw new ArranjoError(
          'INVALID_INPUT',
          choice.kind === 'ambiguous'
            ? `${fileName}: the layout fits several templates and the file does not say which (${listed.join(', ')}); choose one with --template${onSheets ? ' or a sheet with --sheet' : ''}.`
            : `${fileName}: no built-in template matches this file${nearestSaid(candidates, registry.all(), session)}; give --template or --mapping (arranjo templates lists them).`,
          { file: fileName },
          importRefusal('template', { candidates: names.join(',') }),
        );
      }
    }
    template = chosen?.id ?? null;
    if (sheet === null && chosen) refuseSheetsAlike(fileName, chosen, source, session);
    if (sheet === null) {
      const pattern = chosen?.sheet ? new RegExp(chosen.sheet, 'i') : null;
      const usable = source.sheets.filter((s) => (!pattern || pattern.test(s.name)) && session.tryLayout(s.name) !== null);
      // The first sheet the template fits: a workbook of works and measurements given --template
      // arranjo-medicoes read its first sheet, the works, and was refused.
      const fitting = chosen && usable.find((s) => templateFits(chosen, session.layout(s.name)));
      sheet = (fitting || usable[0] || source.sheets[0])?.name ?? '';
    }
    const layout = session.layout(sheet);
    mapping ??= applyTemplate(chosen as ImportTemplate, layout, { file: fileName });
    // What the template's choice may have missed: a name that says another template, misspelt headers.
    const other = opts.template && chosen ? nameSaysOther(fileName, chosen, registry.all(), layout) : null;
    const templateWarnings = chosen
      ? [
          ...(other ? [otherTemplateLine(fileName, chosen, other)] : []),
          ...misspeltColumns(chosen, layout).map((m) => misspeltLine(m, chosen.id)),
          ...(chosen.id === MAPPING_FILE ? unmetRules(chosen, layout).map((rule) => unmetRuleLine(rule, sheet ?? '', layout)) : []),
        ]
      : [];
    if (opts.decimal !== 'auto') mapping = { ...mapping, decimal: opts.decimal };
    if (opts.duplicates) mapping = { ...mapping, duplicates: opts.duplicates };
    if (opts.state !== undefined) mapping = { ...mapping, state: stateAbbr(conn, opts.state) };
    target = mapping.target;
    if (opts.duplicates && opts.duplicates !== 'refuse' && target !== 'employment')
      templateWarnings.push(duplicatesUnusedLine(opts.duplicates, target));
    if (lookupSheet !== null && !source.sheets.some((s) => s.name === lookupSheet)) {
      throw new ArranjoError(
        'INVALID_INPUT',
        `${fileName}: the mapping's lookupSheet "${lookupSheet}" is not a sheet of the file (sheets: ${source.sheets.map((s) => s.name).join(', ')}).`,
        { file: fileName, sheet: lookupSheet },
        importRefusal('mapping'),
      );
    }
    let request: ImportRequest = {
      sheet,
      layout: {},
      mapping,
      resolutions,
      excludeRows: [],
      template: template === MAPPING_FILE ? null : template,
      replaceOtherSources: opts.replaceOtherSources,
    };
    return await session.run(onProgress, async (control) => {
      let prepared = await session.prepare(conn, request, control);
      if (lookupSheet !== null && prepared.pass.unresolved.length > 0) {
        const answers = lookupResolutions(conn, source, lookupSheet, prepared.pass.unresolved, request.resolutions);
        if (answers.length > 0) {
          request = { ...request, resolutions: [...request.resolutions, ...answers] };
          prepared = await session.prepare(conn, request, control);
        }
      }
      let skipped: IssueLine[] = [];
      if (opts.skipInvalid) {
        const retry = skipInvalidRows(prepared.pass.issues.list({ severity: 'error' }), prepared.pass.unresolved, request);
        if (retry) {
          skipped = retry.skipped;
          prepared = await session.prepare(conn, retry.request, control);
        }
      }
      const warnings = [...templateWarnings, ...prepared.pass.issues.list({ severity: 'warning' }).slice(0, MAX_LISTED).map(line)];
      const errors = prepared.pass.issues.list({ severity: 'error' }).slice(0, MAX_LISTED).map(line);
      const issueCounts = {
        errors: prepared.pass.issues.errors,
        warnings: templateWarnings.length + prepared.pass.issues.warnings,
      };
      const base = { target, template: request.template, sheet, warnings, errors, issueCounts, skipped };
      try {
        refuseIfInvalid(prepared, fileName);
      } catch (error) {
        if (!(error instanceof ArranjoError)) throw error;
        const counts = { ...NO_COUNTS, read: prepared.pass.read, skipped: prepared.pass.skipped };
        return {
          ...base,
          batch: null,
          rows: counts,
          refused: true,
          message: error.message,
          errors: errors.length > 0 ? errors : [{ row: null, column: null, message: error.message }],
        };
      }
      // One shot: nothing more is read from the file, and the write runs faster without it in memory.
      session.releaseSource();
      if (opts.dryRun)
        return {
          ...base,
          batch: null,
          rows: buildPreview(conn, prepared.pass, sheet ?? '', prepared.definitions).counts,
          refused: false,
          message: null,
        };
      control.phase = 'writing';
      const written = service.write(prepared, fileName);
      return { ...base, batch: written.batchId, rows: written.counts, refused: false, message: null };
    });
  } catch (error) {
    if (!(error instanceof ArranjoError) || error.code === 'INTERNAL') throw error;
    const where = describeLocation(error.location);
    const message = where && !error.message.includes(where) ? `${error.message} (${where})` : error.message;
    return {
      batch: null,
      target,
      template: template === MAPPING_FILE ? null : template,
      sheet,
      rows: NO_COUNTS,
      warnings: [],
      errors: [{ row: error.location.row ?? null, column: error.location.column ?? null, message }],
      issueCounts: { errors: 1, warnings: 0 },
      skipped: [],
      refused: true,
      message,
    };
  }
}

/**
 * The state of `--state`: its abbreviation or name, checked against the workspace's states. Also
 * `arranjo initiatives --state`, which refuses an unknown state in the same words.
 */
export function stateAbbr(conn: Connection, given: string): string {
  const key = given.trim().toLowerCase();
  const state = new TerritoryRepository(conn).listStates().find((s) => s.abbr.toLowerCase() === key || s.name.toLowerCase() === key);
  if (!state)
    throw new ArranjoError(
      'INVALID_INPUT',
      `--state ${given}: not a Brazilian state; give its abbreviation (MG, SP…).`,
      {},
      importRefusal('mapping'),
    );
  return state.abbr;
}

/**
 * The mapping's `lookupSheet`: territories still unresolved (names only, ambiguous or unknown) that the
 * workbook's name → code sheet names, as resolutions (the mapping file's own answers first).
 */
function lookupResolutions(
  conn: Connection,
  source: TableSource,
  sheet: string,
  unresolved: readonly UnresolvedTerritory[],
  given: ImportRequest['resolutions'],
): ImportRequest['resolutions'] {
  const rows = source.head(sheet, LOOKUP_ROWS).map((r) => ({ cells: r.cells.map((c) => cellToText(c)) }));
  const lookup = readLookup(rows, municipalityCodeOf(new TerritoryRepository(conn).listMunicipalities().map((m) => m.code)));
  if (!lookup) {
    throw new ArranjoError(
      'INVALID_INPUT',
      `${source.fileName}, sheet ${sheet}: the lookup sheet has no column of IBGE municipality codes beside a column of names.`,
      { file: source.fileName, sheet },
      importRefusal('mapping'),
    );
  }
  const answered = new Set(given.map((r) => r.key));
  return [
    ...lookupAnswers(
      unresolved.filter((u) => !answered.has(u.key)),
      lookup,
    ),
  ].map(([key, code]) => ({ key, code }));
}

/**
 * `--skip-invalid`: the request again without the rows that have errors (and with each unresolved
 * territory left out), and those rows with their reasons. Null when nothing can be left out: no
 * errors, or a problem of the whole file (no row to leave out), which still refuses the import.
 */
function skipInvalidRows(
  errors: readonly ImportIssue[],
  unresolved: readonly UnresolvedTerritory[],
  request: ImportRequest,
): { request: ImportRequest; skipped: IssueLine[] } | null {
  if (errors.length === 0 || errors.some((e) => e.row === null)) return null;
  const territory = new Set(['unknown-territory', 'ambiguous-territory']);
  const rows = new Set(errors.filter((e) => !territory.has(e.code)).map((e) => e.row as number));
  return {
    request: {
      ...request,
      excludeRows: [...new Set([...request.excludeRows, ...rows])].sort((a, b) => a - b),
      resolutions: [...request.resolutions, ...unresolved.map((u) => ({ key: u.key, code: null }))],
    },
    skipped: errors.map(line),
  };
}
