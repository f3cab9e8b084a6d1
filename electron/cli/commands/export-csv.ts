import type { Connection } from '../../../shared/db/connection';
import { ArranjoError } from '../../../shared/errors';
import { canonicalCsv, type CanonicalTable } from '../../../shared/export/canonical-csv';
import { empresasCsv } from '../../../shared/features/attraction/empresas-csv';
import { lotesCsv } from '../../../shared/features/attraction/lotes-csv';
import { polosCsv } from '../../../shared/features/initiatives/polos-csv';
import { acoesCsv } from '../../../shared/features/programmes/acoes-csv';
import { metasCsv } from '../../../shared/features/programmes/metas-csv';
import { medicoesCsv } from '../../../shared/features/works/medicoes-csv';
import { obrasCsv } from '../../../shared/features/works/obras-csv';
import { SiteRepository } from '../../../shared/repositories/site-repository';
import type { ExportKind } from './export-kinds';
import { findSite } from './site-arg';

/** The canonical layouts `arranjo export --csv` writes (DESIGN.md §10), each re-importable as it is. */
const LAYOUTS: Readonly<Record<string, { siteKeyed: boolean; table(conn: Connection, siteId?: number): CanonicalTable }>> = {
  'arranjo-obras': { siteKeyed: true, table: obrasCsv },
  'arranjo-medicoes': { siteKeyed: true, table: medicoesCsv },
  'arranjo-lotes': { siteKeyed: true, table: lotesCsv },
  'arranjo-empresas': { siteKeyed: true, table: empresasCsv },
  'arranjo-polos': { siteKeyed: false, table: (conn) => polosCsv(conn) },
  'arranjo-acoes': { siteKeyed: false, table: (conn) => acoesCsv(conn) },
  'arranjo-metas': { siteKeyed: false, table: (conn) => metasCsv(conn) },
};

export const CSV_LAYOUTS = Object.keys(LAYOUTS);

/** `--csv <layout>`: the works, measurements, lots, companies, polos, actions or targets as a canonical CSV. */
export const csvExportKind: ExportKind = {
  option: 'csv',
  type: 'string',
  extension: '.csv',
  usage:
    `arranjo export <ws> --csv <layout> --out file.csv [--site S]   a canonical CSV that imports back as it is;\n` +
    `      layout: ${CSV_LAYOUTS.join('|')} (--site: obras, medicoes, lotes and empresas of one site, its code or name)`,
  options: { site: { type: 'string' } },
  async build(engine, cmd) {
    // A blank layout too is answered with the seven to choose from.
    const name = cmd.string('csv') ?? '';
    const layout = LAYOUTS[name];
    if (!layout) {
      throw new ArranjoError('INVALID_INPUT', `--csv must be one of ${CSV_LAYOUTS.join(', ')}, not "${name}".`);
    }
    const siteArg = cmd.string('site');
    if (siteArg !== undefined && !layout.siteKeyed) {
      throw new ArranjoError(
        'INVALID_INPUT',
        `--site applies to ${CSV_LAYOUTS.filter((l) => LAYOUTS[l]?.siteKeyed).join(', ')}; ${name} has no site column: leave --site out.`,
      );
    }
    const conn = engine.connection();
    const siteId = siteArg === undefined ? undefined : findSite(new SiteRepository(conn).list(), siteArg).id;
    const table = layout.table(conn, siteId);
    return { bytes: new TextEncoder().encode(canonicalCsv(table)), what: `${name}, ${table.rows.length} rows` };
  },
};
