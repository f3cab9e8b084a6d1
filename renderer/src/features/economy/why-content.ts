import type { TFunction } from 'i18next';
import type { ReferenceInfo, ShiftShareRow } from '../../../../shared/features/economy/types';
import type { Measure } from '../../../../shared/domain/types';
import type { Explanation } from '../../../../shared/features/economy/economy-explain';
import type { Locale } from '../../i18n/locales';
import { formatAmount, formatPercent, formatRatio, formatSignedAmount } from './economy-format';
import { referenceNameIn } from '../../../../shared/features/economy/economy-workbook-methods';

/** What a "why this value" dialog shows, every number already formatted in the UI language. */
export interface WhyContent {
  title: string;
  valueText: string | null;
  /** Why the value is empty (translated); null when there is a value. */
  reason: string | null;
  formulas: string[];
  /** The formula in words. */
  words: string;
  /** The formula with this value's numbers put in. */
  computation: string | null;
  inputs: { symbol: string; description: string; value: string }[];
  notes: string[];
  /** A custom territory's members and their parts of E_ij and E_j, formatted; absent for a municipality. */
  members?: {
    sectorHeader: string;
    totalHeader: string;
    rows: { code: number; name: string; sectorValue: string; total: string; hasData: boolean }[];
  };
  reference: ReferenceInfo;
  sources: { year: number; file: string; importedAt: string }[];
  citation: string;
}

export interface WhyContext {
  t: TFunction<'economy'>;
  locale: Locale;
  measure: Measure;
  territoryName: string;
  sectorLabel: string;
}

/** A value of the measure (reais for value added and payroll) and a signed change of it. */
const count = (v: number | null, ctx: WhyContext) => formatAmount(v, ctx.measure, ctx.locale) ?? '—';
const signed = (v: number | null, ctx: WhyContext) => formatSignedAmount(v, ctx.measure, ctx.locale);
const ratio = (v: number | null, locale: Locale, digits = 4) => formatRatio(v, locale, digits) ?? '—';
const pct = (v: number | null, locale: Locale) => formatPercent(v, locale, { signed: true, digits: 2 }) ?? '—';

function input(explanation: Explanation, symbol: string): number | null {
  return explanation.inputs.find((i) => i.symbol === symbol)?.value ?? null;
}

function sources(...explanations: Explanation[]): WhyContent['sources'] {
  return explanations.flatMap((e) => e.sources.map((s) => ({ year: e.year, ...s })));
}

/** The location quotient of one sector in one territory, from the engine's explanation. */
export function lqWhy(e: Explanation, ctx: WhyContext, reason: string | null): WhyContent {
  const { t, locale } = ctx;
  const measure = t(`measureNoun.${ctx.measure}`);
  const names = {
    measure,
    sector: ctx.sectorLabel,
    territory: ctx.territoryName,
    reference: referenceNameIn(e.reference.label, ctx.locale),
    year: e.year,
  };
  const describe: Record<string, string> = {
    E_ij: t('why.lq.E_ij', names),
    E_j: t('why.lq.E_j', names),
    E_i: t('why.lq.E_i', names),
    E: t('why.lq.E', names),
  };
  const eij = input(e, 'E_ij');
  const ej = input(e, 'E_j');
  const ei = input(e, 'E_i');
  const eAll = input(e, 'E');
  const members = e.members;
  return {
    title: t('why.lq.title', names),
    valueText: formatRatio(e.value, locale),
    reason: e.value === null ? reason : null,
    formulas: members ? [e.formula, 'E_ij = Σ_m E_mi', 'E_j = Σ_m E_m'] : [e.formula],
    words: t('why.lq.words', names),
    computation:
      e.value !== null && eij !== null && ej !== null && ei !== null && eAll !== null && ej > 0 && eAll > 0
        ? `(${count(eij, ctx)} / ${count(ej, ctx)}) / (${count(ei, ctx)} / ${count(eAll, ctx)}) = ${ratio(eij / ej, locale)} / ${ratio(ei / eAll, locale)} = ${ratio(e.value, locale, 2)}`
        : null,
    inputs: e.inputs.map((i) => ({ symbol: i.symbol, description: describe[i.symbol] ?? i.description, value: count(i.value, ctx) })),
    notes: members ? [t('why.lq.note'), t('why.lq.members', { ...names, count: members.length })] : [t('why.lq.note')],
    ...(members
      ? {
          members: {
            sectorHeader: t('why.members.sector', names),
            totalHeader: t('why.members.total', names),
            rows: members.map((m) => ({
              code: m.code,
              name: m.name,
              sectorValue: count(m.sectorValue, ctx),
              total: count(m.total, ctx),
              hasData: m.hasData,
            })),
          },
        }
      : {}),
    reference: e.reference,
    sources: sources(e),
    citation: t('why.lq.citation'),
  };
}

