import type { ActionStatus, CriterionSource, IncentiveKind, LotStatus, ProspectStage, TargetOrigin, TargetState } from './vocabulary';

export type PlanLocale = 'pt-BR' | 'en' | 'es';

interface Labels {
  sheets: { summary: string; targets: string; lots: string; incentives: string; criteria: string; ranking: string; prospects: string; actions: string; notes: string };
  title: string;
  illustrative: string;
  summary: [string, string][];
  stage: Record<ProspectStage, string>;
  status: Record<LotStatus, string>;
  origin: Record<TargetOrigin, string>;
  state: Record<TargetState, string>;
  kind: Record<IncentiveKind, string>;
  source: Record<CriterionSource, string>;
  action: Record<ActionStatus, string>;
  direction: { benefit: string; cost: string };
  col: Record<string, string>;
  chart: string;
  yes: string;
  no: string;
  notes: [string, string][];
}

const PT: Labels = {
  sheets: { summary: 'Resumo', targets: 'Setores-alvo', lots: 'Lotes', incentives: 'Incentivos', criteria: 'Critérios de venda', ranking: 'Classificação', prospects: 'Empresas', actions: 'Ações', notes: 'Notas' },
  title: 'Plano de atração de empresas',
  illustrative: 'ILUSTRATIVO — dados de exemplo, não são dados reais do distrito.',
  summary: [],
  stage: { lead: 'Prospecção', contact: 'Contato', visit: 'Visita', proposal: 'Proposta', negotiation: 'Negociação', installed: 'Instalada', lost: 'Perdida' },
  status: { available: 'Disponível', reserved: 'Reservado', sold: 'Vendido', occupied: 'Ocupado' },
  origin: { specialized: 'Especializado', growing: 'Em crescimento', potential: 'Potencial', custom: 'Incluído pelo planejador' },
  state: { proposed: 'Proposto', accepted: 'Aceito', removed: 'Removido' },
  kind: { 'land-discount': 'Desconto no terreno', tax: 'Incentivo fiscal', fee: 'Isenção de taxas', other: 'Outro' },
  source: { jobs: 'Empregos', investment: 'Investimento', 'jobs-per-m2': 'Empregos por m²', 'investment-per-m2': 'Investimento por m²', 'sector-fit': 'Aderência aos setores-alvo', manual: 'Nota informada' },
  action: { planned: 'Planejada', 'in-progress': 'Em andamento', done: 'Concluída', cancelled: 'Cancelada' },
  direction: { benefit: 'Quanto maior, melhor', cost: 'Quanto menor, melhor' },
  col: {
    district: 'Distrito', municipality: 'Município', period: 'Período', goalJobs: 'Meta de empregos', goalInvestment: 'Meta de investimento (R$)',
    lotsTotal: 'Lotes', lotsAvailable: 'Lotes disponíveis', areaAvailable: 'Área disponível (m²)', valueAvailable: 'Valor dos lotes disponíveis (R$)',
    prospects: 'Empresas no funil', investment: 'Investimento previsto (R$)', jobs: 'Empregos previstos', installedJobs: 'Empregos instalados',
    installedInvestment: 'Investimento instalado (R$)', overdue: 'Próximas ações atrasadas', targetsAccepted: 'Setores-alvo aceitos',
    code: 'Código', sector: 'Setor', origin: 'Origem', state: 'Situação', lq: 'QL', growth: 'Crescimento', density: 'Densidade', rationale: 'Justificativa',
    lot: 'Lote', area: 'Área (m²)', price: 'Preço (R$/m²)', value: 'Valor (R$)', status: 'Situação', zoning: 'Zoneamento', pollution: 'Classe de poluição',
    infrastructure: 'Infraestrutura', notes: 'Observações', illustrative: 'Ilustrativo', kind: 'Tipo', name: 'Nome', discount: 'Desconto (%)',
    annual: 'Valor anual (R$)', years: 'Anos', criterion: 'Critério', source: 'Origem do valor', direction: 'Sentido', weight: 'Peso',
    share: 'Peso relativo', rank: 'Posição', company: 'Empresa', score: 'Pontuação', points: 'Pontos (0–100)', landDiscount: 'Desconto no terreno (%)',
    stage: 'Etapa', cnpj: 'CNPJ', cnae: 'CNAE', areaNeeded: 'Área necessária (m²)', nextAction: 'Próxima ação', nextDate: 'Data', late: 'Atrasada',
    contact: 'Contato', lotsMatching: 'Lotes compatíveis', cost: 'Custo dos incentivos (R$)', tax: 'Tributos no horizonte (R$)', payback: 'Retorno (anos)',
    action: 'Ação', owner: 'Responsável', due: 'Prazo', count: 'Quantidade', method: 'Método',
  },
  chart: 'Empresas por etapa do funil',
  yes: 'sim',
  no: 'não',
  notes: [
    ['Setores-alvo', 'Propostos a partir do diagnóstico econômico do município do distrito: QL ≥ 1,25 (especializado), crescimento acima da referência (efeito regional do shift-share > 0) e densidade de relacionamento (Hidalgo et al. 2007). O planejador aceita, remove ou inclui setores.'],
    ['Pontuação', 'Critérios ponderados avaliados pelo motor multicritério do Arranjo (soma ponderada com normalização mín-máx: pontos 0–100 relativos às candidatas; valores ausentes recebem o pior valor conhecido). A regra de desconto segue as tabelas de pontos das agências estaduais (ex.: Goiás, pontuação > 80 → 50% no preço do terreno).'],
    ['Custo-benefício', 'Custo = desconto no terreno (% × preço/m² × área necessária) + incentivos anuais × anos; tributos = tributo por emprego-ano × empregos × horizonte; retorno = primeiro ano em que os tributos acumulados cobrem o custo acumulado. Somas sem desconto financeiro.'],
  ],
};

