import type { Locale } from '../../domain/locales';
import type { Classification, Measure } from '../../domain/types';
import { formatDateTime } from '../../export/locale-date';
import type { EconomyExport } from './economy-workbook';
import { COUNTRY_REFERENCE, type SubjectInfo } from './types';
import { numberFormat } from '../../text/locale-format';

type Text = Record<Locale, string>;

const MEASURE: Record<Measure, Text> = {
  jobs: { 'pt-BR': 'empregos', en: 'jobs', es: 'empleos' },
  payroll: { 'pt-BR': 'massa salarial', en: 'payroll', es: 'masa salarial' },
  establishments: { 'pt-BR': 'estabelecimentos', en: 'establishments', es: 'establecimientos' },
  value_added: { 'pt-BR': 'valor adicionado', en: 'value added', es: 'valor agregado' },
};

const CLASSIFICATION: Record<Classification, Text> = {
  'ibge-setor': { 'pt-BR': 'Setores IBGE (8)', en: 'IBGE sectors (8)', es: 'Sectores IBGE (8)' },
  'cnae-section': { 'pt-BR': 'CNAE 2.x — seções', en: 'CNAE 2.x — sections', es: 'CNAE 2.x — secciones' },
  'cnae-division': { 'pt-BR': 'CNAE 2.x — divisões', en: 'CNAE 2.x — divisions', es: 'CNAE 2.x — divisiones' },
  'cnae-group': { 'pt-BR': 'CNAE 2.x — grupos', en: 'CNAE 2.x — groups', es: 'CNAE 2.x — grupos' },
  'cnae-class': { 'pt-BR': 'CNAE 2.x — classes', en: 'CNAE 2.x — classes', es: 'CNAE 2.x — clases' },
  'cnae-subclass': { 'pt-BR': 'CNAE 2.x — subclasses', en: 'CNAE 2.x — subclasses', es: 'CNAE 2.x — subclases' },
};

/** Why a value is empty, by the analysis' reason code (the renderer's economy.reasons say the same). */
const REASON: Record<string, Text> = {
  'territory-has-no-jobs': {
    'pt-BR': 'o território não tem empregos neste ano',
    en: 'the territory has no jobs in this year',
    es: 'el territorio no tiene empleos en este año',
  },
  'sector-absent-from-reference': {
    'pt-BR': 'o setor não tem empregos na região de referência',
    en: 'the sector has no jobs in the reference region',
    es: 'el sector no tiene empleos en la región de referencia',
  },
  'reference-empty': {
    'pt-BR': 'a região de referência não tem empregos',
    en: 'the reference region has no jobs',
    es: 'la región de referencia no tiene empleos',
  },
  'no-jobs-at-start': {
    'pt-BR': 'o território não tinha empregos neste setor no ano inicial',
    en: 'the territory had no jobs in this sector at the start year',
    es: 'el territorio no tenía empleos en este sector en el año inicial',
  },
  'sector-absent-at-start': {
    'pt-BR': 'o setor não tinha empregos na região de referência no ano inicial',
    en: 'the sector had no jobs in the reference region at the start year',
    es: 'el sector no tenía empleos en la región de referencia en el año inicial',
  },
};

/** A reference region's label in a language: the country by its name in it ("Brazil"); a state or a set as named. */
export function referenceNameIn(label: string, locale: Locale): string {
  return label === COUNTRY_REFERENCE ? { 'pt-BR': 'Brasil', en: 'Brazil', es: 'Brasil' }[locale] : label;
}

export function measureName(measure: string, locale: Locale): string {
  return MEASURE[measure as Measure]?.[locale] ?? measure;
}

export function classificationName(classification: string, locale: Locale): string {
  return CLASSIFICATION[classification as Classification]?.[locale] ?? classification;
}

/** The reason column in the workbook's language; an unknown code keeps the engine's words. */
export function reasonText(r: { reason: string | null; reasonCode?: string | null }, locale: Locale): string | null {
  if (r.reason === null) return null;
  return (r.reasonCode ? REASON[r.reasonCode]?.[locale] : undefined) ?? r.reason;
}

