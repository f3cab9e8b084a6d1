import type { CliCommand } from '../command';
import { openWorkspace } from '../context';

export const infoCommand: CliCommand = {
  name: 'info',
  usage: 'arranjo info <ws> [--full-check] [--format json]  schema version and counts (--full-check: SQLite integrity_check)',
  options: { 'full-check': { type: 'boolean' } },
  async run(cmd) {
    const engine = await openWorkspace(cmd.positional(0, 'workspace file'), { fullCheck: cmd.flag('full-check') });
    const info = await engine.info();
    const text =
      [`schema version  ${info.schemaVersion}`, ...Object.entries(info.counts).map(([k, v]) => `${k.padEnd(16)}${v}`)].join('\n') + '\n';
    return { json: info, text };
  },
};
