import { ENCODING_CHOICES } from './read/decode-text';
import { z } from 'zod';
import { importMappingSchema } from './mapping/mapping-schema';

const rowNumber = z.number().int().min(0).max(10_000_000);

export const layoutOverridesSchema = z
  .object({
    headerFirst: rowNumber.optional(),
    headerLast: rowNumber.optional(),
    dataStart: rowNumber.min(1).optional(),
    dataEnd: rowNumber.min(1).optional(),
  })
  .strict();

export const resolutionSchema = z.object({ key: z.string().min(1).max(2000), code: z.number().int().min(1).max(9_999_999).nullable() });

/** What the wizard sends to preview or commit: the sheet, layout corrections, the mapping, and the user's answers. */
export const importRequestSchema = z.object({
  sheet: z.string().min(1).max(300),
  layout: layoutOverridesSchema.default({}),
  mapping: importMappingSchema,
  resolutions: z.array(resolutionSchema).max(100_000).default([]),
  excludeRows: z.array(rowNumber.min(1)).max(1_000_000).default([]),
  /** The template the mapping came from, recorded with the batch. */
  template: z.string().max(80).nullable().default(null),
  /** The user chose to replace stored values of another source (see source-conflicts.ts); else they refuse the import. */
  replaceOtherSources: z.boolean().default(false),
});
export type ImportRequest = z.infer<typeof importRequestSchema>;
export type ImportRequestInput = z.input<typeof importRequestSchema>;

export const issueQuerySchema = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5_000).default(200),
  severity: z.enum(['error', 'warning']).optional(),
  code: z.string().max(60).optional(),
  column: z.string().max(300).optional(),
});
export type IssueQuery = z.input<typeof issueQuerySchema>;

export const importFileOptionsSchema = z.object({
  sheet: z.string().min(1).max(300).optional(),
  template: z.string().min(1).max(80).optional(),
  /** A template or a mapping, as JSON (the CLI's --mapping file). */
  mapping: z.unknown().optional(),
  dryRun: z.boolean().default(false),
  /** The text encoding of a CSV/TXT file; detected when absent. */
  encoding: z.enum(ENCODING_CHOICES).default('auto'),
  /** The decimal separator of text numbers, over the template's or mapping's; detected when 'auto'. */
  decimal: z.enum(['auto', 'comma', 'dot']).default('auto'),
  /** Territories given by name only are looked up in this state (abbreviation), over the mapping's. */
  state: z.string().trim().min(1).max(40).optional(),
  /** Rows repeating a key: refused (default), added up, averaged or the last kept; over the mapping's. */
  duplicates: z.enum(['refuse', 'sum', 'mean', 'last']).optional(),
  /** Import the valid rows and list every row left out with its reason (default: all or nothing). */
  skipInvalid: z.boolean().default(false),
  /** Replace stored values of another source (default: refused, the message says which and what to do). */
  replaceOtherSources: z.boolean().default(false),
});

/** Options of opening a file in the wizard. */
export const importOpenOptionsSchema = z.object({ encoding: z.enum(ENCODING_CHOICES).default('auto') });
export type ImportOpenOptions = z.input<typeof importOpenOptionsSchema>;
export type ImportFileOptions = z.input<typeof importFileOptionsSchema>;
