import type { Sector } from './types';

/** The 8 IBGE sectors ("IBGE Setor") used by RAIS tabulations, codes 1–8. */
export const IBGE_SECTORS: readonly Sector[] = [
  { classification: 'ibge-setor', code: '1', name: 'Extrativa mineral', parentCode: null },
  { classification: 'ibge-setor', code: '2', name: 'Indústria de transformação', parentCode: null },
  { classification: 'ibge-setor', code: '3', name: 'Serviços industriais de utilidade pública', parentCode: null },
  { classification: 'ibge-setor', code: '4', name: 'Construção civil', parentCode: null },
  { classification: 'ibge-setor', code: '5', name: 'Comércio', parentCode: null },
  { classification: 'ibge-setor', code: '6', name: 'Serviços', parentCode: null },
  { classification: 'ibge-setor', code: '7', name: 'Administração pública', parentCode: null },
  { classification: 'ibge-setor', code: '8', name: 'Agropecuária, extração vegetal, caça e pesca', parentCode: null },
];