const W = {
  'pt-BR': {
    subject: 'Território analisado',
    municipality: (s: SubjectInfo) => `${s.name} (município, código IBGE ${s.id})`,
    set: (name: string, n: number) =>
      `${name} (território personalizado: seus ${n} municípios somados setor a setor; linhas com código set:${name})`,
    without: 'Sem dados neste ano',
    classification: 'Classificação',
    measure: 'Medida',
    reference: 'Região de referência',
    referenceText: (label: string, n: string, total: string) => `${label} (${n} territórios, total ${total})`,
    years: 'Anos',
    lq: [
      'Quociente locacional',
      'QL_ij = (E_ij / E_j) / (E_i / E): E_ij empregos do setor i no território j, E_j total do território, E_i total do setor i na referência, E total geral da referência. Hoover (1936); Balassa (1965).',
    ],
    ss: [
      'Shift-share',
      'Dunn (1960): efeito referência E_ij·G; efeito estrutural E_ij·(G_i − G); efeito regional E_ij·(g_ij − G_i); os três somam ΔE_ij. Esteban-Marquillas (1972): emprego homotético E*_ij = E_j·E_i/E; efeito competitivo E*_ij·(g_ij − G_i); efeito alocação (E_ij − E*_ij)(g_ij − G_i).',
    ],
    div: [
      'Diversificação',
      'Hirschman-Herfindahl Σ s_ij²; entropia de Shannon −Σ s_ij ln s_ij; especialização de Krugman Σ |s_ij − s_i|, com s_i as participações na referência.',
    ],
    potential: (sheet: string, name: string, set: boolean, n: number) =>
      `Planilha "${sheet}": setores em que ${name} ainda não é especializado (QL < 1), ordenados pela densidade ω_jp = Σ_q M_jq φ_pq / Σ_q φ_pq, com M_jq = 1 quando QL_jq ≥ 1 e a proximidade φ_pq = min(P(M_p | M_q), P(M_q | M_p)) estimada a partir das especializações dos municípios dos dados (Hidalgo, Klinger, Barabási & Hausmann 2007, Science 317:482). ` +
      (set ? 'O território personalizado é posicionado nesse espaço por suas próprias especializações; ele não altera φ. ' : '') +
      `Cada candidato mostra seu QL atual e os ${n} setores mais próximos em que o território é especializado, com a proximidade φ: o motivo de ser candidato. A lista completa está aqui; a tela mostra os dez primeiros.`,
    potentialNone: 'Setores potenciais: nenhum',
    empty: [
      'Valores vazios',
      'Um valor que não pode ser calculado (por exemplo, um território sem empregos ou um setor ausente da referência) fica vazio, com o motivo na última coluna.',
    ],
    source: (year: number) => `Fonte ${year}`,
    imported: (file: string, at: string) => `${file} (importado em ${at})`,
    generated: 'Gerado em',
    by: (at: string) => `${at}, pelo Arranjo`,
  },
  en: {
    subject: 'Territory analysed',
    municipality: (s: SubjectInfo) => `${s.name} (municipality, IBGE code ${s.id})`,
    set: (name: string, n: number) => `${name} (custom territory: its ${n} municipalities summed sector by sector; rows coded set:${name})`,
    without: 'Without data this year',
    classification: 'Classification',
    measure: 'Measure',
    reference: 'Reference region',
    referenceText: (label: string, n: string, total: string) => `${label} (${n} territories, total ${total})`,
    years: 'Years',
    lq: [
      'Location quotient',
      'LQ_ij = (E_ij / E_j) / (E_i / E): E_ij jobs of sector i in territory j, E_j territory total, E_i reference total of sector i, E reference grand total. Hoover (1936); Balassa (1965).',
    ],
    ss: [
      'Shift-share',
      'Dunn (1960): reference share E_ij·G; industry mix E_ij·(G_i − G); regional shift E_ij·(g_ij − G_i); the three sum to ΔE_ij. Esteban-Marquillas (1972): homothetic E*_ij = E_j·E_i/E; competitive E*_ij·(g_ij − G_i); allocation (E_ij − E*_ij)(g_ij − G_i).',
    ],
    div: [
      'Diversification',
      'Hirschman-Herfindahl Σ s_ij²; Shannon entropy −Σ s_ij ln s_ij; Krugman specialization Σ |s_ij − s_i| with s_i the reference shares.',
    ],
    potential: (sheet: string, name: string, set: boolean, n: number) =>
      `Sheet "${sheet}": sectors ${name} is not yet specialized in (LQ < 1), ranked by density ω_jp = Σ_q M_jq φ_pq / Σ_q φ_pq, with M_jq = 1 when LQ_jq ≥ 1 and the proximity φ_pq = min(P(M_p | M_q), P(M_q | M_p)) estimated from the specializations of the municipalities of the data (Hidalgo, Klinger, Barabási & Hausmann 2007, Science 317:482). ` +
      (set ? 'The custom territory is placed on that space by its own specializations; it does not change φ. ' : '') +
      `Each candidate lists its current LQ and the ${n} closest sectors the territory is specialized in, with their proximity φ: why it is a candidate. The whole ranking is here; the screen shows its first ten.`,
    potentialNone: 'Potential sectors: none',
    empty: [
      'Empty values',
      'A value that cannot be computed (e.g. a territory without jobs, a sector absent from the reference) is left empty, with its reason in the last column.',
    ],
    source: (year: number) => `Source ${year}`,
    imported: (file: string, at: string) => `${file} (imported ${at})`,
    generated: 'Generated',
    by: (at: string) => `${at} by Arranjo`,
  },
  es: {
    subject: 'Territorio analizado',
    municipality: (s: SubjectInfo) => `${s.name} (municipio, código IBGE ${s.id})`,
    set: (name: string, n: number) =>
      `${name} (territorio personalizado: sus ${n} municipios sumados sector por sector; filas con código set:${name})`,
    without: 'Sin datos este año',
    classification: 'Clasificación',
    measure: 'Medida',
    reference: 'Región de referencia',
    referenceText: (label: string, n: string, total: string) => `${label} (${n} territorios, total ${total})`,
    years: 'Años',
    lq: [
      'Cociente de localización',
      'CL_ij = (E_ij / E_j) / (E_i / E): E_ij empleos del sector i en el territorio j, E_j total del territorio, E_i total del sector i en la referencia, E total general de la referencia. Hoover (1936); Balassa (1965).',
    ],
    ss: [
      'Shift-share',
      'Dunn (1960): efecto referencia E_ij·G; efecto estructural E_ij·(G_i − G); efecto regional E_ij·(g_ij − G_i); los tres suman ΔE_ij. Esteban-Marquillas (1972): empleo homotético E*_ij = E_j·E_i/E; efecto competitivo E*_ij·(g_ij − G_i); efecto asignación (E_ij − E*_ij)(g_ij − G_i).',
    ],
    div: [
      'Diversificación',
      'Hirschman-Herfindahl Σ s_ij²; entropía de Shannon −Σ s_ij ln s_ij; especialización de Krugman Σ |s_ij − s_i|, con s_i las participaciones en la referencia.',
    ],
    potential: (sheet: string, name: string, set: boolean, n: number) =>
      `Hoja "${sheet}": sectores en los que ${name} aún no está especializado (CL < 1), ordenados por la densidad ω_jp = Σ_q M_jq φ_pq / Σ_q φ_pq, con M_jq = 1 cuando CL_jq ≥ 1 y la proximidad φ_pq = min(P(M_p | M_q), P(M_q | M_p)) estimada a partir de las especializaciones de los municipios de los datos (Hidalgo, Klinger, Barabási & Hausmann 2007, Science 317:482). ` +
      (set ? 'El territorio personalizado se ubica en ese espacio por sus propias especializaciones; no cambia φ. ' : '') +
      `Cada candidato muestra su CL actual y los ${n} sectores más cercanos en los que el territorio está especializado, con su proximidad φ: el motivo de ser candidato. La lista completa está aquí; la pantalla muestra los diez primeros.`,
    potentialNone: 'Sectores potenciales: ninguno',
    empty: [
      'Valores vacíos',
      'Un valor que no se puede calcular (por ejemplo, un territorio sin empleos o un sector ausente de la referencia) queda vacío, con su motivo en la última columna.',
    ],
    source: (year: number) => `Fuente ${year}`,
    imported: (file: string, at: string) => `${file} (importado el ${at})`,
    generated: 'Generado',
    by: (at: string) => `${at}, por Arranjo`,
  },
} as const;