export type ShiftEffect = 'referenceShare' | 'industryMix' | 'regionalShift' | 'growth' | 'competitive' | 'allocation';

/**
 * One shift-share effect of one sector: the engine's row, with the reference growth rates G and G_i
 * recomputed from the reference totals of both years (the LQ explanations' inputs), so every
 * number in the formula is traceable to the imported files.
 */
export function shiftWhy(
  effect: ShiftEffect,
  row: ShiftShareRow,
  from: Explanation,
  to: Explanation,
  ctx: WhyContext,
  reason: string | null,
): WhyContent {
  const { t, locale } = ctx;
  const y0 = from.year;
  const y1 = to.year;
  const names = {
    measure: t(`measureNoun.${ctx.measure}`),
    sector: ctx.sectorLabel,
    territory: ctx.territoryName,
    reference: referenceNameIn(to.reference.label, ctx.locale),
    from: y0,
    to: y1,
  };
  const e0 = input(from, 'E');
  const e1 = input(to, 'E');
  const ei0 = input(from, 'E_i');
  const ei1 = input(to, 'E_i');
  const ej0 = input(from, 'E_j');
  const G = e0 && e1 !== null ? e1 / e0 - 1 : null;
  const Gi = ei0 && ei1 !== null ? ei1 / ei0 - 1 : null;
  const g = row.jobsFrom > 0 ? row.jobsTo / row.jobsFrom - 1 : null;
  const value = row[effect];
  const eStar = ej0 !== null && ei0 !== null && e0 ? (ej0 * ei0) / e0 : null;
  const x0 = count(row.jobsFrom, ctx);
  const computations: Partial<Record<ShiftEffect, string | null>> = {
    referenceShare: G !== null ? `${x0} × ${pct(G, locale)} = ${signed(row.referenceShare, ctx) ?? '—'}` : null,
    industryMix:
      G !== null && Gi !== null ? `${x0} × (${pct(Gi, locale)} − ${pct(G, locale)}) = ${signed(row.industryMix, ctx) ?? '—'}` : null,
    regionalShift:
      g !== null && Gi !== null ? `${x0} × (${pct(g, locale)} − ${pct(Gi, locale)}) = ${signed(row.regionalShift, ctx) ?? '—'}` : null,
    growth: g !== null ? `${count(row.jobsTo, ctx)} / ${x0} − 1 = ${pct(g, locale)}` : null,
    competitive:
      eStar !== null && g !== null && Gi !== null
        ? `${formatRatio(eStar, locale, 1) ?? '—'} × (${pct(g, locale)} − ${pct(Gi, locale)}) = ${signed(row.competitive, ctx) ?? '—'}`
        : null,
    allocation:
      eStar !== null && g !== null && Gi !== null
        ? `(${x0} − ${formatRatio(eStar, locale, 1) ?? '—'}) × (${pct(g, locale)} − ${pct(Gi, locale)}) = ${signed(row.allocation, ctx) ?? '—'}`
        : null,
  };
  const estebanMarquillas = effect === 'competitive' || effect === 'allocation';
  return {
    title: t(`why.shift.title.${effect}`, names),
    valueText: effect === 'growth' ? formatPercent(value, locale, { signed: true }) : signed(value, ctx),
    reason: value === null ? reason : null,
    formulas: estebanMarquillas
      ? [
          'E*_ij = E_j · E_i / E',
          'C_ij = E*_ij · (g_ij − G_i)',
          'A_ij = (E_ij − E*_ij) · (g_ij − G_i)',
          'C_ij + A_ij = E_ij · (g_ij − G_i)',
        ]
      : [
          'RS_ij = E_ij · G',
          'IM_ij = E_ij · (G_i − G)',
          'RSh_ij = E_ij · (g_ij − G_i)',
          'RS_ij + IM_ij + RSh_ij = ΔE_ij',
          'g = E(t1) / E(t0) − 1',
        ],
    words: t(estebanMarquillas ? 'why.shift.wordsEm' : 'why.shift.words', names),
    computation: value === null ? null : (computations[effect] ?? null),
    inputs: [
      { symbol: `E_ij (${y0})`, description: t('why.shift.Eij', { ...names, year: y0 }), value: count(row.jobsFrom, ctx) },
      { symbol: `E_ij (${y1})`, description: t('why.shift.Eij', { ...names, year: y1 }), value: count(row.jobsTo, ctx) },
      ...(estebanMarquillas
        ? [{ symbol: `E_j (${y0})`, description: t('why.shift.Ej', { ...names, year: y0 }), value: count(ej0, ctx) }]
        : []),
      { symbol: `E_i (${y0})`, description: t('why.shift.Ei', { ...names, year: y0 }), value: count(ei0, ctx) },
      { symbol: `E_i (${y1})`, description: t('why.shift.Ei', { ...names, year: y1 }), value: count(ei1, ctx) },
      { symbol: `E (${y0})`, description: t('why.shift.E', { ...names, year: y0 }), value: count(e0, ctx) },
      { symbol: `E (${y1})`, description: t('why.shift.E', { ...names, year: y1 }), value: count(e1, ctx) },
      { symbol: 'G', description: t('why.shift.G', names), value: pct(G, locale) },
      { symbol: 'G_i', description: t('why.shift.Gi', names), value: pct(Gi, locale) },
      { symbol: 'g_ij', description: t('why.shift.g', names), value: pct(g, locale) },
    ],
    notes: [t('why.shift.note')],
    reference: to.reference,
    sources: sources(from, to),
    citation: estebanMarquillas ? t('why.shift.citationEm') : t('why.shift.citation'),
  };
}

