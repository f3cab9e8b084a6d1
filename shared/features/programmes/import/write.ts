import type { Connection } from '../../../db/connection';
import { ArranjoError } from '../../../errors';
import { parsePeriod } from '../periods';
import { ActionRepository } from '../action-repository';
import { ProgrammeImageRepository } from '../programme-image-repository';
import { ProgrammeRepository } from '../programme-repository';
import { BUILTIN_UNITS, isBuiltin, type Indicator, type PeriodKind, type Programme } from '../types';
import { WORKBOOK_LABELS } from '../workbook-labels';
import { ProgrammeRecordStore, type ActionRecord, type ActionStore, type TargetRecord, type TargetStore } from './records';

export type ProgrammeRecords = { target: 'programme-actions'; store: ActionStore } | { target: 'programme-targets'; store: TargetStore };

/** Names of the built-in indicators when a file creates them (the workbook and the UI translate codes). */
const BUILTIN_NAMES: Record<string, string> = {
  participants: 'Participantes',
  women: 'Mulheres participantes',
  youth: 'Jovens participantes',
  actions: 'Ações realizadas',
  enterprises_formed: 'Empreendimentos formados',
  enterprises_legalized: 'Empreendimentos legalizados',
  municipalities: 'Municípios alcançados',
};

export function programmesByName(conn: Connection): Map<string, Programme> {
  return new Map(new ProgrammeRepository(conn).list().map((p) => [p.name, p]));
}

/** How many records the workspace has already (they will be updated in place). */
export function countExistingProgrammeRecords(conn: Connection, records: ProgrammeRecords): number {
  const repo = new ProgrammeRepository(conn);
  const actions = new ActionRepository(conn);
  const byName = programmesByName(conn);
  let existing = 0;
  if (records.target === 'programme-actions') {
    for (const r of records.store.records) {
      const p = byName.get(r.programme);
      if (p && actions.actionCodeTaken(p.id, r.action.code, null)) existing++;
    }
  } else {
    for (const r of records.store.records) {
      const p = byName.get(r.programme);
      const i = p ? repo.indicatorByCode(p.id, r.indicator) : null;
      if (i && repo.targets(p?.id ?? 0).some((t) => t.indicatorId === i.id && t.period === r.period)) existing++;
    }
  }
  return existing;
}

function group<R extends { programme: string }>(records: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of records) out.set(r.programme, [...(out.get(r.programme) ?? []), r]);
  return out;
}

function writeActions(repo: ActionRepository, programmeId: number, batchId: number, records: readonly ActionRecord[]): number {
  let replaced = 0;
  for (const r of records) {
    const existing = r.keep?.length ? repo.actionByCode(programmeId, r.action.code) : null;
    const action = { ...r.action };
    if (existing) for (const field of r.keep ?? []) Object.assign(action, { [field]: existing[field] });
    if (repo.upsertAction(programmeId, action, batchId).updated) replaced++;
  }
  return replaced;
}

function writeTargets(repo: ProgrammeRepository, programmeId: number, batchId: number, records: readonly TargetRecord[]): number {
  let replaced = 0;
  for (const r of records) {
    let indicator = repo.indicatorByCode(programmeId, r.indicator);
    if (!indicator) {
      const kind: PeriodKind = parsePeriod(r.period)?.kind ?? 'quarter';
      const id = repo.insertIndicator(
        programmeId,
        {
          resultId: null,
          code: r.indicator,
          name: BUILTIN_NAMES[r.indicator] ?? r.indicator,
          // Stored as the demo stores them; the workbook and the UI word a built-in's unit in their language.
          unit: isBuiltin(r.indicator) ? WORKBOOK_LABELS['pt-BR'].units[BUILTIN_UNITS[r.indicator]] : '',
          direction: 'higher-better',
          baseline: r.baseline,
          periodKind: kind,
          cumulative: false,
          disaggregation:
            r.indicator === 'participants' ? ['sex', 'age', 'territory'] : [...new Set((r.parts ?? []).map((p) => p.dimension))],
        },
        batchId,
      );
      indicator = repo.indicator(id);
    }
    if (!indicator) continue;
    indicator = repo.indicator(indicator.id) ?? indicator;
    if (
      repo.upsertTarget({ indicatorId: indicator.id, period: r.period, baseline: r.baseline, target: r.target, actual: r.actual }, batchId)
    )
      replaced++;
    writeParts(repo, indicator, r, batchId);
  }
  return replaced;
}

