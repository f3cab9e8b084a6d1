import type { Change } from '../../engine/history';
import type { UndoneChange } from './workspace-api';

/**
 * The UI area of a change that does not name its own (ChangeSubject.area), by its label's first
 * word. Each prefix an area's service records is here: the undo message says "uma alteração em
 * <area>" in the UI language, and a prefix missing from this table showed the code word itself
 * ("uma alteração em initiative"). test/unit/engine/undone-change.test.ts lists the prefixes.
 */
export const AREA_OF_PREFIX: Readonly<Record<string, string>> = {
  site: 'territories',
  indicator: 'territories',
  gridView: 'territories',
  meeting: 'territories',
  territorySet: 'territories',
  scenario: 'prioritization',
  work: 'works',
  attraction: 'attraction',
  programme: 'programmes',
  initiative: 'initiatives',
  methodology: 'initiatives',
  exchange: 'initiatives',
  import: 'import-export',
  'undo-import': 'import-export',
  'import-template': 'import-export',
  workspace: 'dashboard',
};

/** A change undone (or redone), for the message that says what went back: its area, records and fields. */
export function describeChange(change: Change): UndoneChange {
  const prefix = change.label.split('.')[0] ?? '';
  return {
    label: change.label,
    area: change.subject?.area ?? AREA_OF_PREFIX[prefix] ?? prefix,
    target: change.subject?.target ?? null,
    fields: change.subject?.fields ?? [],
  };
}
