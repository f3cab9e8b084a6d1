import type { Connection } from '../../db/connection';
import { compareText, type CanonicalTable } from '../../export/canonical-csv';
import { AttractionRepository } from './attraction-repository';
import { SiteRepository } from '../../repositories/site-repository';

/** DESIGN.md §10 `arranjo-empresas`, every optional column included. */
export const EMPRESAS_HEADER = [
  'site_code',
  'company',
  'cnpj',
  'cnae',
  'investment',
  'jobs',
  'area_needed_m2',
  'stage',
  'next_action',
  'next_action_date',
  'contact',
  'notes',
] as const;

/**
 * The prospected companies (of one district, or all) as `arranjo-empresas`: one row per prospect,
 * by site code, company and CNPJ.
 */
export function empresasCsv(conn: Connection, siteId?: number): CanonicalTable {
  const repository = new AttractionRepository(conn);
  const rows = new SiteRepository(conn).listByCode(siteId).flatMap((site) =>
    repository
      .prospects(site.id)
      .sort((a, b) => compareText(a.company, b.company) || compareText(a.cnpj ?? '', b.cnpj ?? ''))
      .map((p) => [
        site.code,
        p.company,
        p.cnpj,
        p.cnae,
        p.investment,
        p.jobs,
        p.areaNeededM2,
        p.stage,
        p.nextAction,
        p.nextActionDate,
        p.contact,
        p.notes,
      ]),
  );
  return { header: EMPRESAS_HEADER, rows };
}
