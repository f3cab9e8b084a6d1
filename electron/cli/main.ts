import { ArranjoError, describeLocation } from '../../shared/errors';
import { ParsedCommand, type CliCommand } from './command';
import { ahpCommand } from './commands/ahp';
import { analyzeCommand } from './commands/analyze';
import { employmentCommand } from './commands/employment';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { initCommand } from './commands/init';
import { initiativesCommand } from './commands/initiatives';
import { planCommand } from './commands/plan';
import { programmeCommand } from './commands/programme';
import { rankCommand } from './commands/rank';
import { templatesCommand } from './commands/templates';
import { undoImportCommand } from './commands/undo-import';
import { weightsCommand } from './commands/weights';
import { sitesCommand, worksCommand } from './commands/works';
import { releaseAllWorkspaceLocks } from '../main/workspace-lock';
import { setCommandName } from './context';
import { renderChunks } from './output';
import { printable } from '../../shared/text/printable';

/** Every command, in the order `arranjo help` lists them. Add a command here and nowhere else. */
const COMMANDS: readonly CliCommand[] = [
  initCommand,
  infoCommand,
  employmentCommand,
  importCommand,
  undoImportCommand,
  templatesCommand,
  analyzeCommand,
  rankCommand,
  ahpCommand,
  weightsCommand,
  sitesCommand,
  worksCommand,
  exportCommand,
  initiativesCommand,
  planCommand,
  programmeCommand,
];

function usage(): string {
  return (
    'Arranjo command line — the engine of the Arranjo workstation, on a workspace file.\n\n' +
    COMMANDS.map((c) => `  ${c.usage}`).join('\n') +
    '\n\nExit status: 0 success, 2 input refused (nothing written), 1 internal error.\n'
  );
}

/** Runs one command line; returns the exit status. Output goes to the given streams. */
export async function run(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  /** Where output already encoded (UTF-8) goes as it is; without it, it is decoded for `out`. */
  outBytes?: (bytes: Uint8Array) => void,
): Promise<number> {
  try {
    const [name = 'help', ...rest] = argv;
    if (name === 'help' || name === '--help' || name === '-h') {
      out(usage());
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new ArranjoError('INVALID_INPUT', `Unknown command "${name}".\n\n${usage()}`);
    setCommandName(name);
    const cmd = ParsedCommand.parse(name, rest, command.options);
    if (cmd.flag('help')) {
      out(`${command.usage}\n`);
      return 0;
    }
    const format = cmd.format();
    const result = await command.run(cmd);
    for (const warning of result.warnings ?? []) err(`arranjo: warning: ${warning}\n`);
    if ('rows' in result) {
      const decoder = new TextDecoder();
      for (const chunk of renderChunks(format, result.rows.header, result.rows.rows)) {
        if (typeof chunk === 'string') out(chunk);
        else if (outBytes) outBytes(chunk);
        else out(decoder.decode(chunk));
      }
    } else out(format === 'json' ? JSON.stringify(result.json) + '\n' : result.text);
    if (result.refused !== undefined) {
      err(`arranjo: ${printable(result.refused)}\n`);
      return 2;
    }
    return 0;
  } catch (error) {
    // Refused input exits 2; a disk that fails us (FILE_ACCESS) or a bug exits 1.
    if (error instanceof ArranjoError && error.code !== 'INTERNAL' && error.code !== 'FILE_ACCESS') {
      const where = describeLocation(error.location);
      err(`arranjo: ${printable(`${error.message}${where && !error.message.includes(where) ? ` (${where})` : ''}`)}\n`);
      return 2;
    }
    // A bug's stack helps its report, not the user reading the terminal: shown on request only.
    const detail = error instanceof Error ? (process.env.ARRANJO_DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    err(
      error instanceof ArranjoError
        ? `arranjo: ${error.message}\n`
        : `arranjo: internal error (a bug in Arranjo, not in your files): ${detail}\n` +
            'Please report it with the command you ran; ARRANJO_DEBUG=1 shows the details.\n',
    );
    return 1;
  } finally {
    // Writing commands hold their workspace's lock until here (also on refusal).
    releaseAllWorkspaceLocks();
  }
}
