import type { ImportIssueCode } from '../../../domain/import-codes';
import type { Cell, SourceRow } from '../../../import/read/table-source';
import { readNumber, readText } from '../../../import/targets/cells';
import { label, type ConverterEnv } from '../../../import/targets/converter';
import type { ProgrammeField } from '../../../import/mapping/mapping-schema';
import type { IssueParams } from '../../../import/types';
import { dateRefusal, parseDateValue } from '../../../import/values/date';
import { clip } from '../../../import/values/text';

/** Reads the programme fields of a row, reporting each bad cell by row and column. */
export class FieldReader {
  failed = false;

  constructor(
    private readonly env: ConverterEnv,
    private readonly columns: ReadonlyMap<ProgrammeField, number>,
    private readonly row: SourceRow,
  ) {}

  column(field: ProgrammeField): string {
    const c = this.columns.get(field);
    return c === undefined ? field : label(this.env, c);
  }

  private cell(field: ProgrammeField): Cell {
    const c = this.columns.get(field);
    return c === undefined ? null : (this.row.cells[c] ?? null);
  }

  error(field: ProgrammeField, code: ImportIssueCode, message: string, value?: string, params?: IssueParams): void {
    this.errorAt(this.column(field), code, message, value, params);
  }

  /** An error at a column named as messages name it (a period column of a wide sheet has no field). */
  errorAt(column: string, code: ImportIssueCode, message: string, value?: string, params?: IssueParams): void {
    this.env.issues.error(code, this.row.row, column, message, value, params);
    this.failed = true;
  }

  text(field: ProgrammeField): string {
    return readText(this.cell(field));
  }

  required(field: ProgrammeField, what: string): string {
    const text = this.text(field);
    if (text === '') this.error(field, 'missing-value', `the ${what} is empty: fill it in.`);
    return text;
  }

  /** A number; null when empty. */
  number(field: ProgrammeField): number | null {
    const c = this.columns.get(field);
    if (c === undefined) return null;
    const parsed = readNumber(this.cell(field), this.env.decimal(c), false);
    if (parsed.kind === 'number') return parsed.value;
    if (parsed.kind === 'invalid') this.error(field, 'not-a-number', `"${clip(parsed.text, 40)}" is not a number: write a number.`);
    return null;
  }

  /** A whole count ≥ 0; 0 when empty. */
  count(field: ProgrammeField): number {
    const n = this.number(field);
    if (n === null) return 0;
    if (!Number.isInteger(n) || n < 0) {
      this.error(field, 'not-a-count', `${n} is not a count: write a whole number, 0 or more.`);
      return 0;
    }
    // Past 2^53 a whole number is no longer exact, and the workspace's INTEGER column refused it:
    // the import stopped with "internal error (a bug in Arranjo)".
    if (!Number.isSafeInteger(n)) {
      this.error(field, 'count-too-large', `${n} is too large for a count: check the number (a digit too many?).`);
      return 0;
    }
    return n;
  }

  /** An ISO date; null when empty or invalid (invalid is reported). */
  date(field: ProgrammeField): string | null {
    const cell = this.cell(field);
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
    const parsed =
      typeof cell === 'string' || typeof cell === 'number' || cell instanceof Date
        ? parseDateValue(cell)
        : { kind: 'invalid' as const, text: readText(cell) };
    if (parsed.kind === 'date') return parsed.iso;
    if (parsed.kind === 'invalid') {
      const refusal = dateRefusal(parsed);
      this.error(field, refusal.code, refusal.message, parsed.text);
    }
    return null;
  }
}
