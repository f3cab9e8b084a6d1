import type { Connection } from '../../db/connection';
import type { IndicatorInfo, IndicatorInput, IndicatorValueEdit, IndicatorValueInfo, IndicatorValueQuery } from './types';
import { BUILT_IN_INDICATORS } from './survey';
import { KNOWN_UNITS, isAdditiveUnit, isKnownUnit } from './units';
import { ArranjoError } from '../../errors';
import { ChangeLogRepository } from '../../repositories/change-log-repository';
import { IndicatorRepository, type IndicatorEntry } from '../../repositories/indicator-repository';
import { IndicatorValueRepository, type StoredValue } from '../../repositories/indicator-value-repository';
import { SiteRepository } from '../../repositories/site-repository';
import { FactsRepository } from './facts-repository';
import { indicatorInputSchema, indicatorValueEditsSchema, indicatorValueQuerySchema } from './schemas';
import { parseInput, refuseField } from '../../rpc/validate';
import type { History } from '../../engine/history';
import { ENTERED_BY_USER } from '../../text/entered-by-user';
import { localDay } from '../../text/local-day';

/**
 * Where a user-entered value comes from, as stored with it (data text is Portuguese, like the rest),
 * dated with the planner's day: the timestamp's first ten characters are the day in UTC, and a value
 * typed in Brazil after 21:00 was said to be entered the next day.
 */
export function userSource(now: string): string {
  return `${ENTERED_BY_USER['pt-BR']} (${localDay(new Date(now))})`;
}

export function provenanceOf(
  v: StoredValue & { file: string | null; sheet: string | null; importedAt: string | null },
): IndicatorValueInfo['provenance'] {
  if (v.batchId !== null) return { kind: 'import', file: v.file, sheet: v.sheet, row: v.sourceRow, batchId: v.batchId, at: v.importedAt };
  if (v.enteredAt !== null) return { kind: 'user', file: null, sheet: null, row: null, batchId: null, at: v.enteredAt };
  return { kind: 'unknown', file: null, sheet: null, row: null, batchId: null, at: null };
}

function toInfo(r: IndicatorEntry, usage?: { count: number; kinds: Set<string>; periods: Set<string> }): IndicatorInfo {
  return {
    code: r.code,
    name: { pt: r.namePt, en: r.nameEn, es: r.nameEs },
    unit: r.unit,
    direction: r.direction,
    category: r.category,
    description: r.description,
    source: r.source,
    valueMin: r.valueMin,
    valueMax: r.valueMax,
    wholeNumbers: r.wholeNumbers,
    builtIn: BUILT_IN_INDICATORS.has(r.code),
    valueCount: usage?.count ?? 0,
    subjectKinds: [...(usage?.kinds ?? [])].sort(),
    periods: [...(usage?.periods ?? [])].sort().reverse(),
  };
}

/**
 * The indicator catalog and the values planners enter (a district's survey scores): validated
 * against the indicator's unit and scale, written in one transaction, change-logged, undoable.
 */
export class IndicatorService {
  private readonly repo: IndicatorRepository;
  private readonly stored: IndicatorValueRepository;
  private readonly log: ChangeLogRepository;

  constructor(
    private readonly conn: Connection,
    private readonly history: History,
    private readonly now: () => string,
  ) {
    this.repo = new IndicatorRepository(conn);
    this.stored = new IndicatorValueRepository(conn);
    this.log = new ChangeLogRepository(conn);
  }

  catalog(): IndicatorInfo[] {
    const usage = this.stored.usage();
    return this.repo.list().map((r) => toInfo(r, usage.get(r.code)));
  }

  private info(code: string): IndicatorInfo {
    const record = this.repo.get(code);
    if (!record) throw new ArranjoError('NOT_FOUND', `Indicator ${code} does not exist.`);
    return toInfo(record, this.stored.usage().get(code));
  }

