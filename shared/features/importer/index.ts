import type { ImportApi } from './import-api';
import type { EngineContext } from '../../engine/engine-context';
import { exportCanonicalCsv } from './canonical-export';
import { importFile } from './import-file';
import { ImportService } from './import-service';

/** The import wizard and the CLI's import (the public entry of shared/features/importer). */
export type { ImportApi } from './import-api';
export type { SuggestedImport, SaveTemplateInput } from './import-service';
export type { ImportFileResult, IssueLine } from './import-file';
export type { CanonicalExport } from './canonical-export';

/**
 * The area's methods, one line each onto the import service. One service for the engine's life: an opened file's
 * session does not depend on the workspace, so it survives a workspace switch.
 */
export function importArea(ctx: EngineContext): ImportApi {
  const importer = new ImportService(ctx.db, ctx.changes, ctx.now);
  return {
    importOpen: async (bytes, fileName, options) => importer.open(bytes, fileName, options),
    importLayout: async (sessionId, sheet, overrides) => importer.layout(sessionId, sheet, overrides),
    importRows: async (sessionId, sheet, part, count) => importer.rows(sessionId, sheet, part, count),
    importSuggest: async (sessionId, sheet, options) => importer.suggest(sessionId, sheet, options),
    importPreview: async (sessionId, request, onProgress) => importer.preview(sessionId, request, onProgress),
    importIssues: async (sessionId, query) => importer.issues(sessionId, query),
    importIssuesCsv: async (sessionId) => importer.issuesCsv(sessionId),
    importCommit: async (sessionId, request, onProgress) => importer.commit(sessionId, request, onProgress),
    importCancel: async (sessionId) => importer.cancel(sessionId),
    importClose: async (sessionId) => importer.close(sessionId),
    importFile: async (bytes, fileName, options, onProgress) => importFile(ctx.db(), importer, bytes, fileName, options, onProgress),
    importBatches: async () => importer.batches(),
    undoImport: async (batchId) => importer.undo(batchId),
    importTemplates: async () => importer.templateList(),
    saveImportTemplate: async (input) => importer.saveTemplate(input),
    deleteImportTemplate: async (id) => importer.deleteTemplate(id),
    exportCanonicalCsv: async (layout, siteId) => exportCanonicalCsv(ctx.db(), layout, siteId),
  };
}
