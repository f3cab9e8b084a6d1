import type { ErrorParams } from '../errors';

/**
 * The import's codes, as field-refusals.ts does for fields: what the engine says about a row (an
 * issue's `code`) and why it refuses a whole file or request (`params.reason` of the ArranjoError).
 * The engine's messages keep English words for the CLI and logs; the UI translates by the code, and
 * its texts are typed by these lists (a new code fails the type check until it is translated).
 */

/** The stable codes of row problems (ImportIssue.code): errors stop the import, warnings do not. */
export const IMPORT_ISSUE_CODES = [
  'not-a-number',
  /**
   * A number written with more digits than a value keeps (above 9,007,199,254,740,991): it would be
   * stored rounded (a code or a protocol number in a value column, most often). value: the cell.
   */
  'too-many-digits',
  'footnote',
  /** A number cell holding one of Excel's errors (#DIV/0!…), kept as a missing value (`value`: the error). */
  'excel-error',
  'negative',
  'missing-territory',
  /** A territory cell holding one of Excel's errors (#N/A): the row is refused (value: the error). */
  'territory-excel-error',
  'unknown-territory',
  'ambiguous-territory',
  'territory-name-mismatch',
  /** A state column naming no state, or another state than the territory's code: the code is kept (value: the cell; params.territory). */
  'state-mismatch',
  /** A state cell that names no state, beside a name that could not be placed (value: the cell). */
  'unknown-state',
  'bad-year',
  'year-conflict',
  'bad-classification',
  'unknown-sector',
  'bad-indicator',
  'odd-population',
  'duplicate-key',
  'rows-combined',
  /** A row equal cell for cell to an earlier row it was added up or averaged with (params.first: that row). */
  'identical-row',
  /**
   * A text file's row with a value right of the header's last column: an unquoted separator split a
   * cell (params.cells: the row's cells, params.columns: the header's, params.separator; value: the cell).
   */
  'cells-past-header',
  'bad-site-field',
  'bad-site-kind',
  'total-mismatch',
  'early-end',
  'unknown-site',
  'ambiguous-site',
  'missing-site',
  'unknown-work',
  'missing-work-code',
  'missing-title',
  'bad-category',
  'bad-status',
  'bad-funding',
  'missing-budget',
  'negative-money',
  'bad-date',
  /** A bare number in a date column: a CSV's or a text cell's "5" or "45000", or a number cell outside 1950–2100 (value: the cell). */
  'date-is-number',
  /**
   * A time with a zone whose instant falls in Brazil on another day than the one written
   * ("2025-03-31T02:00:00Z" is 30 March in Brasília; value: the cell).
   */
  'date-other-zone',
  'missing-date',
  'end-before-start',
  'unknown-need',
  'missing-value',
  'progress-out-of-range',
  /** A number above the largest the field takes (`max`): an area, an amount or a count of jobs no district has. */
  'above-max',
  'progress-decreased',
  /**
   * Physical progress measured before the work began (the earlier of its planned and actual start):
   * a date mistyped, or a start the workspace lacks (params.progress: the %, params.date: the start).
   */
  'measured-before-start',
  /**
   * A work's start (planned, or actual when it is the earlier) after progress already measured on it
   * (params.progress, params.date: the first such measurement; value: the start).
   */
  'start-after-measured',
  /** A work already in another district (value: that district's code): the row moves it there from. */
  'work-moves-site',
  /**
   * A committed amount over 150 % of the work's planned budget, beyond what additions may add to a
   * contract (Lei 14.133/2021, art. 125); kept, said once per work (params.max: the budget,
   * params.percent: the committed as a % of it; value: the committed).
   */
  'committed-above-budget',
  /**
   * Progress measured on a work recorded as not begun (planned, tendering): kept, said once per work so
   * that its status is updated (params.progress: the %).
   */
  'progress-on-unstarted-work',
  /**
   * A physical progress column whose plain numbers are all between 0 and 1 (0.455): written as
   * fractions, they would read as 0.455 % (params.progress: the value; params.percent: it × 100).
   */
  'progress-fraction',
  'disbursed-above-committed',
  'bad-flag',
  'blank-initiative',
  'bad-initiative-kind',
  'bad-sector',
  'duplicate-membership',
  'initiative-spellings-merged',
  /** A name very close to another initiative's of the file (value: the name; params.other, params.otherRow: that one's and its row). */
  'initiative-near-duplicate',
  /** A spelling whose code was merged into another initiative: the import updates that one (value: its name). */
  'initiative-merged-alias',
  /** An initiative named as a municipality: likely a shifted cell (value: the name; params.territory: "Ipupiara, BA"). */
  'initiative-named-as-municipality',
  /** An update that takes municipalities out of an initiative (value: its name; params.count, params.total, params.territory: the first five). */
  'initiative-members-removed',
  /** An initiative's name, route or other field whose cell is an Excel error (#N/A): the row is refused (value: the error). */
  'initiative-error-cell',
  /** An initiative's name, route or notes longer than the registry keeps (params.length, params.max). */
  'initiative-text-too-long',
  /** A work's, lot's, company's or action's text longer than its form keeps: a title of 40,000 characters (params.length, params.max; value: the start of it). */
  'field-too-long',
  /** A programme target on the wrong side of its baseline for its indicator's direction (params.direction). */
  'target-direction',
  /** The same for an indicator the import creates (higher-better): how to import one where lower is better (params.direction). */
  'target-direction-new',
  'required',
  'sold-twice',
  /** A lot of 0 m² (the form refuses it too). */
  'zero-area',
  'bad-cnpj',
  'bad-stage',
  'whole-number',
  'not-a-count',
  /** A count beyond the whole numbers a workspace stores exactly (an action of 1e20 participants): refused, it stopped the import as an internal error. */
  'count-too-large',
  'bad-action-type',
  'women-above-participants',
  'youth-above-participants',
  'bad-indicator-code',
  'bad-period',
  'period-outside-programme',
  /** An action starting outside its programme's dates. */
  'date-outside-programme',
  'actual-ignored',
  /** A programme the file names that the workspace lacks: the import creates it (value: the name; options: an existing look-alike). */
  'new-programme',
  'unknown-initiative',
  'bad-sex',
  'attendance-mismatch',
  'truncated',
  'encoding',
  'odd-count',
  'ambiguous-decimal',
  /** A number column written in both conventions, a two-way numeral read by the majority's (`dot`, `comma`: an example of each; `read`). */
  'mixed-decimal',
  /** A wide measurements sheet without a value (money, %) that each measurement keeps from the last one. */
  'value-carried',
  /** Rows whose sector code is outside the classification, skipped as the review chose (`count`, `codes`). */
  'sector-skipped',
  /** Rows whose sector code is outside the classification, imported under the code the review chose (`count`, `codes`). */
  'sector-mapped',
  /** A territory × year × measure given at two levels of the classification in one file (`territory`, `year`, `measure`, `levels`, `first`). */
  'mixed-levels',
  /** A territory × year × measure the workspace holds at another level of the classification (`territory`, `year`, `measure`, `levels`, `file`). */
  'stored-level',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export function isImportIssueCode(code: unknown): code is ImportIssueCode {
  return typeof code === 'string' && (IMPORT_ISSUE_CODES as readonly string[]).includes(code);
}

/** Why an import is refused as a whole (`params.reason`); nothing is written in any of these cases. */
export const IMPORT_REFUSALS = [
  'legacy-xls',
  'encrypted',
  'corrupt-xlsx',
  'not-xlsx',
  'html',
  'pdf',
  'binary',
  /** A text file with a double quote that opens a cell and never closes (`row`: where it opens). */
  'unclosed-quote',
  /** A text file holding a NUL character (`row`: the first row with one). */
  'nul-character',
  'empty-file',
  'too-large',
  'empty-sheet',
  'no-data',
  /** Cells with a formula whose result the file did not save (`sheet`, `column`, `row`). */
  'formulas-without-results',
  /** Rows with errors (`errors` of them): all or nothing. */
  'row-errors',
  'mapping',
  /** A column mapped to periods whose header names no month, quarter or year (`column`: its header). */
  'period-header',
  /** No template fits, or several do (`candidates`). */
  'template',
  'template-mismatch',
  'cancelled',
  'busy',
  'session',
  'workspace-changed',
  /**
   * Values of another source would be replaced (`indicator`, `period`, `count`, `storedSource`,
   * `suggested`: a code for a series apart): the user chooses.
   */
  'source-conflict',
] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];

export function isImportRefusal(reason: unknown): reason is ImportRefusal {
  return typeof reason === 'string' && (IMPORT_REFUSALS as readonly string[]).includes(reason);
}

/** The params of an import refusal (the ArranjoError's `params`): its reason and the values its texts need. */
export function importRefusal(reason: ImportRefusal, values: Readonly<ErrorParams> = {}): ErrorParams {
  return { reason, ...values };
}
