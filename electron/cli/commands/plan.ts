import { planSummaryJson } from '../../../shared/features/attraction/plan-summary';
import { VALUE_FORMATS, type CliCommand } from '../command';
import { openWorkspace } from '../context';
import { sitePlan } from './plan-view';

/** `arranjo plan <ws> --site S [--period P] --format json` (DESIGN.md §10). Reads only. */
export const planCommand: CliCommand = {
  name: 'plan',
  maxArguments: 1,
  usage: 'arranjo plan <ws> --site S [--period P] [--format json]   a district\'s attraction plan: lots, prospects, target sectors',
  options: { site: { type: 'string' }, period: { type: 'string' } },
  formats: VALUE_FORMATS,
  async run(cmd) {
    const engine = await openWorkspace(cmd.positional(0, 'workspace file'));
    const view = await sitePlan(engine, cmd.requiredString('site'), cmd.string('period'));
    // DESIGN.md §10's keys in its order, then the period it does not list.
    const { period, ...contract } = planSummaryJson(view);
    const json = { ...contract, period };
    const text =
      [
        `${json.site.name} (${json.site.code}) — ${json.period}`,
        `lots        ${json.lots.total} (available ${json.lots.available}, ${json.lots.areaAvailableM2} m²)`,
        `prospects   ${json.prospects.total}: ${Object.entries(json.prospects.byStage).map(([s, n]) => `${s} ${n}`).join(', ')}`,
        `            investment R$ ${json.prospects.investment}, jobs ${json.prospects.jobs}`,
        ...json.targetSectors.map((t) => `target      ${t.code} ${t.name} — ${t.rationale}`),
      ].join('\n') + '\n';
    return { json, text };
  },
};
