import { formatPercentPoints } from '../../text/locale-format';
import type { ActionType, BuiltinIndicator, BuiltinUnit, Disaggregation, PeriodKind, Rag } from './types';

export type WorkbookLanguage = 'pt-BR' | 'en' | 'es';

/** Every word of the monitoring workbook, per language (the workbook is written in the engine). */
export interface WorkbookLabels {
  sheets: { framework: string; indicators: string; parts: string; actions: string; territory: string; notes: string };
  objective: string;
  result: string;
  indicator: string;
  name: string;
  unit: string;
  direction: string;
  periodKind: string;
  cumulative: string;
  period: string;
  /** A quarter's letter in a period key as the language types it: 2025-T1 (trimestre) in pt-BR and es, 2025-Q1 in en. */
  quarterLetter: 'Q' | 'T';
  baseline: string;
  target: string;
  actual: string;
  achievement: string;
  status: string;
  code: string;
  type: string;
  territoryCode: string;
  territory: string;
  start: string;
  end: string;
  partner: string;
  participants: string;
  women: string;
  men: string;
  youth: string;
  formed: string;
  legalized: string;
  notes: string;
  actions: string;
  yes: string;
  no: string;
  dimension: string;
  part: string;
  value: string;
  otherAges: string;
  dimensions: Record<Disaggregation, string>;
  rag: Record<Rag, string>;
  /** An indicator's periodicity, as the UI says it (the programmes area's `kinds`). */
  periodKinds: Record<PeriodKind, string>;
  /** A built-in indicator's name, as the monitor says it (the programmes area's `builtins`). */
  builtins: Record<BuiltinIndicator, string>;
  /** A built-in indicator's unit (it was stored in Portuguese, "pessoas", and written so in every language). */
  units: Record<BuiltinUnit, string>;
  types: Record<ActionType, string>;
  notesLines: (p: { name: string; illustrative: boolean; source: string; green: number; amber: number }) => [string, string][];
}

const pct = (x: number, locale: WorkbookLanguage): string => formatPercentPoints(x * 100, locale, 0);

