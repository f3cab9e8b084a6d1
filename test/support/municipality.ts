import type { Municipality } from '../../shared/domain/types';

/** A Minas Gerais municipality with only its code and name (no coordinates, no regions), for tests of the selections built over them. */
export function mgMunicipality(code: number, name: string): Municipality {
  return {
    code,
    name,
    stateCode: 31,
    stateAbbr: 'MG',
    lat: null,
    lon: null,
    isCapital: false,
    immediateRegion: null,
    intermediateRegion: null,
  };
}
