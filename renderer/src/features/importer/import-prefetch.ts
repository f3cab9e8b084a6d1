import { engineQuery } from '../../workspace/prefetched-data';
import type { Engine, WorkspaceController } from '../../workspace/workspace-controller';

/** The import history, the area's first tab. */
export const IMPORT_BATCHES_QUERY = engineQuery('importer.batches', [], (engine) => engine.importBatches());

/** The area's first data (the history grid's batches), asked while the page is idle (issue 16). */
export async function prefetchImport(controller: WorkspaceController, engine: Engine): Promise<void> {
  await controller.prefetched.prefetch(IMPORT_BATCHES_QUERY, engine);
}
