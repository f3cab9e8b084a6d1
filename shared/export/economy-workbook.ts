import ExcelJS from 'exceljs';
import type { DiversityRow, LqRow, ReferenceInfo, ShiftShareRow } from '../domain/economy';
import { addNotesSheet, addTableSheet, workbookBytes } from './workbook';

export type ExportLocale = 'pt-BR' | 'en' | 'es';

export interface EconomyExport {
  locale: ExportLocale;
  classification: string;
  measure: string;
  year: number;
  from?: number;
  reference: ReferenceInfo;
  lq: LqRow[];
  shiftShare: ShiftShareRow[];
  diversity: DiversityRow[];
  sources: { year: number; file: string; importedAt: string }[];
  generatedAt: string;
}

const LABELS = {
  'pt-BR': {
    lq: 'Quociente locacional',
    ss: 'Shift-share',
    div: 'Diversificação',
    methods: 'Métodos',
    code: 'Código IBGE',
    territory: 'Território',
    sectorCode: 'Código do setor',
    sector: 'Setor',
    year: 'Ano',
    value: 'Valor',
    why: 'Motivo (valor vazio)',
    from: 'Início',
    to: 'Fim',
    refShare: 'Efeito referência',
    mix: 'Efeito estrutural',
    shift: 'Efeito regional',
    change: 'Variação total',
    growth: 'Crescimento',
    competitive: 'Efeito competitivo (E-M)',
    allocation: 'Efeito alocação (E-M)',
  },
  en: {
    lq: 'Location quotient',
    ss: 'Shift-share',
    div: 'Diversification',
    methods: 'Methods',
    code: 'IBGE code',
    territory: 'Territory',
    sectorCode: 'Sector code',
    sector: 'Sector',
    year: 'Year',
    value: 'Value',
    why: 'Reason (empty value)',
    from: 'Start',
    to: 'End',
    refShare: 'Reference share',
    mix: 'Industry mix',
    shift: 'Regional shift',
    change: 'Total change',
    growth: 'Growth',
    competitive: 'Competitive effect (E-M)',
    allocation: 'Allocation effect (E-M)',
  },
  es: {
    lq: 'Cociente de localización',
    ss: 'Shift-share',
    div: 'Diversificación',
    methods: 'Métodos',
    code: 'Código IBGE',
    territory: 'Territorio',
    sectorCode: 'Código del sector',
    sector: 'Sector',
    year: 'Año',
    value: 'Valor',
    why: 'Motivo (valor vacío)',
    from: 'Inicio',
    to: 'Fin',
    refShare: 'Efecto referencia',
    mix: 'Efecto estructural',
    shift: 'Efecto regional',
    change: 'Variación total',
    growth: 'Crecimiento',
    competitive: 'Efecto competitivo (E-M)',
    allocation: 'Efecto asignación (E-M)',
  },
} as const;

/** The economic diagnosis as a workbook: one typed sheet per analysis and a methods sheet. */
export async function economyWorkbook(x: EconomyExport): Promise<Uint8Array> {
  const L = LABELS[x.locale];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Arranjo';
  wb.created = new Date(x.generatedAt);
  addTableSheet<LqRow>(
    wb,
    L.lq,
    [
      { header: L.code, kind: 'text', value: (r) => String(r.territoryCode) },
      { header: L.territory, kind: 'text', width: 28, value: (r) => r.territoryName },
      { header: L.sectorCode, kind: 'text', value: (r) => r.sectorCode },
      { header: L.sector, kind: 'text', width: 36, value: (r) => r.sectorName },
      { header: L.year, kind: 'text', value: (r) => String(r.year) },
      { header: `${L.value} (${x.measure})`, kind: 'integer', value: (r) => r.value },
      { header: 'LQ', kind: 'ratio', value: (r) => r.lq },
      { header: L.why, kind: 'text', width: 40, value: (r) => r.reason },
    ],
    x.lq,
  );
  if (x.shiftShare.length > 0) {
    addTableSheet<ShiftShareRow>(
      wb,
      L.ss,
      [
        { header: L.code, kind: 'text', value: (r) => String(r.territoryCode) },
        { header: L.territory, kind: 'text', width: 28, value: (r) => r.territoryName },
        { header: L.sectorCode, kind: 'text', value: (r) => r.sectorCode },
        { header: L.sector, kind: 'text', width: 36, value: (r) => r.sectorName },
        { header: `${L.from} (${x.from ?? ''})`, kind: 'integer', value: (r) => r.jobsFrom },
        { header: `${L.to} (${x.year})`, kind: 'integer', value: (r) => r.jobsTo },
        { header: L.refShare, kind: 'decimal', value: (r) => r.referenceShare },
        { header: L.mix, kind: 'decimal', value: (r) => r.industryMix },
        { header: L.shift, kind: 'decimal', value: (r) => r.regionalShift },
        { header: L.change, kind: 'integer', value: (r) => r.totalChange },
        { header: L.growth, kind: 'percent', value: (r) => r.growth },
        { header: L.competitive, kind: 'decimal', value: (r) => r.competitive },
        { header: L.allocation, kind: 'decimal', value: (r) => r.allocation },
        { header: L.why, kind: 'text', width: 40, value: (r) => r.reason },
      ],
      x.shiftShare,
    );
  }
  addTableSheet<DiversityRow>(
    wb,
    L.div,
    [
      { header: L.code, kind: 'text', value: (r) => String(r.territoryCode) },
      { header: L.territory, kind: 'text', width: 28, value: (r) => r.territoryName },
      { header: L.year, kind: 'text', value: (r) => String(r.year) },
      { header: 'HHI', kind: 'ratio', value: (r) => r.hhi },
      { header: 'Shannon', kind: 'ratio', value: (r) => r.shannon },
      { header: 'Krugman', kind: 'ratio', value: (r) => r.krugman },
      { header: L.why, kind: 'text', width: 40, value: (r) => r.reason },
    ],
    x.diversity,
  );
  addNotesSheet(wb, L.methods, [
    ['Classification', x.classification],
    ['Measure', x.measure],
    ['Reference region', `${x.reference.label} (${x.reference.territories} territories, total ${x.reference.total})`],
    ['Years', x.from !== undefined ? `${x.from} → ${x.year}` : String(x.year)],
    [
      'Location quotient',
      'LQ_ij = (E_ij / E_j) / (E_i / E): E_ij jobs of sector i in territory j, E_j territory total, E_i reference total of sector i, E reference grand total. Hoover (1936); Balassa (1965).',
    ],
    [
      'Shift-share',
      'Dunn (1960): reference share E_ij·G; industry mix E_ij·(G_i − G); regional shift E_ij·(g_ij − G_i); the three sum to ΔE_ij. Esteban-Marquillas (1972): homothetic E*_ij = E_j·E_i/E; competitive E*_ij·(g_ij − G_i); allocation (E_ij − E*_ij)(g_ij − G_i).',
    ],
    [
      'Diversification',
      'Hirschman-Herfindahl Σ s_ij²; Shannon entropy −Σ s_ij ln s_ij; Krugman specialization Σ |s_ij − s_i| with s_i the reference shares.',
    ],
    [
      'Empty values',
      'A value that cannot be computed (e.g. a territory without jobs, a sector absent from the reference) is left empty, with its reason in the last column.',
    ],
    ...x.sources.map((s): [string, string] => [`Source ${s.year}`, `${s.file} (imported ${s.importedAt})`]),
    ['Generated', `${x.generatedAt} by Arranjo`],
  ]);
  return workbookBytes(wb);
}
