/** Everything the import wizard needs from the engine's types, in one import. */
export type * from './types';
export type { ColumnRole, ImportMapping, ImportMappingInput, ImportTarget, SiteField } from './mapping/mapping-schema';
export type { ImportRequest, ImportRequestInput, IssueQuery, ImportFileOptions, ImportOpenOptions } from './request-schema';
export { ENCODING_CHOICES, type EncodingChoice } from './read/decode-text';
export type { SuggestedImport, SaveTemplateInput } from '../engine/import-service';
export type { ImportFileResult, IssueLine } from '../engine/import-file';
export { IMPORT_TARGETS, SITE_FIELDS } from './mapping/mapping-schema';
