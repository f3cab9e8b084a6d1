import type { DemoSourceKey, DemoSources } from '../../../shared/demo/demo-sources';
import cnae from '../../../resources/data/cnae/cnae_2_hierarquia_subclasse_secao.csv?url';
import districts from '../../../resources/data/districts/codemig_distritos_prioritarios_2016.csv?url';
import initiatives from '../../../resources/data/initiatives/rotas_integracao_polos_municipios.csv?url';
import raisJobs2019 from '../../../resources/data/employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv?url';
import raisJobs2020 from '../../../resources/data/employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2020.csv?url';
import states from '../../../resources/data/municipalities/kelvins_estados.csv?url';
import municipalities from '../../../resources/data/municipalities/kelvins_municipios.csv?url';
import population from '../../../resources/data/population/poptcu2010-2022_2024.csv?url';
import census2022 from '../../../resources/data/population/POP2022_CD2022_Populacao_Coletada_Imputada_e_Total_Municipio_e_UF.xlsx?url';
import regions from '../../../resources/data/regions/regioes_geograficas_composicao_por_municipios_2017_20180911.xlsx?url';

/** URLs of the shipped data files, bundled by Vite as assets (offline: served from the app itself). */
const URLS: Record<DemoSourceKey, string> = {
  states,
  municipalities,
  regions,
  cnae,
  raisJobs2019,
  raisJobs2020,
  population,
  census2022,
  districts,
  initiatives,
};

/** Fetches the shipped data the demo and every new workspace are built from. */
export async function fetchDemoSources(): Promise<DemoSources> {
  const entries = await Promise.all(
    (Object.entries(URLS) as [DemoSourceKey, string][]).map(async ([key, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Could not load the shipped file ${url} (HTTP ${response.status}).`);
      return [key, new Uint8Array(await response.arrayBuffer())] as const;
    }),
  );
  return Object.fromEntries(entries) as DemoSources;
}
