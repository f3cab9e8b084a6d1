import { ArranjoError, describeLocation } from '../../shared/errors';
import { ParsedCommand, type CommandResult } from './command';
import { employmentCommand } from './commands/employment';
import { infoCommand } from './commands/info';
import { initCommand } from './commands/init';
import { renderRows } from './output';

const USAGE = `Arranjo command line — the engine of the Arranjo workstation, on a workspace file.

  arranjo init <ws.arranjo> [--demo] [--force]     new empty workspace, or the demo one
  arranjo info <ws> [--format json]                 schema version and counts
  arranjo employment <ws> --year Y [--classification ibge-setor|cnae-section|cnae-division]
                     [--measure jobs|payroll|establishments|value_added] [--format csv|json]

Exit status: 0 success, 2 input refused (nothing written), 1 internal error.
`;

const COMMANDS: Record<string, (cmd: ParsedCommand) => Promise<CommandResult>> = {
  init: initCommand,
  info: infoCommand,
  employment: employmentCommand,
};

/** Runs one command line; returns the exit status. Output goes to the given streams. */
export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const cmd = ParsedCommand.parse(argv);
    if (cmd.name === 'help' || cmd.flag('help')) {
      out(USAGE);
      return 0;
    }
    const command = COMMANDS[cmd.name];
    if (!command) throw new ArranjoError('INVALID_INPUT', `Unknown command "${cmd.name}".\n\n${USAGE}`);
    const format = cmd.format();
    const result = await command(cmd);
    if ('rows' in result) out(renderRows(format, result.rows.header, result.rows.rows));
    else out(format === 'json' ? JSON.stringify(result.json) + '\n' : result.text);
    return 0;
  } catch (error) {
    // Refused input exits 2; a disk that fails us (FILE_ACCESS) or a bug exits 1.
    if (error instanceof ArranjoError && error.code !== 'INTERNAL' && error.code !== 'FILE_ACCESS') {
      const where = describeLocation(error.location);
      err(`arranjo: ${error.message}${where && !error.message.includes(where) ? ` (${where})` : ''}\n`);
      return 2;
    }
    err(error instanceof ArranjoError ? `arranjo: ${error.message}\n` : `arranjo: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
