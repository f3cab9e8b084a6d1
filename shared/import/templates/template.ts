import { z } from 'zod';
import { ArranjoError } from '../../errors';
import { columnRoleSchema, IMPORT_TARGETS, importMappingSchema, type ColumnRole, type ImportMapping } from '../mapping/mapping-schema';
import type { ImportLayout } from '../types';
import { compilePattern, execPattern, patternProblem } from '../../text/safe-pattern';
import { editDistance } from '../../text/edit-distance';
import { headerKey } from '../values/text';
import { yearInHeader } from '../values/year';
import { importRefusal } from '../../domain/import-codes';
import { sectorLevelOf } from '../mapping/suggest';

/**
 * A rule giving a role to the columns whose header matches. `match` is a regular expression on
 * the header as `headerKey` writes it (lower case, no accents, punctuation as spaces: "COD. MUNIC"
 * → "cod munic"). In the role, "$1" stands for the first capture and "$0" for the header as
 * written (an indicator code such as ER_EMPRSF).
 */
/** A header, sheet or file-name pattern: valid, and safe to run (see shared/text/safe-pattern.ts). */
const patternSchema = z
  .string()
  .max(500)
  .superRefine((source, ctx) => {
    const problem = patternProblem(source);
    if (problem) ctx.addIssue({ code: 'custom', message: `"${source.slice(0, 80)}" ${problem}` });
  });

export const templateColumnSchema = z.object({
  match: patternSchema.and(z.string().min(1)),
  role: z.string().min(1).max(40),
  measure: z.string().max(40).optional(),
  sectorCode: z.string().max(40).optional(),
  year: z.string().max(40).optional(),
  indicator: z.string().max(80).optional(),
  field: z.string().max(40).optional(),
  /** period-value: the cells are the period's own amounts, added up into the cumulative value. */
  perPeriod: z.boolean().optional(),
  /** The file must have this column for the template to apply. */
  required: z.boolean().optional(),
});
export type TemplateColumn = z.infer<typeof templateColumnSchema>;

export const importTemplateSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-" only'),
  label: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  target: z.enum(IMPORT_TARGETS),
  /** Regular expression on the sheet name (case-insensitive); any sheet when absent. */
  sheet: patternSchema.and(z.string().max(200)).optional(),
  /** When the layout fits, the file name must also match this (case-insensitive) for the CLI to pick it alone. */
  fileName: patternSchema.and(z.string().max(200)).optional(),
  columns: z.array(templateColumnSchema).min(1).max(500),
  /** Everything of the mapping that is not a column: year, measure, classification, indicator names… */
  fixed: importMappingSchema.omit({ target: true, columns: true }).partial().default({}),
});
export type ImportTemplate = z.infer<typeof importTemplateSchema>;
export type ImportTemplateInput = z.input<typeof importTemplateSchema>;

function substitute(text: string | undefined, match: RegExpExecArray, header: string): string | undefined {
  if (text === undefined) return undefined;
  return text.replace(/\$(\d)/g, (_, n: string) =>
    n === '0' ? header.trim().replace(/[^A-Za-z0-9_.-]+/g, '_') : (match[Number(n)] ?? ''),
  );
}

function roleFor(rule: TemplateColumn, match: RegExpExecArray, header: string): ColumnRole | null {
  const yearText = substitute(rule.year, match, header);
  const year =
    yearText === undefined
      ? undefined
      : /^\d{2}$/.test(yearText)
        ? (Number(yearText) < 50 ? 2000 : 1900) + Number(yearText)
        : (yearInHeader(yearText) ?? Number(yearText));
  const parsed = columnRoleSchema.safeParse({
    role: rule.role,
    measure: rule.measure,
    sectorCode: substitute(rule.sectorCode, match, header),
    year,
    indicator: substitute(rule.indicator, match, header),
    field: rule.field,
    perPeriod: rule.perPeriod,
  });
  return parsed.success ? parsed.data : null;
}

/**
 * Which template rule each column of the layout meets (columns without a header match nothing).
 * Columns with data come first; then a column whose cells are all empty may still meet a required
 * rule that no column with data met: its header is the one the layout names (an `arranjo-metas`
 * file whose baseline column is blank is still that file), while a rule met already (an indicator
 * per column) does not take a column that holds nothing.
 */
function matchColumns(template: ImportTemplate, layout: ImportLayout): { column: number; rule: number; match: RegExpExecArray }[] {
  const found: { column: number; rule: number; match: RegExpExecArray }[] = [];
  const patterns = template.columns.map((c) => compilePattern(c.match));
  const pass = (empty: boolean): void => {
    const met = new Set(found.map((f) => f.rule));
    for (const column of layout.columns) {
      if (column.header === '' || (column.kind === 'empty') !== empty) continue;
      const key = headerKey(column.header);
      for (let r = 0; r < patterns.length; r++) {
        if (empty && (!template.columns[r]?.required || met.has(r))) continue;
        const pattern = patterns[r];
        const match = pattern ? execPattern(pattern, key) : null;
        if (match) {
          found.push({ column: column.index, rule: r, match });
          break;
        }
      }
    }
  };
  pass(false);
  pass(true);
  return found.sort((a, b) => a.column - b.column);
}

/** Whether the layout has every required column of the template. */
export function templateFits(template: ImportTemplate, layout: ImportLayout): boolean {
  const matched = new Set(matchColumns(template, layout).map((m) => m.rule));
  return template.columns.every((c, i) => !c.required || matched.has(i));
}

