import type { LqRow, PotentialSectorRow, ShiftShareRow } from '../economy';
import type { TargetOrigin } from './vocabulary';
import { isActivity } from '../../domain/cnae-levels';
import { formatPercentPoints, numberFormat } from '../../text/locale-format';
import { fillTemplate, templateReader } from '../../text/sentence-template';
import { parseNumberText } from '../../import/values/number';

/** A proposed target sector with the figures that justify it ("why this sector"). */
export interface SectorProposal {
  sectorCode: string;
  sectorName: string;
  origin: Exclude<TargetOrigin, 'custom'>;
  lq: number | null;
  /** Local growth of the sector's jobs over the period, as a fraction (0.12 = +12%). */
  growth: number | null;
  density: number | null;
  jobs: number | null;
  rationale: string;
}

export interface ProposalInput {
  year: number;
  fromYear: number | null;
  lq: readonly LqRow[];
  shiftShare: readonly ShiftShareRow[];
  potential: readonly PotentialSectorRow[];
  locale: 'pt-BR' | 'en' | 'es';
  limit?: number;
}

/**
 * Specialized: LQ ≥ this, as the economic diagnosis says it (its "especializado", Balassa's revealed
 * advantage) and as the relatedness space counts it. At 1.25, a sector the diagnosis called
 * specialized (Montes Claros' services, LQ 1,24) that did not grow was proposed under no reason:
 * the potential ones are those the territory is not specialized in.
 */
export const SPECIALIZED_LQ = 1;

const fmt = (x: number, digits: number, locale: string): string =>
  numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);

const TEXT = {
  'pt-BR': {
    specialized: 'Especializado: QL {lq} em {year} ({jobs} empregos).',
    growing: 'Em crescimento: empregos {growth} de {from} a {year}, acima da referência (efeito regional {shift}).',
    potential: 'Potencial: densidade {density} — próximo de setores em que o território já é especializado; o QL do setor é {lq}.',
  },
  en: {
    specialized: 'Specialized: LQ {lq} in {year} ({jobs} jobs).',
    growing: 'Growing: jobs {growth} from {from} to {year}, above the reference (regional shift {shift}).',
    potential: "Potential: density {density} — close to sectors the territory is already specialized in; the sector's LQ is {lq}.",
  },
  es: {
    specialized: 'Especializado: CL {lq} en {year} ({jobs} empleos).',
    growing: 'En crecimiento: empleos {growth} de {from} a {year}, por encima de la referencia (efecto regional {shift}).',
    potential: 'Potencial: densidad {density} — cercano a sectores en que el territorio ya es especializado; el CL del sector es {lq}.',
  },
} as const;

type Reason = keyof (typeof TEXT)['en'];
type Language = keyof typeof TEXT;

/** How each template's values are written: a number with its decimals, a signed percentage, or text (a year). */
const VALUES: Record<Reason, Record<string, number | 'percent' | 'text'>> = {
  specialized: { lq: 2, year: 'text', jobs: 0 },
  growing: { growth: 'percent', from: 'text', year: 'text', shift: 0 },
  potential: { density: 2, lq: 2 },
};

/**
 * The potential rationale as plans proposed before 2026-12 keep it: its LQ in parentheses read as
 * the neighbours' ("especializado (QL 0,07)"), though it is the sector's own.
 */
const EARLIER: readonly { language: Language; reason: Reason; template: string }[] = [
  {
    language: 'pt-BR',
    reason: 'potential',
    template: 'Potencial: densidade {density} — próximo de setores em que o território já é especializado (QL {lq}).',
  },
  {
    language: 'en',
    reason: 'potential',
    template: 'Potential: density {density} — close to sectors the territory is already specialized in (LQ {lq}).',
  },
  {
    language: 'es',
    reason: 'potential',
    template: 'Potencial: densidad {density} — cercano a sectores en que el territorio ya es especializado (CL {lq}).',
  },
];

/** Each language's templates, read back (and the earlier wordings, written again in today's). */
const READERS = [
  ...(Object.keys(TEXT) as Language[]).flatMap((language) =>
    (Object.keys(VALUES) as Reason[]).map((reason) => ({ language, reason, read: templateReader(TEXT[language][reason]) })),
  ),
  ...EARLIER.map(({ language, reason, template }) => ({ language, reason, read: templateReader(template) })),
];

/**
 * A proposed sector's rationale in `locale`: a plan keeps the rationale in the language it was
 * proposed in, and a plan made in the Portuguese UI showed "Especializado: QL 1,43 em 2020" in the
 * Spanish one and in its English workbook. A rationale these templates wrote is written again in
 * `locale`, its numbers in that language's digits; one the planner typed stays as typed.
 */
