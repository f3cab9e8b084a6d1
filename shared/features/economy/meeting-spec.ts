import { z } from 'zod';
import { CLASSIFICATIONS, MEASURES } from '../../domain/types';

/**
 * The diagnosis' charts a meeting sequence can hold: LQ × growth, shift-share, sectors (treemap), LQ
 * map, LQ heat map, potential sectors.
 */
export const ECONOMY_MEETING_CHARTS = ['bubble', 'waterfall', 'treemap', 'map', 'heatmap', 'potential'] as const;
export type EconomyMeetingChart = (typeof ECONOMY_MEETING_CHARTS)[number];

const year = z.number().int().min(1900).max(2200);

/**
 * What redraws a diagnosis chart in a meeting (meeting_view kind 'economy', schema 20): the chart, the
 * territory as the area's select names it ("m:<IBGE code>", "s:<site id>", "t:<territory set id>"),
 * classification, measure, reference ("state", "country", "set:<id>"), year and start year, and the
 * chart's own choices (the shift-share's or the map's sector, null for all sectors or the strongest;
 * the Esteban-Marquillas variant). The charts over two years need a start year before the year.
 */
export const economyMeetingSpecSchema = z
  .object({
    chart: z.enum(ECONOMY_MEETING_CHARTS),
    territory: z.string().regex(/^[mst]:[1-9]\d{0,8}$/),
    classification: z.enum(CLASSIFICATIONS),
    measure: z.enum(MEASURES),
    reference: z.string().regex(/^(state|country|set:[1-9]\d{0,8})$/),
    year,
    from: year.nullable(),
    sector: z.string().trim().min(1).max(20).nullable(),
    variant: z.boolean(),
  })
  .refine((s) => s.from === null || s.from < s.year, { message: 'must be before the year', path: ['from'] })
  .refine((s) => s.from !== null || (s.chart !== 'bubble' && s.chart !== 'waterfall'), {
    message: 'is required by a chart over two years',
    path: ['from'],
  });

export type EconomyMeetingSpec = z.infer<typeof economyMeetingSpecSchema>;
