import { aggregateRows } from '../../analysis/economy/activity-matrix';
import type { ActivityMatrix } from '../../analysis/economy/types';
import type { Connection } from '../../db/connection';
import type { EconomySubject, SubjectInfo, TerritoryKind } from './types';
import type { Measure } from '../../domain/types';
import type { ArranjoError } from '../../errors';
import { TerritorySetRepository } from '../../repositories/territory-set-repository';
import { economyRefusal } from './economy-refusals';

/** A subject the workspace knows: its name and the municipalities whose rows make it up. */
export interface ResolvedSubject {
  kind: EconomySubject['kind'];
  id: number;
  name: string;
  members: readonly number[];
}

/**
 * Finds the subject in the workspace. A municipality must exist; a custom territory must exist and
 * have members. Refusals say what is wrong and what to do, and name their reason for the UI.
 */
export function resolveSubject(conn: Connection, spec: EconomySubject, municipalityNames: ReadonlyMap<number, string>): ResolvedSubject {
  if (spec.kind === 'municipality') {
    const name = municipalityNames.get(spec.code);
    if (name === undefined) throw economyRefusal('unknown-municipality', { code: spec.code }, `Unknown municipality code ${spec.code}.`);
    return { kind: 'municipality', id: spec.code, name, members: [spec.code] };
  }
  const sets = new TerritorySetRepository(conn);
  const set = sets.get(spec.id);
  if (!set) {
    const known = sets.list().map((s) => `${s.id} ${s.name}`);
    throw economyRefusal(
      'set-id-missing',
      { id: spec.id },
      `No territory set with id ${spec.id} in this workspace${known.length > 0 ? ` (sets: ${known.join(', ')})` : ' (it has none)'}.`,
    );
  }
  if (set.members.length === 0) {
    throw economyRefusal(
      'set-empty',
      { id: set.id, name: set.name },
      `The custom territory "${set.name}" has no municipalities: add some to it before analysing it.`,
    );
  }
  return { kind: 'territory-set', id: set.id, name: set.name, members: set.members };
}

/** The subject as one matrix row (its members summed) and what the engine reports about it. */
export function subjectRow(
  m: ActivityMatrix,
  subject: ResolvedSubject,
  municipalityNames: ReadonlyMap<number, string>,
): { matrix: ActivityMatrix; info: SubjectInfo; hasData: boolean } {
  const { matrix, present } = aggregateRows(m, subject.members, subject.id);
  const withData = new Set(present);
  return {
    matrix,
    hasData: present.length > 0,
    info: {
      kind: subject.kind,
      id: subject.id,
      name: subject.name,
      members: subject.members.map((code) => ({ code, name: municipalityNames.get(code) ?? String(code), hasData: withData.has(code) })),
    },
  };
}

/** The kind marker of the subject's rows: only custom territories carry one. */
export function rowKind(subject: ResolvedSubject): { territoryKind?: TerritoryKind } {
  return subject.kind === 'territory-set' ? { territoryKind: 'territory-set' } : {};
}

/** Why a subject has nothing to analyse in a year. */
export function noDataError(subject: ResolvedSubject, measure: Measure, year: number): ArranjoError {
  if (subject.kind === 'municipality') {
    return economyRefusal(
      'territory-no-data',
      { territory: subject.id, measure, year },
      `Territory ${subject.id} has no ${measure} data for ${year}.`,
    );
  }
  const count = subject.members.length;
  return economyRefusal(
    'set-no-data',
    { id: subject.id, name: subject.name, measure, year, count },
    `The custom territory "${subject.name}" has no ${measure} data for ${year}: none of its ${count} municipalities has any.`,
  );
}
