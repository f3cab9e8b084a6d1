import type { Classification } from './types';

/** CNAE 2.x levels, finest first: data at a finer level rolls up to any coarser one. */
export const CNAE_LEVELS: readonly Classification[] = ['cnae-subclass', 'cnae-class', 'cnae-group', 'cnae-division', 'cnae-section'];

/**
 * CNAE 2.x section → IBGE sector ("IBGE Setor", codes 1–8 of the RAIS tabulations). The grouping of
 * MTE/RAIS's "IBGE Setor" variable (its 25 "subsetores IBGE" gathered into 8 sectors), read at the
 * level of CNAE sections: A agropecuária (8); B extrativa mineral (1); C indústria de transformação
 * (2); D and E serviços industriais de utilidade pública (3); F construção civil (4); G comércio (5);
 * O administração pública (7); H–N and P–U serviços (6). Source: MTE, RAIS — "Descrição das variáveis
 * — IBGE Setor / IBGE Subsetor" (Programa de Disseminação das Estatísticas do Trabalho). RAIS assigns
 * the sector by establishment class and legal nature, so education and health run by public bodies
 * fall in "administração pública" there but in "serviços" here: a roll-up of CNAE data matches the
 * RAIS IBGE-sector tables closely, not exactly.
 */
export const IBGE_SECTOR_OF_SECTION: Readonly<Record<string, string>> = {
  A: '8',
  B: '1',
  C: '2',
  D: '3',
  E: '3',
  F: '4',
  G: '5',
  H: '6',
  I: '6',
  J: '6',
  K: '6',
  L: '6',
  M: '6',
  N: '6',
  O: '7',
  P: '6',
  Q: '6',
  R: '6',
  S: '6',
  T: '6',
  U: '6',
};

/**
 * The sector of values a file gives under a code outside the classification ("7000000", "outros")
 * when the planner maps them to "não classificado" in the import review. It exists in every scheme
 * (added to the workspace's classification with the first such import) and how analyses treat it:
 * - roll-ups keep it as itself at every coarser level and as an IBGE sector of its own, so the
 *   territory's total (the sum of every sector) stays the file's total;
 * - tables, maps and location quotients show it as its own row, like any sector;
 * - relatedness (and so the potential sectors) leaves it out: a sector that is no activity has no
 *   neighbours in the product space, and a place "specialized" in it says nothing about what it can do;
 * - so it is never a specialization, never counted among a territory's sectors, never a target
 *   sector to attract companies in (`isActivity`, `isSpecialization`).
 */
export const UNCLASSIFIED_SECTOR = 'NC';
export const UNCLASSIFIED_NAME = 'Não classificado';

/** Whether a sector code names an activity: every code but "não classificado". */
export function isActivity(sectorCode: string): boolean {
  return sectorCode !== UNCLASSIFIED_SECTOR;
}

/** A specialization: an activity whose location quotient is at least 1 (as much as the reference, or more). */
export function isSpecialization(sectorCode: string, lq: number | null): boolean {
  return lq !== null && lq >= 1 && isActivity(sectorCode);
}

/** Whether data stored at `from` can be shown at `to`: the same level, a coarser CNAE level, or the IBGE sectors. */
export function rollsUpTo(from: Classification, to: Classification): boolean {
  if (from === to) return true;
  const f = CNAE_LEVELS.indexOf(from);
  if (f < 0) return false;
  if (to === 'ibge-setor') return true;
  const t = CNAE_LEVELS.indexOf(to);
  return t > f;
}
