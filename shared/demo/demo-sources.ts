/** The shipped files (under `resources/data/`) the demo workspace is built from. */
export const DEMO_SOURCE_FILES = {
  states: 'municipalities/kelvins_estados.csv',
  municipalities: 'municipalities/kelvins_municipios.csv',
  regions: 'regions/regioes_geograficas_composicao_por_municipios_2017_20180911.xlsx',
  cnae: 'cnae/cnae_2_hierarquia_subclasse_secao.csv',
  raisJobs2019: 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv',
  raisJobs2020: 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv',
  population: 'population/poptcu2010-2022_2024.csv',
  census2022: 'population/POP2022_CD2022_Populacao_Coletada_Imputada_e_Total_Municipio_e_UF.xlsx',
  districts: 'districts/codemig_distritos_prioritarios_2016.csv',
  initiatives: 'initiatives/rotas_integracao_polos_municipios.csv',
} as const;

export type DemoSourceKey = keyof typeof DEMO_SOURCE_FILES;
export type DemoSources = Record<DemoSourceKey, Uint8Array>;

/** Reads the demo files from wherever a shell keeps them (fetch in the worker, fs in Node). */
export type DemoSourceLoader = () => Promise<DemoSources>;

export function fileNameOf(key: DemoSourceKey): string {
  return DEMO_SOURCE_FILES[key].split('/').pop() ?? key;
}
