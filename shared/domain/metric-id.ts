import { CLASSIFICATIONS, MEASURES, type Classification, type Measure } from './types';
/**
 * Metric ids: the one grammar (and its one parser) for "which number of a territory" — a map's
 * metric, a prioritization criterion's source — as one short text that is stored in the workspace,
 * typed in the CLI and shown in the workbook. Maps take the `indicator:` and `jobs:` forms:
 *
 *   indicator:<code>:<period>        an indicator value (for a site: its own value, else its municipality's)
 *   jobs:total:<year>                formal jobs on 31 Dec, all IBGE sectors (RAIS)
 *   jobs:sector:<s>:<year>           formal jobs in IBGE sector s (1–8; 2 = manufacturing)
 *   share:<s>:<year>                 IBGE sector s as a percentage of the territory's formal jobs
 *   lq:<s>:<year>                    location quotient of IBGE sector s; reference = the territory's state
 *   growth:total:<y0>:<y1>           percentage change of formal jobs from y0 to y1
 *   growth:sector:<s>:<y0>:<y1>      the same for IBGE sector s
 *   works:open-needs                 a district's infrastructure needs not yet answered by a completed work
 *   activity:<m>:<c>:<s|total>:<year>     measure m (jobs, payroll, establishments, value_added) of sector s at
 *                                    level c (ibge-setor, cnae-section … cnae-subclass), or all sectors;
 *                                    rolled up from a finer CNAE level when stored there
 *   activity-lq:<m>:<c>:<s>:<year>   location quotient of measure m, sector s at level c; reference = the state
 *
 * Employment measures read the IBGE-sector classification of the workspace's RAIS data, the same
 * numbers as the Economy area (LQ_ij = (E_ij/E_j)/(E_i/E), DESIGN.md §4).
 */
export type CriterionSource =
  | { kind: 'indicator'; code: string; period: string }
  | { kind: 'jobs'; sector: string | null; year: number }
  | { kind: 'share'; sector: string; year: number }
  | { kind: 'lq'; sector: string; year: number }
  | { kind: 'growth'; sector: string | null; from: number; to: number }
  | { kind: 'works'; measure: 'open-needs' }
  | { kind: 'activity'; lq: boolean; measure: Measure; classification: Classification; sector: string | null; year: number };

/** The forms a criterion source takes, no words around them (a workbook explains them in its language). */
export const CRITERION_SOURCE_FORMS: readonly string[] = [
  'indicator:<code>:<period>',
  'jobs:total:<year>',
  'jobs:sector:<s>:<year>',
  'share:<s>:<year>',
  'lq:<s>:<year>',
  'growth:total:<y0>:<y1>',
  'growth:sector:<s>:<y0>:<y1>',
  'works:open-needs',
  'activity:<measure>:<classification>:<sector|total>:<year>',
  'activity-lq:<measure>:<classification>:<sector>:<year>',
];

/** The forms as the engine's English messages say them. */
export const CRITERION_SOURCE_SYNTAX = `${CRITERION_SOURCE_FORMS.slice(0, -1).join(', ')} or ${CRITERION_SOURCE_FORMS.at(-1) ?? ''} (s = IBGE sector 1–8)`;

const YEAR = /^\d{4}$/;
const SECTOR = /^[1-8]$/;
const CODE = /^[A-Za-z0-9_.-]{1,64}$/;
const PERIOD = /^[A-Za-z0-9_./-]{1,32}$/;