/** A rule's column name when its pattern is a plain name ("^planned end$" → "planned end"), else null. */
function plainName(pattern: string): string | null {
  return /^\^([a-z0-9]+(?: [a-z0-9]+)*)\$$/.exec(pattern)?.[1] ?? null;
}

/** How many letters a header may differ from a column name and still be it misspelt: one, two from 8 letters. */
const slack = (name: string): number => (name.length >= 8 ? 2 : 1);

/** The plain name a header is a letter or two away from, among `names`, or null. */
function misspeltName(key: string, names: readonly string[]): string | null {
  return names.find((name) => Math.abs(name.length - key.length) <= slack(name) && editDistance(key, name) <= slack(name)) ?? null;
}

/** A header the template does not read, close to the name of a column it reads ("contrator": contractor). */
export interface MisspeltColumn {
  column: number;
  header: string;
  /** The template's column name it is close to, as `headerKey` writes it ("contractor", "planned end"). */
  expected: string;
}

/**
 * Headers the template leaves unread that are a letter or two from a column it reads and did not
 * find: a canonical file's "contrator" column was dropped without a word, its values lost.
 */
export function misspeltColumns(template: ImportTemplate, layout: ImportLayout): MisspeltColumn[] {
  const matches = matchColumns(template, layout);
  const read = new Set(matches.map((m) => m.column));
  const met = new Set(matches.map((m) => m.rule));
  const unmet = template.columns.flatMap((c, i) => {
    const name = met.has(i) ? null : plainName(c.match);
    return name === null ? [] : [name];
  });
  const out: MisspeltColumn[] = [];
  for (const column of layout.columns) {
    // An empty column loses nothing (an optional rule leaves it unread even under its own name).
    if (column.header === '' || column.kind === 'empty' || read.has(column.index)) continue;
    const expected = misspeltName(headerKey(column.header), unmet);
    if (expected) out.push({ column: column.index, header: column.header, expected });
  }
  return out;
}

/**
 * The rules that met no column of the layout: in a mapping file the planner wrote, a pattern that
 * misses its header ("^codigo_ibge$": headers are read as "codigo ibge") left the column unread.
 */
export function unmetRules(template: ImportTemplate, layout: ImportLayout): TemplateColumn[] {
  const met = new Set(matchColumns(template, layout).map((m) => m.rule));
  return template.columns.filter((_, i) => !met.has(i));
}

/**
 * The template a layout comes closest to fitting when none fits: most of its required columns found
 * (two at least), one or two missing. Named in a refusal, it tells the planner which column to add.
 */
export function nearestTemplate(
  templates: readonly ImportTemplate[],
  layout: ImportLayout,
): { template: ImportTemplate; missing: string[] } | null {
  let best: { template: ImportTemplate; missing: string[]; found: number } | null = null;
  for (const template of templates) {
    const met = new Set(matchColumns(template, layout).map((m) => m.rule));
    const required = template.columns.flatMap((c, i) => (c.required ? [{ c, i }] : []));
    const missing = required.filter(({ i }) => !met.has(i)).map(({ c }) => plainName(c.match) ?? c.match);
    const found = required.length - missing.length;
    if (missing.length === 0 || missing.length > 2 || found < 2 || found <= missing.length) continue;
    if (!best || found > best.found) best = { template, missing, found };
  }
  return best && { template: best.template, missing: best.missing };
}

/** The template's mapping for this layout; refuses when a required column is missing. */
export function applyTemplate(template: ImportTemplate, layout: ImportLayout, where: { file: string }): ImportMapping {
  const matches = matchColumns(template, layout);
  const missing = template.columns.filter((c, i) => c.required && !matches.some((m) => m.rule === i));
  if (missing.length > 0) {
    const headers = layout.columns.map((c) => `"${c.header}"`).filter((h) => h !== '""');
    throw new ArranjoError(
      'INVALID_INPUT',
      `${where.file}, sheet ${layout.sheet}: template ${template.id} expects column(s) matching ${missing.map((m) => `"${m.match}"`).join(', ')}; ${
        headers.length > 0 ? `the header has ${headers.join(', ')}` : 'no header row was found (the first row has no column names)'
      }.`,
      { file: where.file, sheet: layout.sheet },
      importRefusal('template-mismatch', { template: template.id }),
    );
  }
  const columns: ImportMapping['columns'] = [];
  for (const m of matches) {
    const rule = template.columns[m.rule];
    const header = layout.columns[m.column]?.header ?? '';
    const role = rule ? roleFor(rule, m.match, header) : null;
    if (role && role.role !== 'ignore') columns.push({ column: m.column, role });
  }
  const mapping = importMappingSchema.parse({ ...template.fixed, target: template.target, columns });
  return mapping.target === 'employment' ? withSectorLevel(mapping, layout) : mapping;
}

/**
 * An employment mapping that names no classification, by a column or a fixed one, takes the level
 * its sector codes show (sectorLevelOf): `arranjo employment` writes no classification column, and
 * its CSV is read back as the IBGE sectors or CNAE level it was written at. Codes that do not tell
 * leave the classification to the planner (the import then asks for it).
 */
function withSectorLevel(mapping: ImportMapping, layout: ImportLayout): ImportMapping {
  if (mapping.classification !== undefined || mapping.columns.some((c) => c.role.role === 'classification')) return mapping;
  const sector = mapping.columns.find((c) => c.role.role === 'sector');
  const level = sector ? sectorLevelOf(layout.columns[sector.column]?.samples ?? []) : null;
  return level ? { ...mapping, classification: level } : mapping;
}