export const WORKBOOK_LABELS: Record<WorkbookLanguage, WorkbookLabels> = {
  'pt-BR': {
    sheets: {
      framework: 'Quadro de resultados',
      indicators: 'Indicadores por período',
      parts: 'Realizado desagregado',
      actions: 'Ações',
      territory: 'Participantes por território',
      notes: 'Notas',
    },
    objective: 'Objetivo',
    result: 'Resultado',
    indicator: 'Indicador',
    name: 'Nome',
    unit: 'Unidade',
    direction: 'Sentido',
    periodKind: 'Periodicidade',
    cumulative: 'Acumulado',
    period: 'Período',
    quarterLetter: 'T',
    baseline: 'Linha de base',
    target: 'Meta',
    actual: 'Realizado',
    achievement: 'Alcance',
    status: 'Situação',
    code: 'Código',
    type: 'Tipo',
    territoryCode: 'Código IBGE',
    territory: 'Município',
    start: 'Início',
    end: 'Fim',
    partner: 'Parceiro',
    participants: 'Participantes',
    women: 'Mulheres',
    men: 'Homens',
    youth: 'Jovens',
    formed: 'Empreendimentos formados',
    legalized: 'Empreendimentos legalizados',
    notes: 'Observações',
    actions: 'Ações',
    yes: 'sim',
    no: 'não',
    dimension: 'Dimensão',
    part: 'Parte',
    value: 'Valor',
    otherAges: 'Demais idades',
    dimensions: { sex: 'Sexo', age: 'Faixa etária', territory: 'Território' },
    rag: { red: 'vermelho', amber: 'amarelo', green: 'verde' },
    periodKinds: { year: 'Ano', quarter: 'Trimestre', month: 'Mês' },
    builtins: {
      participants: 'Participantes',
      women: 'Mulheres',
      youth: 'Jovens',
      actions: 'Ações realizadas',
      enterprises_formed: 'Empreendimentos formados',
      enterprises_legalized: 'Empreendimentos legalizados',
      municipalities: 'Municípios alcançados',
    },
    units: { people: 'pessoas', actions: 'ações', enterprises: 'empreendimentos', municipalities: 'municípios' },
    types: {
      'field-training': 'Capacitação de campo',
      'multiplier-training': 'Formação de multiplicadores',
      'management-workshop': 'Oficina de gestão',
      committee: 'Comitê local',
      'technical-assistance': 'Assistência técnica',
      other: 'Outra',
    },
    notesLines: (p) => [
      ['Programa', p.name],
      ['Dados', p.illustrative ? 'ILUSTRATIVOS — não são dados reais do programa' : 'informados ou importados pelo usuário'],
      ['Fonte', p.source || '—'],
      ['Alcance', '(realizado − linha de base) / (meta − linha de base); vazio quando a meta é igual à linha de base'],
      ['Cores', `verde ≥ ${pct(p.green, 'pt-BR')}; amarelo ≥ ${pct(p.amber, 'pt-BR')}; vermelho abaixo`],
      [
        'Indicadores calculados',
        'participantes, mulheres, jovens, ações, empreendimentos formados e legalizados: soma das ações cuja data de início cai no período; municípios: contagem distinta',
      ],
    ],
  },
  en: {
    sheets: {
      framework: 'Results framework',
      indicators: 'Indicators by period',
      parts: 'Disaggregated actuals',
      actions: 'Actions',
      territory: 'Participants by territory',
      notes: 'Notes',
    },
    objective: 'Objective',
    result: 'Result',
    indicator: 'Indicator',
    name: 'Name',
    unit: 'Unit',
    direction: 'Direction',
    periodKind: 'Periodicity',
    cumulative: 'Cumulative',
    period: 'Period',
    quarterLetter: 'Q',
    baseline: 'Baseline',
    target: 'Target',
    actual: 'Actual',
    achievement: 'Achievement',
    status: 'Status',
    code: 'Code',
    type: 'Type',
    territoryCode: 'IBGE code',
    territory: 'Municipality',
    start: 'Start',
    end: 'End',
    partner: 'Partner',
    participants: 'Participants',
    women: 'Women',
    men: 'Men',
    youth: 'Youth',
    formed: 'Enterprises formed',
    legalized: 'Enterprises legalized',
    notes: 'Notes',
    actions: 'Actions',
    yes: 'yes',
    no: 'no',
    dimension: 'Dimension',
    part: 'Part',
    value: 'Value',
    otherAges: 'Other ages',
    dimensions: { sex: 'Sex', age: 'Age group', territory: 'Territory' },
    rag: { red: 'red', amber: 'amber', green: 'green' },
    periodKinds: { year: 'Year', quarter: 'Quarter', month: 'Month' },
    builtins: {
      participants: 'Participants',
      women: 'Women',
      youth: 'Youth',
      actions: 'Actions held',
      enterprises_formed: 'Enterprises formed',
      enterprises_legalized: 'Enterprises legalized',
      municipalities: 'Municipalities reached',
    },
    units: { people: 'people', actions: 'actions', enterprises: 'enterprises', municipalities: 'municipalities' },
    types: {
      'field-training': 'Field training',
      'multiplier-training': 'Multiplier training',
      'management-workshop': 'Management workshop',
      committee: 'Local committee',
      'technical-assistance': 'Technical assistance',
      other: 'Other',
    },
    notesLines: (p) => [
      ['Programme', p.name],
      ['Data', p.illustrative ? 'ILLUSTRATIVE — not real programme data' : 'entered or imported by the user'],
      ['Source', p.source || '—'],
      ['Achievement', '(actual − baseline) / (target − baseline); empty when the target equals the baseline'],
      ['Colours', `green ≥ ${pct(p.green, 'en')}; amber ≥ ${pct(p.amber, 'en')}; red below`],
      [
        'Computed indicators',
        'participants, women, youth, actions, enterprises formed and legalized: sum over the actions starting in the period; municipalities: distinct count',
      ],
    ],
  },
  es: {
    sheets: {
      framework: 'Marco de resultados',
      indicators: 'Indicadores por período',
      parts: 'Realizado desagregado',
      actions: 'Acciones',
      territory: 'Participantes por territorio',
      notes: 'Notas',
    },
    objective: 'Objetivo',
    result: 'Resultado',
    indicator: 'Indicador',
    name: 'Nombre',
    unit: 'Unidad',
    direction: 'Sentido',
    periodKind: 'Periodicidad',
    cumulative: 'Acumulado',
    period: 'Período',
    quarterLetter: 'T',
    baseline: 'Línea de base',
    target: 'Meta',
    actual: 'Realizado',
    achievement: 'Logro',
    status: 'Estado',
    code: 'Código',
    type: 'Tipo',
    territoryCode: 'Código IBGE',
    territory: 'Municipio',
    start: 'Inicio',
    end: 'Fin',
    partner: 'Socio',
    participants: 'Participantes',
    women: 'Mujeres',
    men: 'Hombres',
    youth: 'Jóvenes',
    formed: 'Emprendimientos formados',
    legalized: 'Emprendimientos legalizados',
    notes: 'Observaciones',
    actions: 'Acciones',
    yes: 'sí',
    no: 'no',
    dimension: 'Dimensión',
    part: 'Parte',
    value: 'Valor',
    otherAges: 'Demás edades',
    dimensions: { sex: 'Sexo', age: 'Grupo de edad', territory: 'Territorio' },
    rag: { red: 'rojo', amber: 'ámbar', green: 'verde' },
    periodKinds: { year: 'Año', quarter: 'Trimestre', month: 'Mes' },
    builtins: {
      participants: 'Participantes',
      women: 'Mujeres',
      youth: 'Jóvenes',
      actions: 'Acciones realizadas',
      enterprises_formed: 'Emprendimientos formados',
      enterprises_legalized: 'Emprendimientos legalizados',
      municipalities: 'Municipios alcanzados',
    },
    units: { people: 'personas', actions: 'acciones', enterprises: 'emprendimientos', municipalities: 'municipios' },
    types: {
      'field-training': 'Capacitación de campo',
      'multiplier-training': 'Formación de multiplicadores',
      'management-workshop': 'Taller de gestión',
      committee: 'Comité local',
      'technical-assistance': 'Asistencia técnica',
      other: 'Otra',
    },
    notesLines: (p) => [
      ['Programa', p.name],
      ['Datos', p.illustrative ? 'ILUSTRATIVOS — no son datos reales del programa' : 'ingresados o importados por el usuario'],
      ['Fuente', p.source || '—'],
      ['Logro', '(realizado − línea de base) / (meta − línea de base); vacío cuando la meta es igual a la línea de base'],
      ['Colores', `verde ≥ ${pct(p.green, 'es')}; ámbar ≥ ${pct(p.amber, 'es')}; rojo debajo`],
      [
        'Indicadores calculados',
        'participantes, mujeres, jóvenes, acciones, emprendimientos formados y legalizados: suma de las acciones que empiezan en el período; municipios: conteo distinto',
      ],
    ],
  },
};
