import { loadExcelJs } from '../../export/load-exceljs';
import type { DiversityRow, LqRow, PotentialSectorRow, ReferenceInfo, ShiftShareRow, SubjectInfo, TerritoryKind } from './types';
import { addNotesSheet, addTableSheet, workbookBytes } from '../../export/workbook';
import { sectorNameIn } from '../../domain/ibge-sectors';
import { labelKey, type Locale } from '../../domain/locales';
import type { YearSource } from '../../domain/types';
import { economyMethodsLines, measureName, reasonText } from './economy-workbook-methods';

export type ExportLocale = Locale;

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
  /** The territory analysed, when there is one (a municipality, or a custom territory with its members). */
  subject?: SubjectInfo;
  /** Its potential sectors, ranked, when there is a subject. */
  potential?: PotentialSheet;
  sources: YearSource[];
  generatedAt: string;
}

export interface PotentialSheet {
  subject: SubjectInfo;
  rows: PotentialSectorRow[];
  /** Why the ranking is empty (no data, no specialization…); null when it is not. */
  note: string | null;
}

/** How many of a candidate's closest specializations get their own columns. */
const RELATED_COLUMNS = 3;

const LABELS = {
  'pt-BR': {
    lq: 'Quociente locacional',
    lqShort: 'QL',
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
    potential: 'Setores potenciais',
    rank: 'Posição',
    density: 'Densidade',
    currentLq: 'QL atual',
    related: 'Especialização próxima',
    proximity: 'Proximidade φ',
  },
  en: {
    lq: 'Location quotient',
    lqShort: 'LQ',
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
    potential: 'Potential sectors',
    rank: 'Rank',
    density: 'Density',
    currentLq: 'Current LQ',
    related: 'Related specialization',
    proximity: 'Proximity φ',
  },
  es: {
    lq: 'Cociente de localización',
    lqShort: 'CL',
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
    potential: 'Sectores potenciales',
    rank: 'Posición',
    density: 'Densidad',
    currentLq: 'CL actual',
    related: 'Especialización cercana',
    proximity: 'Proximidad φ',
  },
} as const;

/** A municipality's IBGE code; a custom territory as "set:<name>", the CLI's way to name a set. */
function territoryCodeText(r: { territoryCode: number; territoryKind?: TerritoryKind; territoryName: string }): string {
  return r.territoryKind === 'territory-set' ? `set:${r.territoryName}` : String(r.territoryCode);
}