export type DiversityIndex = 'hhi' | 'shannon' | 'krugman';

export interface DiversityWhyInput {
  index: DiversityIndex;
  value: number | null;
  reason: string | null;
  /** The territory's sector shares s_ij and the reference's s_i. */
  shares: { code: string; label: string; share: number | null; referenceShare: number | null }[];
  sectorCount: number;
}

/** HHI, Shannon or Krugman of the territory, with its shares and the index's bounds. */
export function diversityWhy(x: DiversityWhyInput, e: Explanation, ctx: WhyContext): WhyContent {
  const { t, locale } = ctx;
  const n = x.sectorCount;
  const names = {
    territory: ctx.territoryName,
    measure: t(`measureNoun.${ctx.measure}`),
    reference: referenceNameIn(e.reference.label, ctx.locale),
    year: e.year,
    n,
    min: ratio(n > 0 ? 1 / n : 1, locale, 3),
    max: ratio(Math.log(Math.max(n, 1)), locale, 3),
  };
  const formulas: Record<DiversityIndex, string[]> = {
    hhi: ['HHI_j = Σ_i s_ij²', 's_ij = E_ij / E_j'],
    shannon: ['H_j = −Σ_i s_ij · ln s_ij', 's_ij = E_ij / E_j'],
    krugman: ['K_j = Σ_i |s_ij − s_i|', 's_ij = E_ij / E_j', 's_i = E_i / E'],
  };
  const present = x.shares.filter((s) => s.share !== null && s.share > 0);
  const computation: Record<DiversityIndex, string> = {
    hhi: present.map((s) => `${ratio(s.share, locale)}²`).join(' + '),
    shannon: `−(${present.map((s) => `${ratio(s.share, locale)} · ln ${ratio(s.share, locale)}`).join(' + ')})`,
    krugman: x.shares.map((s) => `|${ratio(s.share, locale)} − ${ratio(s.referenceShare, locale)}|`).join(' + '),
  };
  return {
    title: t(`why.diversity.title.${x.index}`, names),
    valueText: formatRatio(x.value, locale, 3),
    reason: x.value === null ? x.reason : null,
    formulas: formulas[x.index],
    words: t(`why.diversity.words.${x.index}`, names),
    computation: x.value === null ? null : `${computation[x.index]} = ${ratio(x.value, locale, 3)}`,
    inputs: x.shares.map((s) => ({
      symbol: `s_${s.code}`,
      description: s.label,
      value: x.index === 'krugman' ? `${ratio(s.share, locale)} · s_i ${ratio(s.referenceShare, locale)}` : ratio(s.share, locale),
    })),
    notes: [t(`why.diversity.bounds.${x.index}`, names)],
    reference: e.reference,
    sources: sources(e),
    citation: t('why.diversity.citation'),
  };
}