/** The source a text names, or null when it does not follow the syntax. */
export function parseCriterionSource(text: string): CriterionSource | null {
  const parts = text.trim().split(':');
  const [kind, a = '', b = '', c = '', d = ''] = parts;
  const year = (s: string) => (YEAR.test(s) ? Number(s) : null);
  switch (kind) {
    case 'indicator':
      return parts.length === 3 && CODE.test(a) && PERIOD.test(b) ? { kind: 'indicator', code: a, period: b } : null;
    case 'jobs':
      if (a === 'total' && parts.length === 3 && year(b) !== null) return { kind: 'jobs', sector: null, year: Number(b) };
      if (a === 'sector' && parts.length === 4 && SECTOR.test(b) && year(c) !== null) return { kind: 'jobs', sector: b, year: Number(c) };
      return null;
    case 'share':
    case 'lq':
      return parts.length === 3 && SECTOR.test(a) && year(b) !== null ? { kind, sector: a, year: Number(b) } : null;
    case 'growth': {
      const total = a === 'total' && parts.length === 4;
      const sector = a === 'sector' && parts.length === 5 && SECTOR.test(b);
      const [y0, y1] = total ? [year(b), year(c)] : sector ? [year(c), year(d)] : [null, null];
      if (y0 === null || y1 === null || y0 >= y1) return null;
      return { kind: 'growth', sector: sector ? b : null, from: y0, to: y1 };
    }
    case 'works':
      return parts.length === 2 && a === 'open-needs' ? { kind: 'works', measure: 'open-needs' } : null;
    case 'activity':
    case 'activity-lq': {
      const lq = kind === 'activity-lq';
      const measure = (MEASURES as readonly string[]).includes(a) ? (a as Measure) : null;
      const classification = (CLASSIFICATIONS as readonly string[]).includes(b) ? (b as Classification) : null;
      if (parts.length !== 5 || !measure || !classification || year(d) === null || !ACTIVITY_SECTOR.test(c)) return null;
      if (lq && c === 'total') return null;
      return { kind: 'activity', lq, measure, classification, sector: c === 'total' ? null : c, year: Number(d) };
    }
    default:
      return null;
  }
}

export function formatCriterionSource(source: CriterionSource): string {
  switch (source.kind) {
    case 'indicator':
      return `indicator:${source.code}:${source.period}`;
    case 'jobs':
      return source.sector === null ? `jobs:total:${source.year}` : `jobs:sector:${source.sector}:${source.year}`;
    case 'share':
    case 'lq':
      return `${source.kind}:${source.sector}:${source.year}`;
    case 'growth':
      return source.sector === null
        ? `growth:total:${source.from}:${source.to}`
        : `growth:sector:${source.sector}:${source.from}:${source.to}`;
    case 'works':
      return `works:${source.measure}`;
    case 'activity':
      return `${source.lq ? 'activity-lq' : 'activity'}:${source.measure}:${source.classification}:${source.sector ?? 'total'}:${source.year}`;
  }
}

/** The period a source reads, as shown beside its values ("2020", "2019–2020"). */
export function criterionPeriod(source: CriterionSource): string {
  switch (source.kind) {
    case 'indicator':
      return source.period;
    case 'growth':
      return `${source.from}–${source.to}`;
    case 'works':
      // The works as they stand in the workspace: no period.
      return '';
    default:
      return String(source.year);
  }
}

export type Trilingual = { pt: string; en: string; es: string };

/** Short names of the 8 IBGE sectors in the three UI languages (the data carries Portuguese only). */
const IBGE_SECTOR_SHORT: Record<string, Trilingual> = {
  '1': { pt: 'extrativa mineral', en: 'mining', es: 'minería' },
  '2': { pt: 'indústria de transformação', en: 'manufacturing', es: 'industria manufacturera' },
  '3': { pt: 'serviços de utilidade pública', en: 'utilities', es: 'servicios públicos' },
  '4': { pt: 'construção civil', en: 'construction', es: 'construcción' },
  '5': { pt: 'comércio', en: 'commerce', es: 'comercio' },
  '6': { pt: 'serviços', en: 'services', es: 'servicios' },
  '7': { pt: 'administração pública', en: 'public administration', es: 'administración pública' },
  '8': { pt: 'agropecuária', en: 'agriculture', es: 'agropecuaria' },
};

/**
 * A default label for a source, in the three languages. Indicators take their catalogue names.
 * Labels are what the planner sees and may rename; the source text stays the key.
 */
