import type { TFunction } from 'i18next';

/** The stable codes the engine gives its row problems; the UI names each in the user's language. */
export const ISSUE_CODES = [
  'not-a-number',
  'footnote',
  'negative',
  'missing-territory',
  'unknown-territory',
  'ambiguous-territory',
  'territory-name-mismatch',
  'bad-year',
  'year-conflict',
  'bad-classification',
  'unknown-sector',
  'bad-indicator',
  'odd-population',
  'duplicate-key',
  'bad-site-field',
  'bad-site-kind',
  'total-mismatch',
  'early-end',
  'truncated',
  'encoding',
  'odd-count',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export function isIssueCode(code: string): code is IssueCode {
  return (ISSUE_CODES as readonly string[]).includes(code);
}

/** "not-a-number" → "Não é um número"; a code this version does not know is shown as it is. */
export function issueCodeLabel(t: TFunction<'importer'>, code: string): string {
  return isIssueCode(code) ? t(`issueCodes.${code}`) : code;
}
