import type { ImportIssueCode } from '../../domain/import-codes';

import { csvCell } from '../../text/csv-cell';
import type { ImportIssue, IssueParams, IssueSeverity } from '../types';

const KEEP_PER_SEVERITY = 100_000;

/**
 * The problems found in a pass, by row and column. All are counted; the first 100,000 of each
 * severity are kept for the preview, paging and the CSV export (a million-row file with one
 * warning per row must not hold a million messages).
 */
export class IssueLog {
  private readonly kept: ImportIssue[] = [];
  private readonly counts: Record<IssueSeverity, number> = { error: 0, warning: 0 };
  private readonly keptCounts: Record<IssueSeverity, number> = { error: 0, warning: 0 };

  add(issue: ImportIssue): void {
    this.counts[issue.severity]++;
    if (this.keptCounts[issue.severity] >= KEEP_PER_SEVERITY) return;
    this.keptCounts[issue.severity]++;
    this.kept.push(issue);
  }

  error(...args: IssueArgs): void {
    this.add(issueOf('error', ...args));
  }

  warning(...args: IssueArgs): void {
    this.add(issueOf('warning', ...args));
  }

  get errors(): number {
    return this.counts.error;
  }

  get warnings(): number {
    return this.counts.warning;
  }

  /** Issues in row order (file-level ones first), optionally filtered. */
  list(filter: { severity?: IssueSeverity; code?: string; column?: string } = {}): ImportIssue[] {
    return this.kept
      .filter(
        (i) =>
          (!filter.severity || i.severity === filter.severity) &&
          (!filter.code || i.code === filter.code) &&
          (!filter.column || i.column === filter.column),
      )
      .sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  }
}

/**
 * What an issue says: its code, where (row, column), the engine's message, the cell's value — its text,
 * or the number read from it (then marked numeric, for the UI to write in its language) — and params.
 */
type IssueArgs = [
  code: ImportIssueCode,
  row: number | null,
  column: string | null,
  message: string,
  value?: string | number,
  params?: IssueParams,
];

function issueOf(severity: IssueSeverity, ...[code, row, column, message, value, params]: IssueArgs): ImportIssue {
  const shown = value === undefined ? {} : typeof value === 'number' ? { value: String(value), numeric: true as const } : { value };
  return { severity, code, row, column, message, ...shown, ...(params ? { params } : {}) };
}

/** The words of the issues CSV: its 8 headers, the two severities and each issue's message (the UI's language). */
export interface IssuesCsvLabels {
  headers: readonly [string, string, string, string, string, string, string, string];
  error: string;
  warning: string;
  code: (issue: ImportIssue) => string;
  message: (issue: ImportIssue) => string;
  /** The cell's value as written in the CSV (default: as the engine wrote it). */
  value?: (issue: ImportIssue) => string;
}

/** The engine's own words (the CLI, logs): Portuguese headers, the code as it is and the English detail. */
const ENGINE_LABELS: IssuesCsvLabels = {
  headers: ['arquivo', 'planilha', 'linha', 'coluna', 'gravidade', 'código', 'mensagem', 'valor'],
  error: 'erro',
  warning: 'aviso',
  code: (i) => i.code,
  message: (i) => i.message,
};

/** The issues as a CSV the user can open in Excel (";" and a BOM, as Brazilian Excel expects), in the words given. */
export function issuesToCsv(issues: readonly ImportIssue[], file: string, sheet: string, labels: IssuesCsvLabels = ENGINE_LABELS): string {
  const lines = [labels.headers.map((h) => csvCell(h, ';')).join(';')];
  for (const i of issues) {
    lines.push(
      [
        file,
        sheet,
        i.row,
        i.column,
        i.severity === 'error' ? labels.error : labels.warning,
        labels.code(i),
        labels.message(i),
        labels.value ? labels.value(i) : i.value,
      ]
        .map((cell) => csvCell(cell, ';'))
        .join(';'),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
