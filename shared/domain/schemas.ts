import { z } from 'zod';
import { dayNumber } from '../analysis/works/earned-value';
import { LOCALES } from './locales';
import { SITE_KINDS } from './types';

/**
 * The largest amount of money (R$) a form or an import takes: R$ 10 trillion, above any budget of a
 * district. 1e308 made totals Infinity; 1e23 imported as a committed amount was kept while the form
 * refused to save the same work again.
 */
export const MAX_MONEY = 1e13;

/**
 * A day of the calendar as YYYY-MM-DD, the one rule of every date a planner types (works, attraction,
 * programmes, initiatives): 2025-02-30 and 2025-13-45 are refused (Date.parse took the first as 2 March).
 */
export const isoDaySchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => Number.isFinite(dayNumber(s)), { message: 'not a calendar date', params: { reason: 'not-a-date' } });

/** A UI or workbook language (the one list: shared/domain/locales.ts). */
export const localeSchema = z.enum(LOCALES);

const optionalText = z.string().trim().max(10_000).nullable().optional();
// Text where a number is due (a paste from a spreadsheet) is refused as "must be a number" (params.reason
// 'number'); a number out of range keeps zod's own words ("Too big: expected number to be <=90").
const number = () => z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'must be a number' : undefined) });
const count = number().int('must be a whole number').nonnegative('cannot be negative').nullable().optional();

/** A site as the user enters it. Validation messages name the field, so the grid can show them at the cell. */
export const siteInputSchema = z.object({
  code: z.string().trim().min(1, 'is required').max(64),
  kind: z.enum(SITE_KINDS),
  name: z.string().trim().min(1, 'is required').max(300),
  municipalityCode: z.number().int().min(1_000_000).max(9_999_999).nullable().optional(),
  managingBody: optionalText,
  areaHa: number().nonnegative('cannot be negative').nullable().optional(),
  lotsTotal: count,
  lotsOccupied: count,
  lotsAvailable: count,
  firms: count,
  jobs: count,
  status: optionalText,
  lat: number().min(-90).max(90).nullable().optional(),
  lon: number().min(-180).max(180).nullable().optional(),
  locationNote: optionalText,
  notes: optionalText,
  source: z.string().max(2_000).optional(),
});
export type SiteInput = z.infer<typeof siteInputSchema>;

export const sitePatchSchema = siteInputSchema.partial();
export type SitePatch = z.infer<typeof sitePatchSchema>;

/** A row id. */
export const idSchema = z.number().int().positive();
/** An IBGE state code (11 Rondônia … 53 Distrito Federal). */
export const stateCodeSchema = z.number().int().min(11).max(53);

/**
 * An end (or a restart) before its start, refused at the end's field: reason before-start with the
 * start, which the forms word in the UI language. `message` is the engine's English (the CLI's).
 */
export function refuseEndBeforeStart(
  ctx: z.RefinementCtx,
  field: string,
  start: string | null | undefined,
  end: string | null | undefined,
  message = `ends (${end ?? ''}) before it starts (${start ?? ''})`,
): void {
  if (start && end && end < start) ctx.addIssue({ code: 'custom', path: [field], message, params: { reason: 'before-start', start } });
}