/** The methods sheet of the economy workbook, in the workbook's language. */
export function economyMethodsLines(x: EconomyExport, potentialSheet: string, relatedColumns: number): [string, string][] {
  const w = W[x.locale];
  const number = numberFormat(x.locale, { maximumFractionDigits: 0 });
  const subject = x.subject;
  const subjectLine = (s: SubjectInfo): string => {
    if (s.kind === 'municipality') return w.municipality(s);
    const without = s.members.filter((m) => !m.hasData);
    return (
      `${w.set(s.name, s.members.length)} — ${s.members.map((m) => `${m.name} (${m.code})`).join(', ')}` +
      (without.length > 0 ? `. ${w.without}: ${without.map((m) => m.name).join(', ')}.` : '.')
    );
  };
  const potential = x.potential;
  return [
    ...(subject ? [[w.subject, subjectLine(subject)] as [string, string]] : []),
    [w.classification, classificationName(x.classification, x.locale)],
    [w.measure, measureName(x.measure, x.locale)],
    [
      w.reference,
      w.referenceText(
        referenceNameIn(x.reference.label, x.locale),
        number.format(x.reference.territories),
        number.format(x.reference.total),
      ),
    ],
    [w.years, x.from !== undefined ? `${x.from} → ${x.year}` : String(x.year)],
    [...w.lq],
    [...w.ss],
    [...w.div],
    ...(potential
      ? [
          [
            potentialSheet,
            w.potential(potentialSheet, potential.subject.name, potential.subject.kind === 'territory-set', relatedColumns),
          ] as [string, string],
          ...(potential.note ? [[w.potentialNone, potential.note] as [string, string]] : []),
        ]
      : []),
    [...w.empty],
    ...x.sources.map((s): [string, string] => [w.source(s.year), w.imported(s.file, formatDateTime(s.importedAt, x.locale))]),
    [w.generated, w.by(formatDateTime(x.generatedAt, x.locale))],
  ];
}