export function criterionSourceLabel(source: CriterionSource, indicatorName?: Trilingual): Trilingual {
  const sector = (s: string | null, l: keyof Trilingual) => (s === null ? '' : (IBGE_SECTOR_SHORT[s]?.[l] ?? `setor ${s}`));
  const per = criterionPeriod(source);
  switch (source.kind) {
    case 'indicator': {
      const n = indicatorName ?? { pt: source.code, en: source.code, es: source.code };
      return { pt: `${n.pt} ${per}`, en: `${n.en} ${per}`, es: `${n.es} ${per}` };
    }
    case 'jobs':
      return source.sector === null
        ? { pt: `Empregos formais ${per}`, en: `Formal jobs ${per}`, es: `Empleos formales ${per}` }
        : {
            pt: `Empregos ${sector(source.sector, 'pt')} ${per}`,
            en: `Jobs in ${sector(source.sector, 'en')} ${per}`,
            es: `Empleos ${sector(source.sector, 'es')} ${per}`,
          };
    case 'share':
      return {
        pt: `Participação ${sector(source.sector, 'pt')} ${per} (%)`,
        en: `Share of ${sector(source.sector, 'en')} ${per} (%)`,
        es: `Participación ${sector(source.sector, 'es')} ${per} (%)`,
      };
    case 'lq':
      return {
        pt: `QL ${sector(source.sector, 'pt')} ${per}`,
        en: `LQ ${sector(source.sector, 'en')} ${per}`,
        es: `CL ${sector(source.sector, 'es')} ${per}`,
      };
    case 'growth':
      return source.sector === null
        ? { pt: `Crescimento do emprego ${per} (%)`, en: `Job growth ${per} (%)`, es: `Crecimiento del empleo ${per} (%)` }
        : {
            pt: `Crescimento emprego ${sector(source.sector, 'pt')} ${per} (%)`,
            en: `Job growth in ${sector(source.sector, 'en')} ${per} (%)`,
            es: `Crecimiento empleo ${sector(source.sector, 'es')} ${per} (%)`,
          };
    case 'works':
      return {
        pt: 'Necessidades de infraestrutura em aberto',
        en: 'Open infrastructure needs',
        es: 'Necesidades de infraestructura abiertas',
      };
    case 'activity': {
      const m = MEASURE_NAMES[source.measure];
      const where = (l: keyof Trilingual) =>
        source.sector === null
          ? ''
          : source.classification === 'ibge-setor'
            ? ` ${sector(source.sector, l)}`
            : ` ${LEVEL_NAMES[source.classification][l]} ${source.sector}`;
      return source.lq
        ? { pt: `QL ${m.pt}${where('pt')} ${per}`, en: `LQ ${m.en}${where('en')} ${per}`, es: `CL ${m.es}${where('es')} ${per}` }
        : { pt: `${cap(m.pt)}${where('pt')} ${per}`, en: `${cap(m.en)}${where('en')} ${per}`, es: `${cap(m.es)}${where('es')} ${per}` };
    }
  }
}

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Sector codes of any level: IBGE 1–8, a CNAE section letter, 2–7 CNAE digits; or "total". */
const ACTIVITY_SECTOR = /^(?:total|[1-8]|[A-U]|\d{2,7})$/;

const MEASURE_NAMES: Record<Measure, Trilingual> = {
  jobs: { pt: 'empregos formais', en: 'formal jobs', es: 'empleos formales' },
  payroll: { pt: 'remuneração', en: 'payroll', es: 'remuneración' },
  establishments: { pt: 'estabelecimentos', en: 'establishments', es: 'establecimientos' },
  value_added: { pt: 'valor adicionado', en: 'value added', es: 'valor agregado' },
};

const LEVEL_NAMES: Record<Classification, Trilingual> = {
  'ibge-setor': { pt: 'setor IBGE', en: 'IBGE sector', es: 'sector IBGE' },
  'cnae-section': { pt: 'seção CNAE', en: 'CNAE section', es: 'sección CNAE' },
  'cnae-division': { pt: 'divisão CNAE', en: 'CNAE division', es: 'división CNAE' },
  'cnae-group': { pt: 'grupo CNAE', en: 'CNAE group', es: 'grupo CNAE' },
  'cnae-class': { pt: 'classe CNAE', en: 'CNAE class', es: 'clase CNAE' },
  'cnae-subclass': { pt: 'subclasse CNAE', en: 'CNAE subclass', es: 'subclase CNAE' },
};

/** The unit of a measure's values. */
const MEASURE_UNITS: Record<Measure, string> = { jobs: 'empregos', payroll: 'R$', establishments: 'estabelecimentos', value_added: 'R$' };

/** The unit of a source's values ("empregos", "%", "" for a quotient; indicators: their unit). */
export function criterionUnit(source: CriterionSource, indicatorUnit = ''): string {
  switch (source.kind) {
    case 'indicator':
      return indicatorUnit;
    case 'jobs':
      return 'empregos';
    case 'works':
      return 'necessidades';
    case 'lq':
      return '';
    case 'activity':
      return source.lq ? '' : MEASURE_UNITS[source.measure];
    default:
      return '%';
  }
}
