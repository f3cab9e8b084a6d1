import { ArranjoError, describeLocation } from '../../shared/errors';
import { ParsedCommand, type CliCommand } from './command';
import { releaseAllWorkspaceLocks } from '../main/workspace-lock';
import { setCommandName } from './workspace-file';
import { renderChunks } from './output';
import { printable } from '../../shared/text/printable';
import { version as APP_VERSION } from '../../package.json';

/**
 * Every command, in the order `arranjo help` lists them, each module loaded when its command runs:
 * a command evaluates only the code it uses (`analyze` on a national workspace spent a third of its
 * CPU evaluating the whole engine it did not use, issue 16). Add a command here and nowhere else.
 */
const COMMANDS: Readonly<Record<string, () => Promise<CliCommand>>> = {
  init: async () => (await import('./commands/init')).initCommand,
  info: async () => (await import('./commands/info')).infoCommand,
  employment: async () => (await import('./commands/employment')).employmentCommand,
  import: async () => (await import('./commands/import')).importCommand,
  'undo-import': async () => (await import('./commands/undo-import')).undoImportCommand,
  templates: async () => (await import('./commands/templates')).templatesCommand,
  analyze: async () => (await import('./commands/analyze')).analyzeCommand,
  rank: async () => (await import('./commands/rank')).rankCommand,
  ahp: async () => (await import('./commands/ahp')).ahpCommand,
  weights: async () => (await import('./commands/weights')).weightsCommand,
  sites: async () => (await import('./commands/works')).sitesCommand,
  works: async () => (await import('./commands/works')).worksCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  initiatives: async () => (await import('./commands/initiatives')).initiativesCommand,
  plan: async () => (await import('./commands/plan')).planCommand,
  programme: async () => (await import('./commands/programme')).programmeCommand,
};

async function usage(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  return (
    'Arranjo command line — the engine of the Arranjo workstation, on a workspace file.\n\n' +
    commands.map((c) => `  ${c.usage}`).join('\n') +
    "\n  arranjo --version                               this Arranjo's version and the workspace schema it writes" +
    '\n\nExit status: 0 success, 2 input refused (nothing written), 1 internal error.\n'
  );
}

/** What a bug report needs first: the program's version and the workspace schema it reads and writes. */
async function versionLine(): Promise<string> {
  const { LATEST_SCHEMA_VERSION } = await import('../../shared/db/migrations');
  return `arranjo ${APP_VERSION} (workspace schema ${LATEST_SCHEMA_VERSION})\n`;
}

/** Runs one command line; returns the exit status. Output goes to the given streams. */
export async function run(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  /** Where output already encoded (UTF-8) goes as it is; without it, it is decoded for `out`. */
  outBytes?: (bytes: Uint8Array) => void,
  /** Called with the command and its parsed line just before it runs (the process entry's compiler choice). */
  beforeRun?: (command: CliCommand, cmd: ParsedCommand) => void,
): Promise<number> {
  // Known once the line is parsed: a refusal of a command that answers in JSON still answers in JSON.
  let refusal: ((message: string, error: ArranjoError) => unknown) | null = null;
  try {
    const [name = 'help', ...rest] = argv;
    if (name === 'help' || name === '--help' || name === '-h') {
      out(await usage());
      return 0;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
      out(await versionLine());
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    // One line, as every refusal: the whole usage on stderr buried it (`arranjo help` prints that).
    if (!load)
      throw new ArranjoError(
        'INVALID_INPUT',
        `Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')} ("arranjo help" says what each does).`,
      );
    const command = await load();
    setCommandName(name);
    const cmd = ParsedCommand.parse(name, rest, command.options, command.formats);
    if (cmd.flag('help')) {
      out(`${command.usage}\n`);
      return 0;
    }
    // Before the command runs: a format it does not print is refused with nothing written.
    const format = cmd.format();
    if (format === 'json' && command.refusalJson) refusal = (message, error) => command.refusalJson?.(cmd, message, error);
    cmd.refuseExtraArguments(command.maxArguments);
    beforeRun?.(command, cmd);
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
    if (error instanceof ArranjoError && error.code !== 'INTERNAL') {
      const where = describeLocation(error.location);
      const message = `${error.message}${where && !error.message.includes(where) ? ` (${where})` : ''}`;
      if (refusal) out(JSON.stringify(refusal(message, error)) + '\n');
      if (error.code !== 'FILE_ACCESS') {
        err(`arranjo: ${printable(message)}\n`);
        return 2;
      }
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
