/** Everything the import wizard needs from the engine's types, in one import. */
export type * from './types';
export type {
  ColumnRole,
  ImportMapping,
  ImportMappingInput,
  ImportTarget,
  InitiativeField,
  PeriodValueField,
  ProgrammeField,
  SiteField,
} from './mapping/mapping-schema';
export type { ImportRequest, ImportRequestInput, IssueQuery, ImportFileOptions, ImportOpenOptions } from './request-schema';
export { ENCODING_CHOICES, type EncodingChoice } from './read/decode-text';
export {
  ACTION_REQUIRED_FIELDS,
  IMPORT_TARGETS,
  INITIATIVE_FIELDS,
  MEASUREMENT_REQUIRED_FIELDS,
  PERIOD_VALUE_FIELDS,
  PROGRAMME_FIELDS,
  SITE_FIELDS,
  WORK_REQUIRED_FIELDS,
} from './mapping/mapping-schema';
export { LOT_REQUIRED_FIELDS, PROSPECT_REQUIRED_FIELDS } from './mapping/plan-fields';
export { parsePeriodHeader, type HeaderPeriod } from './values/period-header';
export { proposeNameState, stateOfFileName, type StateOrigin } from './territory/state-default';
export { issuesToCsv, type IssuesCsvLabels } from './pipeline/issues';
export { lookupAnswers, lookupKey, municipalityCodeOf, readLookup } from './territory/lookup-sheet';
