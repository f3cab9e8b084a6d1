import { loadExcelJs } from '../export/load-exceljs';
import { ArranjoError } from '../errors';
import { cellText } from '../import/cell-value';
import type { Sector } from '../domain/types';
import type { GeoRegionRow, MunicipalityRow, StateRow } from '../repositories/territory-repository';
import { decodeText } from '../text/decode';
import { parseCsvRecords } from '../text/delimited';

function requiredNumber(value: string | undefined, file: string, row: number, column: string): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n)) {
    throw new ArranjoError('BAD_SOURCE_FILE', `${file}, row ${row}, column ${column}: "${value ?? ''}" is not a number.`, {
      file,
      row,
      column,
    });
  }
  return n;
}

function optionalNumber(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** kelvins_estados.csv: codigo_uf, uf, nome, latitude, longitude, regiao (UTF-8 with BOM). */
export function parseStates(bytes: Uint8Array, file: string): StateRow[] {
  return parseCsvRecords(decodeText(bytes).text).records.map((r, i) => ({
    code: requiredNumber(r.codigo_uf, file, i + 2, 'codigo_uf'),
    abbr: r.uf ?? '',
    name: r.nome ?? '',
    region: r.regiao ?? '',
    lat: optionalNumber(r.latitude),
    lon: optionalNumber(r.longitude),
  }));
}

export interface RegionAssignment {
  immediate: number;
  intermediate: number;
}

/**
 * IBGE's composition workbook of the 2017 geographic regions: one row per municipality with
 * CD_GEOCODI (7 digits), cod_rgi/nome_rgi (immediate), cod_rgint/nome_rgint (intermediate).
 */
export async function parseRegions(
  bytes: Uint8Array,
  file: string,
): Promise<{ regions: GeoRegionRow[]; byMunicipality: Map<number, RegionAssignment> }> {
  const workbook = new (await loadExcelJs()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ArranjoError('BAD_SOURCE_FILE', `${file}: the workbook has no sheet.`, { file });
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => header.set(cellText(cell.value).trim(), col));
  const col = (name: string): number => {
    const index = header.get(name);
    if (index === undefined)
      throw new ArranjoError('BAD_SOURCE_FILE', `${file}: column ${name} not found.`, { file, sheet: sheet.name, column: name });
    return index;
  };
  const [cMun, cRgi, cRgiName, cRgint, cRgintName] = ['CD_GEOCODI', 'cod_rgi', 'nome_rgi', 'cod_rgint', 'nome_rgint'].map(col) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const regions = new Map<number, GeoRegionRow>();
  const byMunicipality = new Map<number, RegionAssignment>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const text = (c: number): string => cellText(row.getCell(c).value).trim();
    if (text(cMun) === '') continue;
    const municipality = requiredNumber(text(cMun), file, r, 'CD_GEOCODI');
    const immediate = requiredNumber(text(cRgi), file, r, 'cod_rgi');
    const intermediate = requiredNumber(text(cRgint), file, r, 'cod_rgint');
    const stateCode = Math.floor(municipality / 100_000);
    regions.set(immediate, { code: immediate, kind: 'immediate', name: text(cRgiName), stateCode });
    regions.set(intermediate, { code: intermediate, kind: 'intermediate', name: text(cRgintName), stateCode });
    byMunicipality.set(municipality, { immediate, intermediate });
  }
  return { regions: [...regions.values()], byMunicipality };
}

/** kelvins_municipios.csv joined with the region assignment. */
export function parseMunicipalities(bytes: Uint8Array, file: string, regions: Map<number, RegionAssignment>): MunicipalityRow[] {
  return parseCsvRecords(decodeText(bytes).text).records.map((r, i) => {
    const code = requiredNumber(r.codigo_ibge, file, i + 2, 'codigo_ibge');
    const region = regions.get(code);
    return {
      code,
      name: r.nome ?? '',
      stateCode: requiredNumber(r.codigo_uf, file, i + 2, 'codigo_uf'),
      lat: optionalNumber(r.latitude),
      lon: optionalNumber(r.longitude),
      isCapital: r.capital === '1',
      immediateRegion: region?.immediate ?? null,
      intermediateRegion: region?.intermediate ?? null,
    };
  });
}

/**
 * A CNAE level's name, on one line and, for sections and divisions, in sentence case. The shipped
 * file (a public repository's copy of CONCLA's table) title-cases its section and division names
 * ("Fabricação De Produtos Alimentícios") and breaks three of them across lines ("Exceto
 * Máquinas\nE Equipamentos"); its groups, classes and subclasses are in sentence case already.
 * None of the section or division names holds a proper noun or an acronym, so lower-casing all but
 * the first letter gives IBGE's own wording: "Fabricação de produtos alimentícios", "Comércio;
 * reparação de veículos automotores e motocicletas". Migration 0016 renames them so in older
 * workspaces.
 */
export function cnaeName(level: Sector['classification'], raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (level !== 'cnae-section' && level !== 'cnae-division') return name;
  return name.charAt(0) + name.slice(1).toLocaleLowerCase('pt-BR');
}

/** The CNAE 2.x hierarchy, one row per subclass, flattened into the five levels with their parents. */
export function parseCnae(bytes: Uint8Array): Sector[] {
  const levels = new Map<string, Sector>();
  const add = (sector: Sector): void => {
    levels.set(`${sector.classification}:${sector.code}`, { ...sector, name: cnaeName(sector.classification, sector.name) });
  };
  for (const r of parseCsvRecords(decodeText(bytes).text).records) {
    add({ classification: 'cnae-section', code: r.secao ?? '', name: r.descricao_secao ?? '', parentCode: null });
    add({ classification: 'cnae-division', code: r.divisao ?? '', name: r.descricao_divisao ?? '', parentCode: r.secao ?? null });
    add({ classification: 'cnae-group', code: r.grupo ?? '', name: r.descricao_grupo ?? '', parentCode: r.divisao ?? null });
    add({ classification: 'cnae-class', code: r.classe ?? '', name: r.descricao_classe ?? '', parentCode: r.grupo ?? null });
    add({ classification: 'cnae-subclass', code: r.subclasse ?? '', name: r.descricao_subclasse ?? '', parentCode: r.classe ?? null });
  }
  return [...levels.values()];
}
