import { UNCLASSIFIED_NAME, UNCLASSIFIED_SECTOR } from './cnae-levels';
import type { Sector } from './types';

/** A name in each UI language (the data carries the Portuguese one). */
export interface LocalizedName {
  pt: string;
  en: string;
  es: string;
}

/** The 8 IBGE sectors ("IBGE Setor") used by RAIS tabulations, codes 1–8, named in each UI language. */
const NAMES: Readonly<Record<string, LocalizedName>> = {
  '1': { pt: 'Extrativa mineral', en: 'Mining', es: 'Minería' },
  '2': { pt: 'Indústria de transformação', en: 'Manufacturing', es: 'Industria manufacturera' },
  '3': { pt: 'Serviços industriais de utilidade pública', en: 'Public utilities', es: 'Servicios públicos industriales' },
  '4': { pt: 'Construção civil', en: 'Construction', es: 'Construcción' },
  '5': { pt: 'Comércio', en: 'Trade', es: 'Comercio' },
  '6': { pt: 'Serviços', en: 'Services', es: 'Servicios' },
  '7': { pt: 'Administração pública', en: 'Public administration', es: 'Administración pública' },
  '8': {
    pt: 'Agropecuária, extração vegetal, caça e pesca',
    en: 'Agriculture, forestry, hunting and fishing',
    es: 'Agropecuaria, extracción vegetal, caza y pesca',
  },
};

export const IBGE_SECTOR_CODES = Object.keys(NAMES);

export const IBGE_SECTORS: readonly Sector[] = IBGE_SECTOR_CODES.map((code) => ({
  classification: 'ibge-setor',
  code,
  name: NAMES[code]?.pt ?? code,
  parentCode: null,
}));

const UNCLASSIFIED: LocalizedName = { pt: UNCLASSIFIED_NAME, en: 'Unclassified', es: 'No clasificado' };

/**
 * A sector's name in a UI language: the IBGE sectors' (when `ibge`: the codes 1–8 are theirs) and
 * "não classificado" are translated; any other name (CNAE) stays as IBGE publishes it, in Portuguese.
 */
export function sectorNameIn(lang: keyof LocalizedName, code: string, dataName: string, ibge = true): string {
  if (code === UNCLASSIFIED_SECTOR) return UNCLASSIFIED[lang];
  const names = ibge ? NAMES[code] : undefined;
  return names ? names[lang] : dataName;
}
