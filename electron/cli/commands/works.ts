import { SITE_KINDS, type SiteKind } from '../../../shared/domain/types';
import { SiteRepository } from '../../../shared/repositories/site-repository';
import { ROW_FORMATS, type CliCommand, type ParsedCommand } from '../command';
import { openWorkspace } from '../context';
import { findSite } from './site-arg';
import { localDay } from '../../../shared/text/local-day';

/** Floating noise off (0.30000000000000004 → 0.3), so scripts compare what a person would write. */
function clean(x: number | null): number | null {
  return x === null ? null : Number(x.toPrecision(12));
}

/**
 * The status date of `works` and `export --projects`: the one given, else today (DESIGN.md §10), a
 * demo workspace's too, although the app reads a demo at the day it describes.
 */
export function statusDateOption(cmd: ParsedCommand): string {
  return cmd.date('status-date') ?? localDay();
}

/** → site_code,site_name,work_code,title,status,budget_planned,committed,disbursed,physical_progress,planned_progress,spi,cpi */
export const worksCommand: CliCommand = {
  name: 'works',
  maxArguments: 1,
  usage:
    'arranjo works <ws> [--site S] [--status-date YYYY-MM-DD] [--format csv|json]\n' +
    '                   the works portfolio with earned value at the status date (default today)',
  options: { site: { type: 'string' }, 'status-date': { type: 'string' } },
  formats: ROW_FORMATS,
  async run(cmd) {
    const engine = await openWorkspace(cmd.positional(0, 'workspace file'));
    const siteArg = cmd.string('site');
    const siteId = siteArg === undefined ? undefined : findSite(new SiteRepository(engine.connection()).list(), siteArg).id;
    const rows = await engine.worksPortfolio(statusDateOption(cmd), siteId);
    return {
      rows: {
        header: ['site_code', 'site_name', 'work_code', 'title', 'status', 'budget_planned', 'committed', 'disbursed', 'physical_progress', 'planned_progress', 'spi', 'cpi'],
        rows: rows.map((r) => [
          r.siteCode,
          r.siteName,
          r.workCode,
          r.title,
          r.status,
          clean(r.budgetPlanned),
          clean(r.committed),
          clean(r.disbursed),
          clean(r.physicalProgress),
          clean(r.plannedProgress),
          clean(r.spi),
          clean(r.cpi),
        ]),
      },
    };
  },
};

/** → code,name,kind,territory_code,status */
export const sitesCommand: CliCommand = {
  name: 'sites',
  maxArguments: 1,
  usage: 'arranjo sites <ws> [--kind K] [--format csv|json]     the sites (districts, poles…) and their codes',
  options: { kind: { type: 'string' } },
  formats: ROW_FORMATS,
  async run(cmd) {
    const engine = await openWorkspace(cmd.positional(0, 'workspace file'));
    const kind = cmd.string('kind') === undefined ? null : cmd.choice<SiteKind>('kind', SITE_KINDS, 'industrial-district');
    const sites = new SiteRepository(engine.connection()).list().filter((s) => kind === null || s.kind === kind);
    return {
      rows: {
        header: ['code', 'name', 'kind', 'territory_code', 'status'],
        rows: sites.map((s) => [s.code, s.name, s.kind, s.municipalityCode, s.status]),
      },
    };
  },
};