const EN: Labels = {
  ...PT,
  sheets: { summary: 'Summary', targets: 'Target sectors', lots: 'Lots', incentives: 'Incentives', criteria: 'Sales criteria', ranking: 'Ranking', prospects: 'Companies', actions: 'Actions', notes: 'Notes' },
  title: 'Company attraction plan',
  illustrative: 'ILLUSTRATIVE — example data, not real data of the district.',
  stage: { lead: 'Lead', contact: 'Contact', visit: 'Visit', proposal: 'Proposal', negotiation: 'Negotiation', installed: 'Installed', lost: 'Lost' },
  status: { available: 'Available', reserved: 'Reserved', sold: 'Sold', occupied: 'Occupied' },
  origin: { specialized: 'Specialized', growing: 'Growing', potential: 'Potential', custom: 'Added by the planner' },
  state: { proposed: 'Proposed', accepted: 'Accepted', removed: 'Removed' },
  kind: { 'land-discount': 'Land discount', tax: 'Tax incentive', fee: 'Fee waiver', other: 'Other' },
  source: { jobs: 'Jobs', investment: 'Investment', 'jobs-per-m2': 'Jobs per m²', 'investment-per-m2': 'Investment per m²', 'sector-fit': 'Fit with target sectors', manual: 'Score entered' },
  action: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' },
  direction: { benefit: 'Higher is better', cost: 'Lower is better' },
  col: {
    ...PT.col,
    district: 'District', municipality: 'Municipality', period: 'Period', goalJobs: 'Jobs target', goalInvestment: 'Investment target (R$)',
    lotsTotal: 'Lots', lotsAvailable: 'Available lots', areaAvailable: 'Available area (m²)', valueAvailable: 'Value of available lots (R$)',
    prospects: 'Companies in the pipeline', investment: 'Planned investment (R$)', jobs: 'Planned jobs', installedJobs: 'Jobs installed',
    installedInvestment: 'Investment installed (R$)', overdue: 'Overdue next actions', targetsAccepted: 'Accepted target sectors',
    code: 'Code', sector: 'Sector', origin: 'Origin', state: 'State', lq: 'LQ', growth: 'Growth', density: 'Density', rationale: 'Rationale',
    lot: 'Lot', area: 'Area (m²)', price: 'Price (R$/m²)', value: 'Value (R$)', status: 'Status', zoning: 'Zoning', pollution: 'Pollution class',
    infrastructure: 'Infrastructure', notes: 'Notes', illustrative: 'Illustrative', kind: 'Kind', name: 'Name', discount: 'Discount (%)',
    annual: 'Yearly amount (R$)', years: 'Years', criterion: 'Criterion', source: 'Value from', direction: 'Direction', weight: 'Weight',
    share: 'Relative weight', rank: 'Rank', company: 'Company', score: 'Score', points: 'Points (0–100)', landDiscount: 'Land discount (%)',
    stage: 'Stage', areaNeeded: 'Area needed (m²)', nextAction: 'Next action', nextDate: 'Date', late: 'Overdue', contact: 'Contact',
    lotsMatching: 'Matching lots', cost: 'Incentive cost (R$)', tax: 'Taxes over the horizon (R$)', payback: 'Payback (years)',
    action: 'Action', owner: 'Owner', due: 'Due', count: 'Count', method: 'Method',
  },
  chart: 'Companies by pipeline stage',
  yes: 'yes',
  no: 'no',
  notes: [
    ['Target sectors', "Proposed from the economic diagnosis of the district's municipality: LQ ≥ 1.25 (specialized), growth above the reference (shift-share regional shift > 0) and relatedness density (Hidalgo et al. 2007). The planner accepts, removes or adds sectors."],
    ['Scores', "Weighted criteria scored by Arranjo's multi-criteria engine (weighted sum with min-max normalization: points 0–100 relative to the applicants; missing values get the worst known value). The discount rule follows state agencies' points tables (e.g. Goiás: score > 80 → 50% off the land price)."],
    ['Cost-benefit', 'Cost = land discount (% × price/m² × area needed) + yearly incentives × years; taxes = tax per job-year × jobs × horizon; payback = first year when cumulative taxes cover the cumulative cost. Undiscounted sums.'],
  ],
};

