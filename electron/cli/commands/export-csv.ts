import { ArranjoError } from '../../../shared/errors';
import { CANONICAL_LAYOUTS, SITE_KEYED_LAYOUTS, isCanonicalLayout, isSiteKeyed } from '../../../shared/export/canonical-layouts';
import { SiteRepository } from '../../../shared/repositories/site-repository';
import type { ExportKind } from './export-kinds';
import { findSite } from './site-arg';

/** `--csv <layout>`: the works, measurements, lots, companies, polos, actions or targets as a canonical CSV. */
export const csvExportKind: ExportKind = {
  option: 'csv',
  type: 'string',
  extension: '.csv',
  usage:
    `arranjo export <ws> --csv <layout> --out file.csv [--site S]   a canonical CSV that imports back as it is;\n` +
    `      layout: ${CANONICAL_LAYOUTS.join('|')} (--site: obras, medicoes, lotes and empresas of one site, its code or name)`,
  options: { site: { type: 'string' } },
  async build(engine, cmd) {
    // A blank layout too is answered with the seven to choose from.
    const name = cmd.string('csv') ?? '';
    if (!isCanonicalLayout(name)) {
      throw new ArranjoError('INVALID_INPUT', `--csv must be one of ${CANONICAL_LAYOUTS.join(', ')}, not "${name}".`);
    }
    const siteArg = cmd.string('site');
    if (siteArg !== undefined && !isSiteKeyed(name)) {
      throw new ArranjoError(
        'INVALID_INPUT',
        `--site applies to ${SITE_KEYED_LAYOUTS.join(', ')}; ${name} has no site column: leave --site out.`,
      );
    }
    const siteId = siteArg === undefined ? undefined : findSite(new SiteRepository(engine.connection()).list(), siteArg).id;
    const written = await engine.exportCanonicalCsv(name, siteId);
    return { bytes: new TextEncoder().encode(written.csv), what: `${name}, ${written.rows} rows` };
  },
};