export interface DensityWhyInput {
  sectorCode: string;
  density: number;
  lq: number | null;
  related: { sectorCode: string; label: string; proximity: number }[];
}

/** The density of a potential sector: how close it is to what the territory already does well. */
export function densityWhy(x: DensityWhyInput, e: Explanation, ctx: WhyContext): WhyContent {
  const { t, locale } = ctx;
  const names = {
    territory: ctx.territoryName,
    sector: ctx.sectorLabel,
    reference: referenceNameIn(e.reference.label, ctx.locale),
    year: e.year,
  };
  return {
    title: t('why.density.title', names),
    valueText: formatRatio(x.density, locale),
    reason: null,
    formulas: ['ω_jp = Σ_q M_jq · φ_pq / Σ_q φ_pq', 'φ_pq = min(P(M_p | M_q), P(M_q | M_p))', 'M_jq = 1 ⇔ LQ_jq ≥ 1'],
    words: t('why.density.words', names),
    computation: null,
    inputs: [
      { symbol: 'LQ_jp', description: t('why.density.lq', names), value: formatRatio(x.lq, locale) ?? '—' },
      ...x.related.map((r) => ({
        symbol: `φ(${x.sectorCode}, ${r.sectorCode})`,
        description: t('why.density.phi', { ...names, related: r.label }),
        value: ratio(r.proximity, locale, 3),
      })),
    ],
    notes: [t('why.density.note', names)],
    reference: e.reference,
    sources: sources(e),
    citation: t('why.density.citation'),
  };
}

export type ShiftTotalEffect = 'referenceShare' | 'industryMix' | 'regionalShift' | 'totalChange';

/** A territory's shift-share effect summed over its sectors, each sector's part listed. */
export function shiftTotalWhy(
  effect: ShiftTotalEffect,
  rows: readonly (ShiftShareRow & { label: string })[],
  total: number,
  from: Explanation,
  to: Explanation,
  ctx: WhyContext,
): WhyContent {
  const { t } = ctx;
  const names = { territory: ctx.territoryName, from: from.year, to: to.year, reference: referenceNameIn(to.reference.label, ctx.locale) };
  const symbol: Record<ShiftTotalEffect, string> = { referenceShare: 'RS', industryMix: 'IM', regionalShift: 'RSh', totalChange: 'ΔE' };
  const parts = rows.map((r) => ({ r, value: r[effect] }));
  const skipped = parts.filter((p) => p.value === null).map((p) => p.r.label);
  return {
    title: t(`why.shiftTotal.title.${effect}`, names),
    valueText: signed(total, ctx),
    reason: null,
    formulas: [`${symbol[effect]}_j = Σ_i ${symbol[effect]}_ij`],
    words: t('why.shiftTotal.words', names),
    computation: `${parts
      .filter((p) => p.value !== null)
      .map((p) => `(${signed(p.value, ctx) ?? '—'})`)
      .join(' + ')} = ${signed(total, ctx) ?? '—'}`,
    inputs: parts.map((p) => ({
      symbol: `${symbol[effect]}_${p.r.sectorCode}`,
      description: p.r.label,
      value: signed(p.value, ctx) ?? '—',
    })),
    notes: skipped.length > 0 ? [t('why.shiftTotal.skipped', { sectors: skipped.join(', ') })] : [],
    reference: to.reference,
    sources: sources(from, to),
    citation: t('why.shift.citation'),
  };
}
