import type { TFunction } from 'i18next';
import { issuesToCsv, type ImportIssue } from '../../../../shared/import/api';
import type { Locale } from '../../i18n/locales';
import { issueValueText } from './cell-text';
import { issueCodeLabel, issueMessage } from './issue-codes';
import { ISSUE_PAGE } from './wizard-state';

interface IssuePages {
  importIssues(sessionId: string, query: { offset: number; limit: number }): Promise<{ total: number; issues: ImportIssue[] }>;
}

/** Every issue the engine kept for the session's last check, page by page. */
export async function allIssues(engine: IssuePages, sessionId: string): Promise<ImportIssue[]> {
  const issues: ImportIssue[] = [];
  for (let offset = 0; ; offset += ISSUE_PAGE) {
    const page = await engine.importIssues(sessionId, { offset, limit: ISSUE_PAGE });
    issues.push(...page.issues);
    if (offset + ISSUE_PAGE >= page.total || page.issues.length === 0) return issues;
  }
}

/** The downloadable issues CSV in the UI language: headers, severities, the problem's name and its message. */
export function localizedIssuesCsv(
  t: TFunction<'importer'>,
  locale: Locale,
  issues: readonly ImportIssue[],
  file: string,
  sheet: string,
): string {
  return issuesToCsv(issues, file, sheet, {
    headers: [
      t('issues.csvFile'),
      t('issues.csvSheet'),
      t('issues.row'),
      t('issues.column'),
      t('issues.severity'),
      t('issues.code'),
      t('issues.message'),
      t('issues.value'),
    ],
    error: t('issues.error'),
    warning: t('issues.warning'),
    code: (i) => issueCodeLabel(t, i.code),
    message: (i) => issueMessage(t, i, locale),
    value: (i) => issueValueText(i, locale),
  });
}
