import { z } from 'zod';
import { CLASSIFICATIONS, MEASURES } from '../domain/types';

const reference = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('state'), abbr: z.string().length(2) }),
  z.object({ kind: z.literal('country') }),
  z.object({ kind: z.literal('set'), name: z.string().min(1).max(200) }),
]);

export const economyQuerySchema = z.object({
  classification: z.enum(CLASSIFICATIONS),
  measure: z.enum(MEASURES),
  reference,
  territories: z.array(z.number().int()).max(10_000).optional(),
});

const year = z.number().int().min(1900).max(2200);
export const yearQuerySchema = economyQuerySchema.extend({ year });
export const periodQuerySchema = economyQuerySchema.extend({ from: year, to: year });
export const potentialQuerySchema = economyQuerySchema.extend({
  year,
  territoryCode: z.number().int(),
  limit: z.number().int().min(1).max(200).optional(),
});

export type YearQuery = z.infer<typeof yearQuerySchema>;
export type PeriodQuery = z.infer<typeof periodQuerySchema>;
export type PotentialQuery = z.infer<typeof potentialQuerySchema>;
export const explainQuerySchema = economyQuerySchema.extend({
  year,
  territoryCode: z.number().int(),
  sectorCode: z.string().min(1).max(20),
});
export const economyExportSchema = economyQuerySchema.extend({ year, from: year.optional(), locale: z.enum(['pt-BR', 'en', 'es']) });

export type ExplainQuery = z.infer<typeof explainQuerySchema>;
export type EconomyExportQuery = z.infer<typeof economyExportSchema>;