/** Why the ranking is empty; `count` is the custom territory's municipalities when it has no data (null: a municipality). */
type NoteWhy = 'none' | 'all' | 'far' | 'no-data';
interface NoteValues {
  year: number;
  count: number | null;
}

/** The values as a note writes them: the count in the language's digits. */
type NoteWords = { year: number; count: string | null; one: boolean };

const NOTE: Record<NoteWhy, Record<Locale, (name: string, v: NoteWords) => string>> = {
  none: {
    'pt-BR': (n) => `${n} não tem especialização (QL ≥ 1) a partir da qual medir a proximidade de outros setores.`,
    en: (n) => `${n} has no specialization (LQ ≥ 1) from which to measure the proximity of other sectors.`,
    es: (n) => `${n} no tiene especialización (CL ≥ 1) desde la cual medir la proximidad de otros sectores.`,
  },
  all: {
    'pt-BR': (n) => `${n} já é especializado em todos os setores.`,
    en: (n) => `${n} is already specialized in every sector.`,
    es: (n) => `${n} ya está especializado en todos los sectores.`,
  },
  far: {
    'pt-BR': (n) => `Nenhum setor em que ${n} ainda não é especializado está próximo de suas especializações.`,
    en: (n) => `No sector ${n} is not yet specialized in is close to its specializations.`,
    es: (n) => `Ningún sector en el que ${n} aún no está especializado está cerca de sus especializaciones.`,
  },
  'no-data': {
    'pt-BR': (n, { year, count, one }) =>
      `${n} não tem dados em ${year}` +
      (count === null ? '.' : one ? ': o seu único município não tem dados.' : `: nenhum dos seus ${count} municípios tem dados.`),
    en: (n, { year, count, one }) =>
      `${n} has no data in ${year}` +
      (count === null ? '.' : one ? ': its only municipality has none.' : `: none of its ${count} municipalities has any.`),
    es: (n, { year, count, one }) =>
      `${n} no tiene datos en ${year}` +
      (count === null ? '.' : one ? ': su único municipio no tiene datos.' : `: ninguno de sus ${count} municipios tiene datos.`),
  },
};

/** Why the potential-sectors ranking is empty, in the workbook's language (the screen's economy texts say the same). */
export function potentialNote(name: string, why: NoteWhy, locale: Locale, values: NoteValues = { year: 0, count: null }): string {
  const count = values.count === null ? null : numberFormat(locale).format(values.count);
  return NOTE[why][locale](name, { year: values.year, count, one: values.count === 1 });
}
