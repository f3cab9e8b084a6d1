import { openWorkspace } from '../context';
import type { CommandResult, ParsedCommand } from '../command';

/** arranjo info <ws> --format json */
export async function infoCommand(cmd: ParsedCommand): Promise<CommandResult> {
  const engine = await openWorkspace(cmd.positional(0, 'workspace file'));
  const info = await engine.info();
  const text = [`schema version  ${info.schemaVersion}`, ...Object.entries(info.counts).map(([k, v]) => `${k.padEnd(16)}${v}`)].join('\n') + '\n';
  return { json: info, text };
}
