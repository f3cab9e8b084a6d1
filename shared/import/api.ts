/** Everything the import wizard needs from the engine's types, in one import. */
export type * from './types';
export type { ColumnRole, ImportMapping, ImportMappingInput, ImportTarget, ProgrammeField, SiteField } from './mapping/mapping-schema';
export type { ImportRequest, ImportRequestInput, IssueQuery, ImportFileOptions } from './request-schema';
export type { SuggestedImport, SaveTemplateInput } from '../engine/import-service';
export type { ImportFileResult, IssueLine } from '../engine/import-file';
export { IMPORT_TARGETS, PROGRAMME_FIELDS, SITE_FIELDS } from './mapping/mapping-schema';