const ES: Labels = {
  ...EN,
  sheets: { summary: 'Resumen', targets: 'Sectores objetivo', lots: 'Lotes', incentives: 'Incentivos', criteria: 'Criterios de venta', ranking: 'Clasificación', prospects: 'Empresas', actions: 'Acciones', notes: 'Notas' },
  title: 'Plan de atracción de empresas',
  illustrative: 'ILUSTRATIVO — datos de ejemplo, no son datos reales del distrito.',
  stage: { lead: 'Prospección', contact: 'Contacto', visit: 'Visita', proposal: 'Propuesta', negotiation: 'Negociación', installed: 'Instalada', lost: 'Perdida' },
  status: { available: 'Disponible', reserved: 'Reservado', sold: 'Vendido', occupied: 'Ocupado' },
  origin: { specialized: 'Especializado', growing: 'En crecimiento', potential: 'Potencial', custom: 'Incluido por el planificador' },
  state: { proposed: 'Propuesto', accepted: 'Aceptado', removed: 'Eliminado' },
  kind: { 'land-discount': 'Descuento en el terreno', tax: 'Incentivo fiscal', fee: 'Exención de tasas', other: 'Otro' },
  source: { jobs: 'Empleos', investment: 'Inversión', 'jobs-per-m2': 'Empleos por m²', 'investment-per-m2': 'Inversión por m²', 'sector-fit': 'Afinidad con los sectores objetivo', manual: 'Nota ingresada' },
  action: { planned: 'Planificada', 'in-progress': 'En curso', done: 'Concluida', cancelled: 'Cancelada' },
  direction: { benefit: 'Mayor es mejor', cost: 'Menor es mejor' },
  col: {
    ...EN.col,
    district: 'Distrito', municipality: 'Municipio', period: 'Período', goalJobs: 'Meta de empleos', goalInvestment: 'Meta de inversión (R$)',
    lotsTotal: 'Lotes', lotsAvailable: 'Lotes disponibles', areaAvailable: 'Área disponible (m²)', valueAvailable: 'Valor de los lotes disponibles (R$)',
    prospects: 'Empresas en el embudo', investment: 'Inversión prevista (R$)', jobs: 'Empleos previstos', installedJobs: 'Empleos instalados',
    installedInvestment: 'Inversión instalada (R$)', overdue: 'Próximas acciones atrasadas', targetsAccepted: 'Sectores objetivo aceptados',
    code: 'Código', sector: 'Sector', origin: 'Origen', state: 'Situación', lq: 'CL', growth: 'Crecimiento', density: 'Densidad', rationale: 'Justificación',
    lot: 'Lote', area: 'Área (m²)', price: 'Precio (R$/m²)', value: 'Valor (R$)', status: 'Situación', zoning: 'Zonificación', pollution: 'Clase de contaminación',
    infrastructure: 'Infraestructura', notes: 'Observaciones', illustrative: 'Ilustrativo', kind: 'Tipo', name: 'Nombre', discount: 'Descuento (%)',
    annual: 'Monto anual (R$)', years: 'Años', criterion: 'Criterio', source: 'Origen del valor', direction: 'Sentido', weight: 'Peso',
    share: 'Peso relativo', rank: 'Posición', company: 'Empresa', score: 'Puntuación', points: 'Puntos (0–100)', landDiscount: 'Descuento en el terreno (%)',
    stage: 'Etapa', areaNeeded: 'Área necesaria (m²)', nextAction: 'Próxima acción', nextDate: 'Fecha', late: 'Atrasada', contact: 'Contacto',
    lotsMatching: 'Lotes compatibles', cost: 'Costo de los incentivos (R$)', tax: 'Tributos en el horizonte (R$)', payback: 'Retorno (años)',
    action: 'Acción', owner: 'Responsable', due: 'Plazo', count: 'Cantidad', method: 'Método',
  },
  chart: 'Empresas por etapa del embudo',
  yes: 'sí',
  no: 'no',
  notes: [
    ['Sectores objetivo', 'Propuestos a partir del diagnóstico económico del municipio del distrito: CL ≥ 1,25 (especializado), crecimiento por encima de la referencia (efecto regional del shift-share > 0) y densidad de relación (Hidalgo et al. 2007). El planificador acepta, elimina o agrega sectores.'],
    ['Puntuación', 'Criterios ponderados evaluados por el motor multicriterio de Arranjo (suma ponderada con normalización mín-máx: puntos 0–100 relativos a las candidatas; los valores ausentes reciben el peor valor conocido). La regla de descuento sigue las tablas de puntos de las agencias estatales (ej.: Goiás, puntuación > 80 → 50% del precio del terreno).'],
    ['Costo-beneficio', 'Costo = descuento en el terreno (% × precio/m² × área necesaria) + incentivos anuales × años; tributos = tributo por empleo-año × empleos × horizonte; retorno = primer año en que los tributos acumulados cubren el costo acumulado. Sumas sin descuento financiero.'],
  ],
};

export const PLAN_LABELS: Record<PlanLocale, Labels> = { 'pt-BR': PT, en: EN, es: ES };
