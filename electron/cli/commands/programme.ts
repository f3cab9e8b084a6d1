import { programmeReport } from '../../../shared/features/programmes/report';
import { ArranjoError } from '../../../shared/errors';
import { openWorkspace } from '../context';
import { ROW_FORMATS, type CliCommand } from '../command';

/** → indicator,period,baseline,target,actual,achievement (DESIGN §10). */
export const programmeCommand: CliCommand = {
  name: 'programme',
  maxArguments: 1,
  usage: 'arranjo programme <ws> --name P [--period YYYY|YYYY-Qn|YYYY-MM] [--format csv|json]',
  options: { name: { type: 'string' }, period: { type: 'string' } },
  formats: ROW_FORMATS,
  async run(cmd) {
    const engine = await openWorkspace(cmd.positional(0, 'workspace file'));
    const name = cmd.string('name');
    if (!name) throw new ArranjoError('INVALID_INPUT', "arranjo programme: --name is required (the programme's name).");
    const rows = programmeReport(engine.connection(), name, cmd.string('period'));
    return {
      rows: {
        header: ['indicator', 'period', 'baseline', 'target', 'actual', 'achievement'],
        rows: rows.map((r) => [r.indicator, r.period, r.baseline, r.target, r.actual, r.achievement]),
      },
    };
  },
};
