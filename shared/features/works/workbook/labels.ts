import type { FundingSource, WorkCategory, WorkHealth, WorkStatus } from '../types';

/** The words for a work's coded fields, as the UI shows them (test/db/export-language.test.ts holds them equal). */
export interface WorkWords {
  category: Record<WorkCategory, string>;
  status: Record<WorkStatus, string>;
  health: Record<WorkHealth, string>;
  funding: Record<FundingSource, string>;
}

/** The works workbook's words, in the UI languages (the workbook speaks the user's language). */
export interface WorkbookLabels {
  portfolio: string;
  measurements: string;
  sCurve: string;
  districts: string;
  methods: string;
  siteCode: string;
  site: string;
  workCode: string;
  title: string;
  category: string;
  funding: string;
  status: string;
  health: string;
  budget: string;
  committed: string;
  disbursed: string;
  physical: string;
  planned: string;
  ev: string;
  pv: string;
  ac: string;
  spi: string;
  cpi: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  forecastEnd: string;
  date: string;
  correction: string;
  month: string;
  plannedCurve: string;
  physicalCurve: string;
  financialCurve: string;
  works: string;
  late: string;
  paralysed: string;
  completed: string;
  illustrative: string;
  yes: string;
  statusDate: string;
  formulas: [string, string][];
  words: WorkWords;
}

const FORMULAS_EN: [string, string][] = [
  ['Reference', 'PMI, Practice Standard for Earned Value Management, 2nd ed. (2011)'],
  ['Measurement used', 'The latest measurement on or before the status date (none: 0% done, R$ 0 spent).'],
  [
    'Planned %',
    '% of planned start → planned end elapsed at the status date, in days, clamped to 0–100; an imported monthly schedule replaces the straight line.',
  ],
  ['EV (earned value)', 'physical % / 100 × budget planned'],
  ['PV (planned value)', 'planned % / 100 × budget planned'],
  ['AC (actual cost)', 'disbursed (cumulative)'],
  ['SPI', 'EV / PV; empty when PV = 0'],
  ['CPI', 'EV / AC; empty when AC = 0'],
  ['Forecast end', 'planned start + planned duration / SPI (empty when SPI is empty or 0)'],
  ['Late', 'SPI below 0.95, or the planned end passed before 100%'],
  ['S-curve', 'Σ PV, Σ EV and Σ AC of the works at each month end, as % of Σ budget planned'],
];

