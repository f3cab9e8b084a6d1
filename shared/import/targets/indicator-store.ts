import type { IndicatorValueColumns } from '../../repositories/import-write-repository';
import { heldValue, Interner, NumberColumn, type HeldValue } from './interner';
import { KeyIndex } from './number-set';

export interface IndicatorRecord {
  indicatorCode: string;
  subjectKind: 'municipality' | 'state';
  subjectCode: string;
  period: string;
  value: number | null;
  missingReason: string | null;
  sourceRow: number;
}

const SUBJECT_KINDS = ['municipality', 'state'] as const;

/** Indicator values of one import, stored like `EmploymentStore` (employment-store.ts). */
export class IndicatorStore {
  private readonly indicator = new NumberColumn((n) => new Int32Array(n));
  private readonly kind = new NumberColumn((n) => new Int32Array(n));
  private readonly subject = new NumberColumn((n) => new Int32Array(n));
  private readonly period = new NumberColumn((n) => new Int32Array(n));
  private readonly value = new NumberColumn((n) => new Float64Array(n));
  private readonly reason = new NumberColumn((n) => new Int32Array(n));
  private readonly row = new NumberColumn((n) => new Int32Array(n));
  private readonly indicators = new Interner();
  private readonly periodNames = new Interner();
  private readonly reasons = new Interner(true);
  private readonly keys = new KeyIndex();
  /** The last subject code read, and its number: a wide row gives the same subject to every value. */
  private lastSubjectCode = '';
  private lastSubject = 0;
  length = 0;

  private subjectNumber(code: string): number {
    if (code === this.lastSubjectCode) return this.lastSubject;
    if (!/^\d{1,8}$/.test(code)) throw new Error(`subject code ${code} is not numeric`);
    this.lastSubjectCode = code;
    this.lastSubject = Number(code);
    return this.lastSubject;
  }

  /** Expects about `count` records (see KeyIndex.reserve). */
  reserve(count: number): void {
    this.keys.reserve(count);
    for (const column of [this.indicator, this.kind, this.subject, this.period, this.reason, this.row]) column.reserve(count);
    this.value.reserve(count);
  }

  add(r: IndicatorRecord): boolean {
    const subject = this.subjectNumber(r.subjectCode);
    const ind = this.indicators.id(r.indicatorCode);
    const per = this.periodNames.id(r.period);
    const kind = SUBJECT_KINDS.indexOf(r.subjectKind);
    if (ind >= 16_384 || per >= 4096) throw new Error('more than 16,384 indicators or 4,096 periods in one import');
    // 14 + 1 + 24 + 12 bits: exact in a double.
    const key = ((ind * 2 + kind) * 16_777_216 + subject) * 4096 + per;
    if (this.keys.add(key, this.length) !== -1) return false;
    const i = this.length++;
    this.indicator.set(i, ind);
    this.kind.set(i, kind);
    this.subject.set(i, subject);
    this.period.set(i, per);
    this.value.set(i, r.value ?? Number.NaN);
    this.reason.set(i, this.reasons.id(r.missingReason ?? ''));
    this.row.set(i, r.sourceRow);
    return true;
  }

  /** What the import holds for this key, with its missing reason; undefined when it holds none (see EmploymentStore.heldAt). */
  heldAt(indicator: string, subjectKind: string, subjectCode: string, period: string): HeldValue | undefined {
    const position = this.positionOf(indicator, subjectKind, subjectCode, period);
    return position < 0 ? undefined : this.held(position);
  }

  /** The value the import holds for this key (null: missing, with a reason); undefined when it holds none. */
  valueOf(indicator: string, subjectKind: string, subjectCode: string, period: string): number | null | undefined {
    return this.heldAt(indicator, subjectKind, subjectCode, period)?.value;
  }

  private held(i: number): HeldValue {
    return heldValue(this.value.get(i), this.reasons.get(this.reason.get(i)));
  }

  private positionOf(indicator: string, subjectKind: string, subjectCode: string, period: string): number {
    const ind = this.indicators.indexOf(indicator);
    const per = this.periodNames.indexOf(period);
    const kind = (SUBJECT_KINDS as readonly string[]).indexOf(subjectKind);
    if (ind < 0 || per < 0 || kind < 0 || !/^\d+$/.test(subjectCode)) return -1;
    return this.keys.get(((ind * 2 + kind) * 16_777_216 + Number(subjectCode)) * 4096 + per);
  }

  at(i: number): IndicatorRecord {
    return {
      indicatorCode: this.indicators.get(this.indicator.get(i)),
      subjectKind: SUBJECT_KINDS[this.kind.get(i)] ?? 'municipality',
      subjectCode: String(this.subject.get(i)),
      period: this.periodNames.get(this.period.get(i)),
      ...this.held(i),
      sourceRow: this.row.get(i),
    };
  }

  firstRowOf(r: IndicatorRecord): number | null {
    const position = this.positionOf(r.indicatorCode, r.subjectKind, r.subjectCode, r.period);
    return position < 0 ? null : this.row.get(position);
  }

  periods(): string[] {
    return [...this.periodNames.values].sort();
  }

  indicatorCodes(): string[] {
    return [...this.indicators.values];
  }

  /** The records in primary-key order (see KeyIndex.positionsInKeyOrder). */
  *records(): IterableIterator<IndicatorRecord> {
    for (const i of this.keys.positionsInKeyOrder()) yield this.at(i);
  }

  /** The records in primary-key order, read column by column (see EmploymentStore.columns). */
  columns(): IndicatorValueColumns {
    const order = this.keys.positionsInKeyOrder();
    const at = (i: number): number => order[i] ?? 0;
    return {
      length: order.length,
      indicatorCode: (i) => this.indicators.get(this.indicator.get(at(i))),
      subjectKind: (i) => SUBJECT_KINDS[this.kind.get(at(i))] ?? 'municipality',
      subjectCode: (i) => this.subject.get(at(i)),
      period: (i) => this.periodNames.get(this.period.get(at(i))),
      value: (i) => {
        const value = this.value.get(at(i));
        return Number.isNaN(value) ? null : value;
      },
      missingReason: (i) => this.reasons.get(this.reason.get(at(i))) || null,
      sourceRow: (i) => this.row.get(at(i)),
    };
  }

  /** The indicators the records refer to, each once. */
  referencedIndicators(): string[] {
    const used = new Set<number>();
    for (let i = 0; i < this.length; i++) used.add(this.indicator.get(i));
    return [...used].map((i) => this.indicators.get(i));
  }
}
