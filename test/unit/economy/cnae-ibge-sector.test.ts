import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IBGE_SECTOR_OF_SECTION, UNCLASSIFIED_NAME, UNCLASSIFIED_SECTOR } from '../../../shared/domain/cnae-levels';
import { IBGE_SECTORS, sectorNameIn } from '../../../shared/domain/ibge-sectors';
import { DATA_DIR } from '../../support/node-engine';

/**
 * The CNAE section → IBGE sector table checked against what ships. The RAIS export (MTE/RAIS via
 * FJP) names the 8 sectors in its header; the CNAE 2.x hierarchy (IBGE/CONCLA) lists the 21 sections.
 * No shipped file crosses CNAE sections with IBGE sectors (the RAIS files are by IBGE sector only,
 * IMRS by GDP sector), so the assignment of each section is the published MTE "IBGE Subsetor"
 * grouping cited in cnae-levels.ts, not re-derived from data here; what is checked is that the table
 * covers exactly the shipped sections and lands on exactly the RAIS sectors, each by its RAIS name.
 */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

function raisSectors(): Map<string, string> {
  const text = new TextDecoder('latin1').decode(
    readFileSync(path.join(DATA_DIR, 'employment/RAIS_vinculos_ativos_31-12_MG_municipio_x_IBGE_setor_2019.csv')),
  );
  const header = text.split(/\r?\n/)[1]?.split(';') ?? [];
  const sectors = new Map<string, string>();
  for (const cell of header) {
    const m = /^(\d) - (.+)$/.exec(cell.trim());
    if (m?.[1] && m[2]) sectors.set(m[1], m[2]);
  }
  return sectors;
}

function shippedSections(): Set<string> {
  const lines = readFileSync(path.join(DATA_DIR, 'cnae/cnae_2_hierarquia_subclasse_secao.csv'), 'utf8').split(/\r?\n/).slice(1);
  const sections = new Set<string>();
  // The subclass code opens each record; the section letter is the only one-letter cell after it.
  for (const line of lines) {
    if (!/^\d{7},/.test(line)) continue;
    const m = /,([A-U]),/.exec(line);
    if (m?.[1]) sections.add(m[1]);
  }
  return sections;
}

describe('CNAE section → IBGE sector (the RAIS "IBGE Setor")', () => {
  it('the shipped RAIS header names the same 8 sectors, code by code, as the app', () => {
    const rais = raisSectors();
    expect([...rais.keys()].sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const sector of IBGE_SECTORS) expect(fold(rais.get(sector.code) ?? '')).toBe(fold(sector.name));
  });

  it('maps every section of the shipped CNAE 2.x hierarchy, and only those, onto all 8 sectors', () => {
    const sections = shippedSections();
    expect(sections.size).toBe(21);
    expect(Object.keys(IBGE_SECTOR_OF_SECTION).sort()).toEqual([...sections].sort());
    expect(new Set(Object.values(IBGE_SECTOR_OF_SECTION))).toEqual(new Set(IBGE_SECTORS.map((s) => s.code)));
  });

  it('places the sections named by the RAIS sector names where those names say', () => {
    // Sectors whose RAIS name is one CNAE section's subject: mining B, manufacturing C, construction F, trade G, farming A, public administration O.
    expect(IBGE_SECTOR_OF_SECTION).toMatchObject({ A: '8', B: '1', C: '2', F: '4', G: '5', O: '7', D: '3', E: '3' });
  });
});

describe('sector names in the UI language', () => {
  it('the IBGE sectors and "não classificado" are translated; CNAE names stay as IBGE publishes them', () => {
    expect(sectorNameIn('en', '2', 'Indústria de transformação')).toBe('Manufacturing');
    expect(sectorNameIn('es', '2', 'Indústria de transformação')).toBe('Industria manufacturera');
    expect(sectorNameIn('pt', '2', 'whatever the data says')).toBe('Indústria de transformação');
    expect(sectorNameIn('en', UNCLASSIFIED_SECTOR, UNCLASSIFIED_NAME)).toBe('Unclassified');
    expect(sectorNameIn('es', UNCLASSIFIED_SECTOR, UNCLASSIFIED_NAME)).toBe('No clasificado');
    // A CNAE division "29" or section "C" keeps its Portuguese name; "2" read as a CNAE code is not an IBGE sector.
    expect(sectorNameIn('en', '29', 'Fabricação de veículos automotores')).toBe('Fabricação de veículos automotores');
    expect(sectorNameIn('en', '2', 'not the IBGE sector', false)).toBe('not the IBGE sector');
    expect(IBGE_SECTORS.map((s) => s.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});
