import { describe, expect, it } from 'vitest';
import { IMPORT_ISSUE_CODES, IMPORT_REFUSALS } from '../../../shared/domain/import-codes';
import { namespaces } from '../../../renderer/src/i18n/resources';

/**
 * The engine's import codes (shared/domain/import-codes.ts) and the importer's texts, both ways: every
 * issue code and refusal reason has its words in pt-BR, en and es, and no text is left for a code the
 * engine no longer gives. (The type check already refuses a code without its pt-BR key.)
 */
const LANGUAGES = ['pt-BR', 'en', 'es'] as const;

describe.each(LANGUAGES)('import codes in %s', (language) => {
  const texts = namespaces.importer[language] as unknown as {
    issueCodes: Record<string, string>;
    refusals: Record<string, { title: string; message: string; action: string }>;
  };

  it('names every issue code, and only those', () => {
    for (const code of IMPORT_ISSUE_CODES) expect(texts.issueCodes[code]?.trim(), code).toBeTruthy();
    expect(Object.keys(texts.issueCodes).sort()).toEqual([...IMPORT_ISSUE_CODES].sort());
  });

  it('says what happened and what to do for every refusal, and only those', () => {
    for (const reason of IMPORT_REFUSALS) {
      const text = texts.refusals[reason];
      expect(text?.title.trim(), reason).toBeTruthy();
      expect(text?.message.trim(), reason).toBeTruthy();
      expect(text?.action.trim(), reason).toBeTruthy();
    }
    expect(Object.keys(texts.refusals).sort()).toEqual([...IMPORT_REFUSALS].sort());
  });
});
