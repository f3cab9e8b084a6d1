import type { Connection } from '../../db/connection';
import { compareText, type CanonicalTable } from '../../export/canonical-csv';
import { SiteRepository } from '../../repositories/site-repository';
import { AttractionRepository } from './attraction-repository';

/** DESIGN.md §10 `arranjo-lotes`, every optional column included. */
export const LOTES_HEADER = [
  'site_code',
  'lot_code',
  'area_m2',
  'price_per_m2',
  'status',
  'zoning',
  'pollution_class',
  'infrastructure',
  'notes',
] as const;

/** The lots (of one district, or all) as `arranjo-lotes`: one row per lot, by site code and lot code. */
export function lotesCsv(conn: Connection, siteId?: number): CanonicalTable {
  const repository = new AttractionRepository(conn);
  const rows = new SiteRepository(conn).listByCode(siteId).flatMap((site) =>
    repository
      .lots(site.id)
      .sort((a, b) => compareText(a.code, b.code))
      .map((l) => [site.code, l.code, l.areaM2, l.pricePerM2, l.status, l.zoning, l.pollutionClass, l.infrastructure, l.notes]),
  );
  return { header: LOTES_HEADER, rows };
}