  /** Creates an indicator, or updates the one with this code. */
  save(input: IndicatorInput): IndicatorInfo {
    const data = parseInput(indicatorInputSchema, input, 'indicator');
    const existing = this.repo.get(data.code);
    const record: IndicatorEntry = {
      code: data.code,
      namePt: data.name.pt,
      nameEn: data.name.en,
      nameEs: data.name.es,
      unit: data.unit,
      direction: data.direction,
      category: data.category,
      description: data.description ?? existing?.description ?? '',
      source: data.source ?? existing?.source ?? '',
      valueMin: data.valueMin === undefined ? (existing?.valueMin ?? null) : data.valueMin,
      valueMax: data.valueMax === undefined ? (existing?.valueMax ?? null) : data.valueMax,
      wholeNumbers: data.wholeNumbers ?? existing?.wholeNumbers ?? false,
    };
    // An imported indicator may carry a unit outside the list; it stays until someone changes it.
    if (record.unit !== existing?.unit && !isKnownUnit(record.unit)) {
      throw refuseField(
        'unit',
        'unknown-unit',
        { value: record.unit },
        `"${record.unit}" is not a known unit (known units: ${KNOWN_UNITS.filter(Boolean).join(', ')}).`,
      );
    }
    if (record.valueMin !== null && record.valueMax !== null && record.valueMin > record.valueMax) {
      throw refuseField(
        'valueMax',
        'min-above-max',
        { min: record.valueMin, max: record.valueMax },
        `must not be below the minimum (${record.valueMin}).`,
      );
    }
    if (existing && BUILT_IN_INDICATORS.has(existing.code)) {
      for (const field of ['unit', 'valueMin', 'valueMax', 'wholeNumbers'] as const) {
        if (record[field] !== existing[field]) {
          throw refuseField(field, 'built-in', {}, 'cannot change on a built-in indicator.', { code: 'CONSTRAINT' });
        }
      }
    }
    this.conn.transaction(() => {
      if (existing) this.repo.update(record);
      else this.repo.insert(record);
      this.log.append({
        at: this.now(),
        entity: 'indicator',
        entityId: record.code,
        action: existing ? 'update' : 'insert',
        before: existing ?? null,
        after: record,
      });
    });
    this.history.record({
      label: existing ? 'indicator.update' : 'indicator.create',
      undo: () => (existing ? this.repo.update(existing) : this.repo.delete(record.code)),
      redo: () => (existing ? this.repo.update(record) : this.repo.insert(record)),
    });
    return this.info(record.code);
  }

  delete(code: string): void {
    const existing = this.repo.get(code);
    if (!existing) throw new ArranjoError('NOT_FOUND', `Indicator ${code} does not exist.`);
    if (BUILT_IN_INDICATORS.has(code)) {
      throw refuseField('code', 'built-in', {}, `${code} is built in and cannot be deleted.`, { code: 'CONSTRAINT', location: {} });
    }
    const count = this.stored.valueCount(code);
    if (count > 0) {
      throw refuseField('code', 'has-values', { count }, `${code} has ${count} values; delete or undo their import first.`, {
        code: 'CONSTRAINT',
        location: {},
      });
    }
    this.conn.transaction(() => {
      this.repo.delete(code);
      this.log.append({ at: this.now(), entity: 'indicator', entityId: code, action: 'delete', before: existing, after: null });
    });
    this.history.record({ label: 'indicator.delete', undo: () => this.repo.insert(existing), redo: () => this.repo.delete(code) });
  }

  values(query: IndicatorValueQuery): IndicatorValueInfo[] {
    const q = parseInput(indicatorValueQuerySchema, query, 'query');
    return this.stored.values(q.subjectKind, q).map((v) => ({
      indicatorCode: v.indicatorCode,
      subjectKind: v.subjectKind,
      subjectCode: v.subjectCode,
      period: v.period,
      value: v.value,
      missingReason: v.missingReason,
      source: v.source,
      illustrative: v.illustrative,
      provenance: provenanceOf(v),
    }));
  }