export const WORKBOOK_LABELS: Record<'pt-BR' | 'en' | 'es', WorkbookLabels> = {
  'pt-BR': {
    words: {
      category: {
        paving: 'Pavimentação',
        drainage: 'Drenagem',
        water: 'Água',
        sewage: 'Esgoto',
        power: 'Energia',
        lighting: 'Iluminação',
        telecom: 'Telecomunicações',
        'access-road': 'Acesso viário',
        security: 'Segurança',
        signage: 'Sinalização',
        building: 'Edificação',
        other: 'Outra',
      },
      status: {
        planned: 'Planejada',
        tendering: 'Em licitação',
        contracted: 'Contratada',
        'in-progress': 'Em andamento',
        paralysed: 'Paralisada',
        completed: 'Concluída',
        cancelled: 'Cancelada',
      },
      health: {
        'on-schedule': 'No prazo',
        late: 'Atrasada',
        paralysed: 'Paralisada',
        completed: 'Concluída',
        'not-started': 'Não iniciada',
        cancelled: 'Cancelada',
      },
      funding: {
        'own-budget': 'Recursos próprios',
        convenio: 'Convênio',
        loan: 'Financiamento',
        other: 'Outra',
      },
    },
    portfolio: 'Carteira',
    measurements: 'Medições',
    sCurve: 'Curva S',
    districts: 'Por distrito',
    methods: 'Métodos',
    siteCode: 'Código do distrito',
    site: 'Distrito',
    workCode: 'Código da obra',
    title: 'Obra',
    category: 'Categoria',
    funding: 'Fonte de recursos',
    status: 'Situação',
    health: 'Andamento',
    budget: 'Orçamento previsto (R$)',
    committed: 'Empenhado (R$)',
    disbursed: 'Desembolsado (R$)',
    physical: 'Avanço físico',
    planned: 'Avanço previsto',
    ev: 'VA — valor agregado (R$)',
    pv: 'VP — valor planejado (R$)',
    ac: 'CR — custo real (R$)',
    spi: 'IDP (SPI)',
    cpi: 'IDC (CPI)',
    plannedStart: 'Início previsto',
    plannedEnd: 'Término previsto',
    actualStart: 'Início real',
    actualEnd: 'Término real',
    forecastEnd: 'Término projetado',
    date: 'Data',
    correction: 'Correção',
    month: 'Mês',
    plannedCurve: 'Previsto acumulado',
    physicalCurve: 'Físico acumulado',
    financialCurve: 'Financeiro acumulado',
    works: 'Obras',
    late: 'Atrasadas',
    paralysed: 'Paralisadas',
    completed: 'Concluídas',
    illustrative: 'Ilustrativo',
    yes: 'sim',
    statusDate: 'Data de referência',
    formulas: [
      ['Referência', 'PMI, Practice Standard for Earned Value Management, 2ª ed. (2011)'],
      ['Medição considerada', 'A última medição até a data de referência (nenhuma: 0% executado, R$ 0 desembolsado).'],
      [
        'Avanço previsto',
        '% do prazo entre início e término previstos decorrido na data de referência, em dias, limitado a 0–100; um cronograma mensal importado substitui a reta.',
      ],
      ['VA (valor agregado, EV)', 'avanço físico / 100 × orçamento previsto'],
      ['VP (valor planejado, PV)', 'avanço previsto / 100 × orçamento previsto'],
      ['CR (custo real, AC)', 'desembolsado acumulado'],
      ['IDP (SPI)', 'VA / VP; vazio quando VP = 0'],
      ['IDC (CPI)', 'VA / CR; vazio quando CR = 0'],
      ['Término projetado', 'início previsto + duração prevista / IDP (vazio quando o IDP é vazio ou 0)'],
      ['Atrasada', 'IDP abaixo de 0,95, ou término previsto vencido antes de 100%'],
      ['Curva S', 'Σ VP, Σ VA e Σ CR das obras no fim de cada mês, em % do Σ orçamento previsto'],
    ],
  },
  en: {
    words: {
      category: {
        paving: 'Paving',
        drainage: 'Drainage',
        water: 'Water',
        sewage: 'Sewage',
        power: 'Power',
        lighting: 'Lighting',
        telecom: 'Telecom',
        'access-road': 'Access road',
        security: 'Security',
        signage: 'Signage',
        building: 'Building',
        other: 'Other',
      },
      status: {
        planned: 'Planned',
        tendering: 'Tendering',
        contracted: 'Contracted',
        'in-progress': 'In progress',
        paralysed: 'Paralysed',
        completed: 'Completed',
        cancelled: 'Cancelled',
      },
      health: {
        'on-schedule': 'On schedule',
        late: 'Late',
        paralysed: 'Paralysed',
        completed: 'Completed',
        'not-started': 'Not started',
        cancelled: 'Cancelled',
      },
      funding: {
        'own-budget': 'Own budget',
        convenio: 'Transfer agreement',
        loan: 'Loan',
        other: 'Other',
      },
    },
    portfolio: 'Portfolio',
    measurements: 'Measurements',
    sCurve: 'S-curve',
    districts: 'By district',
    methods: 'Methods',
    siteCode: 'District code',
    site: 'District',
    workCode: 'Work code',
    title: 'Work',
    category: 'Category',
    funding: 'Funding source',
    status: 'Status',
    health: 'Schedule health',
    budget: 'Budget planned (R$)',
    committed: 'Committed (R$)',
    disbursed: 'Disbursed (R$)',
    physical: 'Physical progress',
    planned: 'Planned progress',
    ev: 'EV — earned value (R$)',
    pv: 'PV — planned value (R$)',
    ac: 'AC — actual cost (R$)',
    spi: 'SPI',
    cpi: 'CPI',
    plannedStart: 'Planned start',
    plannedEnd: 'Planned end',
    actualStart: 'Actual start',
    actualEnd: 'Actual end',
    forecastEnd: 'Forecast end',
    date: 'Date',
    correction: 'Correction',
    month: 'Month',
    plannedCurve: 'Planned cumulative',
    physicalCurve: 'Physical cumulative',
    financialCurve: 'Financial cumulative',
    works: 'Works',
    late: 'Late',
    paralysed: 'Paralysed',
    completed: 'Completed',
    illustrative: 'Illustrative',
    yes: 'yes',
    statusDate: 'Status date',
    formulas: FORMULAS_EN,
  },
  es: {
    words: {
      category: {
        paving: 'Pavimentación',
        drainage: 'Drenaje',
        water: 'Agua',
        sewage: 'Alcantarillado',
        power: 'Energía',
        lighting: 'Iluminación',
        telecom: 'Telecomunicaciones',
        'access-road': 'Acceso vial',
        security: 'Seguridad',
        signage: 'Señalización',
        building: 'Edificación',
        other: 'Otra',
      },
      status: {
        planned: 'Planificada',
        tendering: 'En licitación',
        contracted: 'Contratada',
        'in-progress': 'En ejecución',
        paralysed: 'Paralizada',
        completed: 'Concluida',
        cancelled: 'Cancelada',
      },
      health: {
        'on-schedule': 'En plazo',
        late: 'Atrasada',
        paralysed: 'Paralizada',
        completed: 'Concluida',
        'not-started': 'No iniciada',
        cancelled: 'Cancelada',
      },
      funding: {
        'own-budget': 'Recursos propios',
        convenio: 'Convenio',
        loan: 'Préstamo',
        other: 'Otra',
      },
    },
    portfolio: 'Cartera',
    measurements: 'Mediciones',
    sCurve: 'Curva S',
    districts: 'Por distrito',
    methods: 'Métodos',
    siteCode: 'Código del distrito',
    site: 'Distrito',
    workCode: 'Código de la obra',
    title: 'Obra',
    category: 'Categoría',
    funding: 'Fuente de financiamiento',
    status: 'Estado',
    health: 'Avance del plazo',
    budget: 'Presupuesto previsto (R$)',
    committed: 'Comprometido (R$)',
    disbursed: 'Desembolsado (R$)',
    physical: 'Avance físico',
    planned: 'Avance previsto',
    ev: 'VG — valor ganado (R$)',
    pv: 'VP — valor planificado (R$)',
    ac: 'CR — costo real (R$)',
    spi: 'SPI',
    cpi: 'CPI',
    plannedStart: 'Inicio previsto',
    plannedEnd: 'Término previsto',
    actualStart: 'Inicio real',
    actualEnd: 'Término real',
    forecastEnd: 'Término proyectado',
    date: 'Fecha',
    correction: 'Corrección',
    month: 'Mes',
    plannedCurve: 'Previsto acumulado',
    physicalCurve: 'Físico acumulado',
    financialCurve: 'Financiero acumulado',
    works: 'Obras',
    late: 'Atrasadas',
    paralysed: 'Paralizadas',
    completed: 'Concluidas',
    illustrative: 'Ilustrativo',
    yes: 'sí',
    statusDate: 'Fecha de corte',
    formulas: [
      ['Referencia', 'PMI, Practice Standard for Earned Value Management, 2.ª ed. (2011)'],
      ['Medición considerada', 'La última medición hasta la fecha de corte (ninguna: 0 % ejecutado, R$ 0 desembolsado).'],
      [
        'Avance previsto',
        '% del plazo entre inicio y término previstos transcurrido a la fecha de corte, en días, limitado a 0–100; un cronograma mensual importado reemplaza la recta.',
      ],
      ['VG (valor ganado, EV)', 'avance físico / 100 × presupuesto previsto'],
      ['VP (valor planificado, PV)', 'avance previsto / 100 × presupuesto previsto'],
      ['CR (costo real, AC)', 'desembolsado acumulado'],
      ['SPI', 'VG / VP; vacío cuando VP = 0'],
      ['CPI', 'VG / CR; vacío cuando CR = 0'],
      ['Término proyectado', 'inicio previsto + duración prevista / SPI (vacío cuando el SPI es vacío o 0)'],
      ['Atrasada', 'SPI bajo 0,95, o término previsto vencido antes del 100 %'],
      ['Curva S', 'Σ VP, Σ VG y Σ CR de las obras al fin de cada mes, en % del Σ presupuesto previsto'],
    ],
  },
};