/** The economic diagnosis as a workbook: one typed sheet per analysis and a methods sheet. */
export async function economyWorkbook(x: EconomyExport): Promise<Uint8Array> {
  const L = LABELS[x.locale];
  // As the screen names them: an IBGE sector (and "não classificado") in the workbook's language.
  const sectorName = (code: string, dataName: string) =>
    sectorNameIn(labelKey(x.locale), code, dataName, x.classification === 'ibge-setor');
  const wb = new (await loadExcelJs()).Workbook();
  wb.creator = 'Arranjo';
  wb.created = new Date(x.generatedAt);
  addTableSheet<LqRow>(
    wb,
    L.lq,
    [
      { header: L.code, kind: 'text', value: territoryCodeText },
      { header: L.territory, kind: 'text', width: 28, value: (r) => r.territoryName },
      { header: L.sectorCode, kind: 'text', value: (r) => r.sectorCode },
      { header: L.sector, kind: 'text', width: 36, value: (r) => sectorName(r.sectorCode, r.sectorName) },
      { header: L.year, kind: 'year', value: (r) => r.year },
      { header: `${L.value} (${measureName(x.measure, x.locale)})`, kind: 'integer', value: (r) => r.value },
      { header: L.lqShort, kind: 'ratio', value: (r) => r.lq },
      { header: L.why, kind: 'text', width: 40, value: (r) => reasonText(r, x.locale) },
    ],
    x.lq,
  );
  if (x.shiftShare.length > 0) {
    addTableSheet<ShiftShareRow>(
      wb,
      L.ss,
      [
        { header: L.code, kind: 'text', value: territoryCodeText },
        { header: L.territory, kind: 'text', width: 28, value: (r) => r.territoryName },
        { header: L.sectorCode, kind: 'text', value: (r) => r.sectorCode },
        { header: L.sector, kind: 'text', width: 36, value: (r) => sectorName(r.sectorCode, r.sectorName) },
        { header: `${L.from} (${x.from ?? ''})`, kind: 'integer', value: (r) => r.jobsFrom },
        { header: `${L.to} (${x.year})`, kind: 'integer', value: (r) => r.jobsTo },
        { header: L.refShare, kind: 'decimal', value: (r) => r.referenceShare },
        { header: L.mix, kind: 'decimal', value: (r) => r.industryMix },
        { header: L.shift, kind: 'decimal', value: (r) => r.regionalShift },
        { header: L.change, kind: 'integer', value: (r) => r.totalChange },
        { header: L.growth, kind: 'percent', value: (r) => r.growth },
        { header: L.competitive, kind: 'decimal', value: (r) => r.competitive },
        { header: L.allocation, kind: 'decimal', value: (r) => r.allocation },
        { header: L.why, kind: 'text', width: 40, value: (r) => reasonText(r, x.locale) },
      ],
      x.shiftShare,
    );
  }
  addTableSheet<DiversityRow>(
    wb,
    L.div,
    [
      { header: L.code, kind: 'text', value: territoryCodeText },
      { header: L.territory, kind: 'text', width: 28, value: (r) => r.territoryName },
      { header: L.year, kind: 'year', value: (r) => r.year },
      { header: 'HHI', kind: 'ratio', value: (r) => r.hhi },
      { header: 'Shannon', kind: 'ratio', value: (r) => r.shannon },
      { header: 'Krugman', kind: 'ratio', value: (r) => r.krugman },
      { header: L.why, kind: 'text', width: 40, value: (r) => reasonText(r, x.locale) },
    ],
    x.diversity,
  );
  const potential = x.potential;
  if (potential) {
    const { subject } = potential;
    const subjectCode = territoryCodeText({
      territoryCode: subject.id,
      territoryName: subject.name,
      ...(subject.kind === 'territory-set' ? { territoryKind: 'territory-set' as const } : {}),
    });
    const related = Array.from({ length: RELATED_COLUMNS }, (_, k) => k);
    addTableSheet<PotentialSectorRow & { rank: number }>(
      wb,
      L.potential,
      [
        { header: L.rank, kind: 'integer', value: (r) => r.rank },
        { header: L.code, kind: 'text', value: () => subjectCode },
        { header: L.territory, kind: 'text', width: 28, value: () => subject.name },
        { header: L.sectorCode, kind: 'text', value: (r) => r.sectorCode },
        { header: L.sector, kind: 'text', width: 36, value: (r) => sectorName(r.sectorCode, r.sectorName) },
        { header: L.density, kind: 'ratio', value: (r) => r.density },
        { header: L.currentLq, kind: 'ratio', value: (r) => r.lq },
        ...related.flatMap((k) => [
          {
            header: `${L.related} ${k + 1}`,
            kind: 'text' as const,
            width: 36,
            value: (r: PotentialSectorRow) => {
              const related = r.related[k];
              return related ? sectorName(related.sectorCode, related.sectorName) : null;
            },
          },
          { header: `${L.proximity} ${k + 1}`, kind: 'ratio' as const, value: (r: PotentialSectorRow) => r.related[k]?.proximity ?? null },
        ]),
      ],
      potential.rows.map((r, i) => ({ ...r, rank: i + 1 })),
    );
  }
  addNotesSheet(wb, L.methods, economyMethodsLines(x, L.potential, RELATED_COLUMNS));
  return workbookBytes(wb);
}