  /**
   * Enters, changes or removes (`value: null`) values. Every edit is checked before anything is
   * written: the indicator and the subject exist, the value is a number within the indicator's
   * scale (whole where it must be, not negative for counts and amounts). All or nothing; one undo step.
   */
  setValues(edits: IndicatorValueEdit[]): { written: number; removed: number } {
    const list = parseInput(indicatorValueEditsSchema, edits, 'values');
    const indicators = new Map<string, IndicatorEntry>();
    const sites = new SiteRepository(this.conn);
    const municipalities = new FactsRepository(this.conn).municipalities(
      list.filter((e) => e.subjectKind === 'municipality').map((e) => Number(e.subjectCode)),
    );
    const at = this.now();
    const planned = list.map((edit, index) => {
      const where = { index, indicatorCode: edit.indicatorCode, subjectCode: edit.subjectCode, period: edit.period };
      const inBatch = { extra: where };
      let indicator = indicators.get(edit.indicatorCode);
      if (!indicator) {
        indicator = this.repo.get(edit.indicatorCode);
        if (!indicator) {
          throw refuseField(
            'indicatorCode',
            'not-found',
            { value: edit.indicatorCode },
            `${edit.indicatorCode} is not in the indicator catalog.`,
            inBatch,
          );
        }
        indicators.set(edit.indicatorCode, indicator);
      }
      const subjectOk =
        edit.subjectKind === 'site'
          ? /^\d+$/.test(edit.subjectCode) && sites.get(Number(edit.subjectCode)) !== undefined
          : municipalities.has(Number(edit.subjectCode));
      if (!subjectOk) {
        throw refuseField(
          'subjectCode',
          'not-found',
          { value: edit.subjectCode },
          `${edit.subjectKind} ${edit.subjectCode} does not exist.`,
          inBatch,
        );
      }
      const v = edit.value;
      if (v !== null) {
        if (indicator.wholeNumbers && !Number.isInteger(v))
          throw refuseField('value', 'whole-number', {}, 'must be a whole number', inBatch);
        if (indicator.valueMin !== null && v < indicator.valueMin) {
          throw refuseField('value', 'at-least', { min: indicator.valueMin }, `must be at least ${indicator.valueMin}`, inBatch);
        }
        if (indicator.valueMax !== null && v > indicator.valueMax) {
          throw refuseField('value', 'at-most', { max: indicator.valueMax }, `must be at most ${indicator.valueMax}`, inBatch);
        }
        if (indicator.valueMin === null && v < 0 && isAdditiveUnit(indicator.unit)) {
          throw refuseField('value', 'negative', {}, 'cannot be negative', inBatch);
        }
      }
      const key = { indicatorCode: edit.indicatorCode, subjectKind: edit.subjectKind, subjectCode: edit.subjectCode, period: edit.period };
      const before = this.stored.getValue(key) ?? null;
      const after: StoredValue | null =
        v === null
          ? null
          : {
              ...key,
              value: v,
              missingReason: null,
              source: userSource(at),
              illustrative: false,
              batchId: null,
              sourceRow: null,
              enteredAt: at,
            };
      return { key, before, after };
    });

    const apply = (states: readonly { key: (typeof planned)[number]['key']; value: StoredValue | null }[]) => {
      for (const s of states) {
        if (s.value) this.stored.putValue(s.value);
        else this.stored.deleteValue(s.key);
      }
    };
    const forward = planned.map((p) => ({ key: p.key, value: p.after }));
    const backward = [...planned].reverse().map((p) => ({ key: p.key, value: p.before }));
    this.conn.transaction(() => {
      apply(forward);
      for (const p of planned) {
        this.log.append({
          at,
          entity: 'indicator_value',
          entityId: `${p.key.indicatorCode}|${p.key.subjectKind}|${p.key.subjectCode}|${p.key.period}`,
          action: p.after ? (p.before ? 'update' : 'insert') : 'delete',
          before: p.before,
          after: p.after,
        });
      }
    });
    this.history.record({ label: 'indicator.values', undo: () => apply(backward), redo: () => apply(forward) });
    return { written: planned.filter((p) => p.after).length, removed: planned.filter((p) => !p.after && p.before).length };
  }
}