export function rationaleIn(rationale: string, locale: Language): string {
  for (const { language, reason, read } of READERS) {
    const found = read(rationale);
    if (!found) continue;
    const values: Record<string, string> = {};
    for (const [name, written] of Object.entries(found)) {
      const kind = VALUES[reason][name];
      // As `fmt` wrote it in `language`: pt-BR and es "1.234,5", en "1,234.5"; a growth "+4,0%" (es "+4,0 %").
      const parsed = kind === 'text' ? null : parseNumberText(written, language === 'en' ? 'dot' : 'comma');
      const number = parsed?.kind === 'number' ? parsed.value : null;
      if (number === null || kind === undefined || kind === 'text') values[name] = written;
      else if (kind === 'percent') values[name] = formatPercentPoints(number, locale, 1, 1, true);
      else values[name] = fmt(number, kind, locale);
    }
    return fillTemplate(TEXT[locale][reason], values);
  }
  return rationale;
}

/**
 * Target sectors from the economic diagnosis of the district's territory: specialized sectors
 * (LQ ≥ 1, by LQ), growing ones (local jobs grew and the regional shift is positive: the territory
 * outgrew the reference in that sector), and potential ones (not specialized, high relatedness
 * density, Hidalgo et al. 2007). Each sector appears once, under its strongest reason; "não
 * classificado" never does.
 */
export function proposeTargetSectors(input: ProposalInput): SectorProposal[] {
  const { locale } = input;
  const t = TEXT[locale];
  const lqBy = new Map(input.lq.map((r) => [r.sectorCode, r]));
  const ssBy = new Map(input.shiftShare.map((r) => [r.sectorCode, r]));
  const out = new Map<string, SectorProposal>();
  const growthOf = (code: string): number | null => {
    const s = ssBy.get(code);
    return s && s.jobsFrom > 0 ? (s.jobsTo - s.jobsFrom) / s.jobsFrom : null;
  };
  const specialized = input.lq
    .filter((r) => isActivity(r.sectorCode) && r.lq !== null && r.lq >= SPECIALIZED_LQ && r.value > 0)
    .sort((a, b) => (b.lq ?? 0) - (a.lq ?? 0));
  for (const r of specialized) {
    out.set(r.sectorCode, {
      sectorCode: r.sectorCode,
      sectorName: r.sectorName,
      origin: 'specialized',
      lq: r.lq,
      growth: growthOf(r.sectorCode),
      density: null,
      jobs: r.value,
      rationale: fillTemplate(t.specialized, { lq: fmt(r.lq ?? 0, 2, locale), year: String(input.year), jobs: fmt(r.value, 0, locale) }),
    });
  }
  const growing = input.shiftShare
    .filter(
      (s) => isActivity(s.sectorCode) && !out.has(s.sectorCode) && s.jobsFrom > 0 && s.jobsTo > s.jobsFrom && (s.regionalShift ?? 0) > 0,
    )
    .sort((a, b) => (b.regionalShift ?? 0) - (a.regionalShift ?? 0));
  for (const s of growing) {
    const g = growthOf(s.sectorCode) ?? 0;
    const lq = lqBy.get(s.sectorCode);
    out.set(s.sectorCode, {
      sectorCode: s.sectorCode,
      sectorName: s.sectorName,
      origin: 'growing',
      lq: lq?.lq ?? null,
      growth: g,
      density: null,
      jobs: s.jobsTo,
      rationale: fillTemplate(t.growing, {
        growth: formatPercentPoints(g * 100, locale, 1, 1, true),
        from: String(input.fromYear ?? ''),
        year: String(input.year),
        shift: fmt(s.regionalShift ?? 0, 0, locale),
      }),
    });
  }
  for (const p of input.potential) {
    if (!isActivity(p.sectorCode) || out.has(p.sectorCode)) continue;
    out.set(p.sectorCode, {
      sectorCode: p.sectorCode,
      sectorName: p.sectorName,
      origin: 'potential',
      lq: p.lq,
      growth: growthOf(p.sectorCode),
      density: p.density,
      jobs: lqBy.get(p.sectorCode)?.value ?? null,
      rationale: fillTemplate(t.potential, { density: fmt(p.density, 2, locale), lq: p.lq === null ? '—' : fmt(p.lq, 2, locale) }),
    });
  }
  return [...out.values()].slice(0, input.limit ?? 8);
}
