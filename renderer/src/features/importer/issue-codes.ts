import type { TFunction } from 'i18next';
import { IMPORT_ISSUE_CODES, isImportIssueCode, type ImportIssueCode } from '../../../../shared/domain/import-codes';

/** The engine's row-problem codes (shared/domain/import-codes.ts); the UI names each in the user's language. */
export const ISSUE_CODES = IMPORT_ISSUE_CODES;
export type IssueCode = ImportIssueCode;
export const isIssueCode = isImportIssueCode;

/**
 * "not-a-number" → "Não é um número". The key is typed by the code list, so a code without a text in
 * the locale files fails the type check; a code this version does not know is shown as it is.
 */
export function issueCodeLabel(t: TFunction<'importer'>, code: string): string {
  return isIssueCode(code) ? t(`issueCodes.${code}`) : code;
}