/**
 * The parts of the actual a row gives replace that period's parts of their dimensions; an indicator
 * not yet broken down by a dimension the file gives is broken down by it from now on (the batch's
 * undo restores the indicator as it was).
 */
function writeParts(repo: ProgrammeRepository, indicator: Indicator, r: TargetRecord, batchId: number): void {
  const parts = r.parts ?? [];
  if (parts.length === 0) return;
  const dimensions = [...new Set(parts.map((p) => p.dimension))];
  const missing = dimensions.filter((d) => !indicator.disaggregation.includes(d));
  if (missing.length > 0) repo.updateIndicator(indicator.id, { ...indicator, disaggregation: [...indicator.disaggregation, ...missing] });
  repo.deleteParts(indicator.id, r.period, dimensions);
  for (const p of parts) repo.insertPart({ indicatorId: indicator.id, period: r.period, ...p }, batchId);
}

/**
 * Writes a batch of actions or targets, programme by programme, creating a programme named in the
 * file that the workspace lacks; keeps each programme's rows before and after, for undo and redo.
 * Returns [written, replaced].
 */
export function writeProgrammeRecords(conn: Connection, batchId: number, records: ProgrammeRecords): [number, number] {
  const repo = new ProgrammeRepository(conn);
  const images = new ProgrammeImageRepository(conn);
  const redo = records.store.redoBatch;
  if (redo !== null) {
    for (const image of images.imports(redo)) images.restore(image.programmeId, image.after);
    return [0, 0];
  }
  let replaced = 0;
  const groups = records.target === 'programme-actions' ? group(records.store.records) : group(records.store.records);
  for (const [name, rows] of groups) {
    const existing = repo.byName(name);
    const before = existing ? images.image(existing.id) : null;
    const programmeId =
      existing?.id ??
      repo.insert(
        {
          name,
          description: '',
          startDate: null,
          endDate: null,
          ragGreen: 0.9,
          ragAmber: 0.6,
          illustrative: false,
          source: '',
        },
        batchId,
      );
    replaced +=
      records.target === 'programme-actions'
        ? writeActions(new ActionRepository(conn), programmeId, batchId, rows as ActionRecord[])
        : writeTargets(repo, programmeId, batchId, rows as TargetRecord[]);
    images.recordImport(batchId, programmeId, before, images.image(programmeId));
  }
  return [records.store.length, replaced];
}

/** Refuses to undo a batch while a later batch, not undone, changed the same programme. */
export function checkProgrammeUndoable(conn: Connection, batchId: number): void {
  const later = new ProgrammeImageRepository(conn).laterBatches(batchId);
  if (later.length > 0)
    throw new ArranjoError(
      'CONSTRAINT',
      `Import batch ${batchId} cannot be undone yet: later batch(es) ${later.join(', ')} changed the same programme. Undo ${later.length > 1 ? 'them' : 'it'} first.`,
      {},
      { batch: batchId, blockedBy: later.join(',') },
    );
}

/** Puts each programme the batch touched back as it was before it; returns how many. */
export function undoProgrammeBatch(conn: Connection, batchId: number): { removed: number; restored: number } {
  const images = new ProgrammeImageRepository(conn);
  let removed = 0;
  let restored = 0;
  for (const image of images.imports(batchId)) {
    const after = image.after;
    removed += after
      ? after.actions.filter((a) => a.batch_id === batchId).length + after.targets.filter((t) => t.batch_id === batchId).length
      : 0;
    images.restore(image.programmeId, image.before);
    if (image.before) restored++;
  }
  return { removed, restored };
}

/** A store that, applied again, restores what the batch had written (History redo). */
export function redoStore(target: 'programme-actions' | 'programme-targets', batchId: number): ProgrammeRecords {
  return target === 'programme-actions'
    ? { target, store: new ProgrammeRecordStore<ActionRecord>(batchId) }
    : { target, store: new ProgrammeRecordStore<TargetRecord>(batchId) };
}
