import type { IndicatorDefinitionPatch } from '../mapping/mapping-schema';

const FJP = 'FJP, IMRS — Índice Mineiro de Responsabilidade Social, dimensão Emprego e Renda';

function economy(namePt: string, nameEn: string, nameEs: string, unit: string, description = ''): IndicatorDefinitionPatch {
  return { namePt, nameEn, nameEs, unit, category: 'economy', direction: 'neutral', description };
}

/**
 * Names of the IMRS "Emprego e Renda" variables whose meaning the workbook's own figures confirm
 * (PIB = VATOT + IMPLIQ; ER_EMPRSF* = the RAIS jobs by IBGE sector, services including public
 * administration). The other ER_ columns keep their code as name until FJP's dictionary is at hand.
 */
export const IMRS_INDICATORS: Record<string, IndicatorDefinitionPatch> = {
  ER_PIB: economy(
    'PIB a preços correntes',
    'GDP at current prices',
    'PIB a precios corrientes',
    'R$ mil',
    `IBGE, PIB dos Municípios, via ${FJP}.`,
  ),
  ER_PIBPC: economy('PIB per capita', 'GDP per capita', 'PIB per cápita', 'R$', `IBGE, PIB dos Municípios, via ${FJP}.`),
  ER_VATOT: economy(
    'Valor adicionado bruto total',
    'Gross value added, total',
    'Valor agregado bruto total',
    'R$ mil',
    `IBGE, PIB dos Municípios, via ${FJP}.`,
  ),
  ER_IMPLIQ: economy(
    'Impostos líquidos de subsídios',
    'Taxes net of subsidies',
    'Impuestos netos de subsidios',
    'R$ mil',
    `IBGE, PIB dos Municípios, via ${FJP}.`,
  ),
  ER_VAAGR: economy(
    'Valor adicionado bruto da agropecuária',
    'Gross value added, agriculture',
    'Valor agregado bruto de la agropecuaria',
    'R$ mil',
  ),
  ER_VAIND: economy('Valor adicionado bruto da indústria', 'Gross value added, industry', 'Valor agregado bruto de la industria', 'R$ mil'),
  ER_VAADM: economy(
    'Valor adicionado bruto da administração pública',
    'Gross value added, public administration',
    'Valor agregado bruto de la administración pública',
    'R$ mil',
  ),
  ER_VASERV: economy(
    'Valor adicionado bruto dos serviços',
    'Gross value added, services',
    'Valor agregado bruto de los servicios',
    'R$ mil',
  ),
  ER_PVAAGR: economy(
    'Participação da agropecuária no valor adicionado',
    'Agriculture share of value added',
    'Participación de la agropecuaria en el valor agregado',
    '%',
  ),
  ER_PVAIND: economy(
    'Participação da indústria no valor adicionado',
    'Industry share of value added',
    'Participación de la industria en el valor agregado',
    '%',
  ),
  ER_PVAADM: economy(
    'Participação da administração pública no valor adicionado',
    'Public administration share of value added',
    'Participación de la administración pública en el valor agregado',
    '%',
  ),
  ER_PVASERV: economy(
    'Participação dos serviços no valor adicionado',
    'Services share of value added',
    'Participación de los servicios en el valor agregado',
    '%',
  ),
  ER_VAF: economy('Valor adicionado fiscal', 'Fiscal value added', 'Valor agregado fiscal', 'R$ mil'),
  ER_EMPRSF: economy('Empregos formais', 'Formal jobs', 'Empleos formales', 'empregos', `MTE/RAIS, vínculos ativos em 31/12, via ${FJP}.`),
  ER_EMPRSFMI: economy(
    'Empregos formais — extrativa mineral',
    'Formal jobs — mining',
    'Empleos formales — extractiva mineral',
    'empregos',
    'IBGE setor 1 (RAIS).',
  ),
  ER_EMPRSFIT: economy(
    'Empregos formais — indústria de transformação',
    'Formal jobs — manufacturing',
    'Empleos formales — industria de transformación',
    'empregos',
    'IBGE setor 2 (RAIS).',
  ),
  ER_EMPRSFUP: economy(
    'Empregos formais — serviços industriais de utilidade pública',
    'Formal jobs — utilities',
    'Empleos formales — servicios industriales de utilidad pública',
    'empregos',
    'IBGE setor 3 (RAIS).',
  ),
  ER_EMPRSFIC: economy(
    'Empregos formais — construção civil',
    'Formal jobs — construction',
    'Empleos formales — construcción civil',
    'empregos',
    'IBGE setor 4 (RAIS).',
  ),
  ER_EMPRSFCO: economy(
    'Empregos formais — comércio',
    'Formal jobs — trade',
    'Empleos formales — comercio',
    'empregos',
    'IBGE setor 5 (RAIS).',
  ),
  ER_EMPRSFSE: economy(
    'Empregos formais — serviços e administração pública',
    'Formal jobs — services and public administration',
    'Empleos formales — servicios y administración pública',
    'empregos',
    'IBGE setores 6 e 7 (RAIS).',
  ),
  ER_EMPRSFAG: economy(
    'Empregos formais — agropecuária',
    'Formal jobs — agriculture',
    'Empleos formales — agropecuaria',
    'empregos',
    'IBGE setor 8 (RAIS).',
  ),
  ER_BFFAM: {
    namePt: 'Famílias beneficiárias do Bolsa Família',
    nameEn: 'Families in Bolsa Família',
    nameEs: 'Familias en Bolsa Família',
    unit: 'famílias',
    category: 'social',
    direction: 'neutral',
    description: '',
  },
  ER_BPCDEF: {
    namePt: 'Beneficiários do BPC — pessoas com deficiência',
    nameEn: 'BPC beneficiaries — disability',
    nameEs: 'Beneficiarios del BPC — discapacidad',
    unit: 'pessoas',
    category: 'social',
    direction: 'neutral',
    description: '',
  },
  ER_BPCIDO: {
    namePt: 'Beneficiários do BPC — idosos',
    nameEn: 'BPC beneficiaries — elderly',
    nameEs: 'Beneficiarios del BPC — ancianos',
    unit: 'pessoas',
    category: 'social',
    direction: 'neutral',
    description: '',
  },
};
