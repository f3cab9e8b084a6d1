import { existsSync } from 'node:fs';
import { ArranjoError } from '../../../shared/errors';
import { VALUE_FORMATS, type CliCommand } from '../command';
import { createEngine, saveWorkspace } from '../context';
import { refuseFolder, refuseUnwritableTarget } from './target-file';

export const initCommand: CliCommand = {
  name: 'init',
  maxArguments: 1,
  usage: 'arranjo init <ws.arranjo> [--demo] [--force]     new empty workspace, or the demo one',
  options: { demo: { type: 'boolean' }, force: { type: 'boolean' } },
  formats: VALUE_FORMATS,
  // Building the demo writes ~110,000 rows; an empty workspace is a few statements.
  longSqliteWork: (cmd) => cmd.flag('demo'),
  async run(cmd) {
    const file = cmd.positional(0, 'workspace file');
    // Before "already exists": --force cannot replace a folder.
    refuseFolder(file, file, 'workspace.arranjo');
    if (existsSync(file) && !cmd.flag('force')) {
      throw new ArranjoError(
        'INVALID_INPUT',
        `${file} already exists; nothing was written. Use --force to replace it (the old file is kept as ${file}.bak).`,
        { file },
      );
    }
    refuseUnwritableTarget(file, file);
    const engine = await createEngine();
    const info = await engine.createWorkspace({ demo: cmd.flag('demo') });
    await saveWorkspace(engine, file);
    return { json: { file, ...info }, text: `Created ${cmd.flag('demo') ? 'the demo workspace' : 'an empty workspace'} in ${file}.\n` };
  },
};
