/** Domain types shared by the engine, the shells and the CLI. Plain data: safe to structured-clone. */

export const SITE_KINDS = ['industrial-district', 'productive-pole', 'cluster-initiative', 'community-arrangement'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const CLASSIFICATIONS = ['ibge-setor', 'cnae-section', 'cnae-division', 'cnae-group', 'cnae-class', 'cnae-subclass'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const MEASURES = ['jobs', 'payroll', 'establishments', 'value_added'] as const;
export type Measure = (typeof MEASURES)[number];

export interface State {
  code: number;
  abbr: string;
  name: string;
  region: string;
}

export interface Municipality {
  code: number;
  name: string;
  stateCode: number;
  stateAbbr: string;
  lat: number | null;
  lon: number | null;
  isCapital: boolean;
  immediateRegion: string | null;
  intermediateRegion: string | null;
}

export interface Site {
  id: number;
  code: string;
  kind: SiteKind;
  name: string;
  municipalityCode: number | null;
  municipalityName: string | null;
  managingBody: string | null;
  areaHa: number | null;
  lotsTotal: number | null;
  lotsOccupied: number | null;
  lotsAvailable: number | null;
  firms: number | null;
  jobs: number | null;
  status: string | null;
  lat: number | null;
  lon: number | null;
  locationNote: string | null;
  notes: string | null;
  source: string;
}

export interface Sector {
  classification: Classification;
  code: string;
  name: string;
  parentCode: string | null;
}

export interface WorkspaceCounts {
  municipalities: number;
  sites: number;
  indicators: number;
  indicatorValues: number;
  employment: number;
  projects: number;
  lots: number;
  prospects: number;
  programmeActions: number;
  initiatives: number;
}

export interface WorkspaceInfo {
  schemaVersion: number;
  counts: WorkspaceCounts;
}

export interface EmploymentRecord {
  territoryCode: number;
  territoryName: string;
  sectorCode: string;
  sectorName: string;
  year: number;
  value: number | null;
  missingReason: string | null;
}

/** A file behind a year's stored values: an import batch's file and when it was imported. */
export interface YearSource {
  year: number;
  file: string;
  importedAt: string;
}

export interface SectorTotal {
  sectorCode: string;
  sectorName: string;
  value: number;
}

/** A value that can shade the map: an indicator at a period, or an employment aggregate. */
export interface MapMetric {
  id: string;
  label: { pt: string; en: string; es: string };
  unit: string;
  source: string;
}

export interface MapValue {
  code: number;
  value: number | null;
}

/** A custom territory: a named set of municipalities (a region, a consortium, an initiative's members). */
export interface TerritorySet {
  id: number;
  name: string;
  description: string;
  members: number[];
  updatedAt: string;
  /** The initiative (Polos e iniciativas) whose municipalities this set holds; such a set is not deleted here. */
  initiative?: { code: string; name: string } | null;
}
