import { existsSync } from 'node:fs';
import { ArranjoError } from '../../../shared/errors';
import { createEngine, saveWorkspace } from '../context';
import type { CommandResult, ParsedCommand } from '../command';

/** arranjo init <ws.arranjo> [--demo] [--force] */
export async function initCommand(cmd: ParsedCommand): Promise<CommandResult> {
  const file = cmd.positional(0, 'workspace file');
  if (existsSync(file) && !cmd.flag('force')) {
    throw new ArranjoError('INVALID_INPUT', `${file} already exists; nothing was written. Use --force to replace it (the old file is kept as ${file}.bak).`, { file });
  }
  const engine = await createEngine();
  const info = await engine.createWorkspace({ demo: cmd.flag('demo') });
  await saveWorkspace(engine, file);
  return { json: { file, ...info }, text: `Created ${cmd.flag('demo') ? 'the demo workspace' : 'an empty workspace'} in ${file}.\n` };
}
