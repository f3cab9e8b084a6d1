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
    // Batches count from 1: 0 or a number past 2^53 got the schema's words ("batchId: must be more than 0 (column batchId)").
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw)))
      throw new ArranjoError(
        'INVALID_INPUT',
        `arranjo undo-import: the batch must be a batch number (1, 2…; see arranjo import's output), not "${raw}".`,
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
