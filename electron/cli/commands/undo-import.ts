import { ArranjoError } from '../../../shared/errors';
import { VALUE_FORMATS, type CliCommand } from '../command';
import { openWorkspace, saveWorkspace } from '../context';

export const undoImportCommand: CliCommand = {
  name: 'undo-import',
  maxArguments: 2,
  usage: 'arranjo undo-import <ws> <batch> [--format json]    undo an import batch (values it replaced come back)',
  options: {},
  formats: VALUE_FORMATS,
  async run(cmd) {
    const ws = cmd.positional(0, 'workspace file');
    const raw = cmd.positional(1, 'batch number');
    if (!/^\d+$/.test(raw))
      throw new ArranjoError(
        'INVALID_INPUT',
        `arranjo undo-import: the batch must be a number (see arranjo import's output), not "${raw}".`,
      );
    const engine = await openWorkspace(ws, { write: true });
    const result = await engine.undoImport(Number(raw));
    await saveWorkspace(engine, ws);
    return {
      json: { batch: result.batchId, undone: true, removed: result.removed, restored: result.restored },
      text: `Undid import batch ${result.batchId}: ${result.removed} values removed, ${result.restored} restored.\n`,
    };
  },
};
