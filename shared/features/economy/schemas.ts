import { z } from 'zod';
import { CLASSIFICATIONS, MEASURES } from '../../domain/types';
import { LOCALES } from '../../domain/locales';

const reference = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('state'), abbr: z.string().length(2) }),
  z.object({ kind: z.literal('country') }),
  z.object({ kind: z.literal('set'), name: z.string().min(1).max(200) }),
]);

/** A municipality (7-digit IBGE code) or a custom territory (a saved territory set's id). */
export const subjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('municipality'), code: z.number().int().min(1_000_000).max(9_999_999) }),
  z.object({ kind: z.literal('territory-set'), id: z.number().int().positive() }),
]);

const economyQueryObject = z.object({
  classification: z.enum(CLASSIFICATIONS),
  measure: z.enum(MEASURES),
  reference,
  territories: z.array(z.number().int()).max(10_000).optional(),
  subject: subjectSchema.optional(),
});

/** `subject` and `territories` both narrow the result: one or the other, so the answer is never ambiguous. */
function oneScope<T extends { subject?: unknown; territories?: unknown }>(q: T): boolean {
  return q.subject === undefined || q.territories === undefined;
}
const ONE_SCOPE = { message: 'give either a subject or a list of territories, not both', path: ['subject'] };

const year = z.number().int().min(1900).max(2200);
export const economyQuerySchema = economyQueryObject.refine(oneScope, ONE_SCOPE);
export const yearQuerySchema = economyQueryObject.extend({ year }).refine(oneScope, ONE_SCOPE);
export const periodQuerySchema = economyQueryObject.extend({ from: year, to: year }).refine(oneScope, ONE_SCOPE);
/** Potential sectors and "why this value" are about one subject: it is required, `territories` unused. */
export const potentialQuerySchema = economyQueryObject.omit({ territories: true }).extend({
  year,
  subject: subjectSchema,
  limit: z.number().int().min(1).max(200).optional(),
});
export const explainQuerySchema = economyQueryObject.omit({ territories: true }).extend({
  year,
  subject: subjectSchema,
  sectorCode: z.string().min(1).max(20),
});
/**
 * The workbook: `scope` 'subject' (the default with a subject) holds the subject's rows only; 'all'
 * every municipality, after the subject's rows when it is a custom territory. With a subject, a
 * potential-sectors sheet ranks its candidates.
 */
export const economyExportSchema = economyQueryObject
  .extend({ year, from: year.optional(), locale: z.enum(LOCALES), scope: z.enum(['subject', 'all']).optional() })
  .refine(oneScope, ONE_SCOPE)
  .refine((q) => q.scope !== 'subject' || q.subject !== undefined, { message: "scope 'subject' needs a subject", path: ['scope'] });

/** The files behind a measure at a level, in the years asked (a chart's source line). */
export const sourcesQuerySchema = z.object({
  classification: z.enum(CLASSIFICATIONS),
  measure: z.enum(MEASURES),
  years: z.array(year).max(50),
});

export type EconomySubjectInput = z.infer<typeof subjectSchema>;
export type YearQuery = z.infer<typeof yearQuerySchema>;
export type PeriodQuery = z.infer<typeof periodQuerySchema>;
export type PotentialQuery = z.infer<typeof potentialQuerySchema>;
export type ExplainQuery = z.infer<typeof explainQuerySchema>;
export type EconomyExportQuery = z.infer<typeof economyExportSchema>;
export type SourcesQuery = z.infer<typeof sourcesQuerySchema>;
