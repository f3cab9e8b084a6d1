import { describe, expect, it } from 'vitest';
import { FUNDING_SOURCES, WORK_CATEGORIES, WORK_STATUSES } from '../../../shared/features/works/types';
import { parseCategory, parseFunding, parseStatus } from '../../../shared/features/works/import/vocabulary';
import { WORKBOOK_LABELS } from '../../../shared/features/works/workbook/labels';
import en from '../../../renderer/src/features/works/locales/en.json';
import es from '../../../renderer/src/features/works/locales/es.json';
import ptBR from '../../../renderer/src/features/works/locales/pt-BR.json';

/**
 * A works sheet may write its categories, statuses and funding sources in any of the app's languages
 * (a Spanish-speaking agency's portfolio, or the app's own workbook in es): each word the app itself
 * shows or exports reads back as its code.
 */
const SCREENS = { 'pt-BR': ptBR, en, es } as const;

describe('works import vocabulary in the three languages', () => {
  for (const [locale, words] of Object.entries(SCREENS)) {
    const book = WORKBOOK_LABELS[locale as keyof typeof WORKBOOK_LABELS].words;
    it(`reads back the ${locale} words of the screens and of the workbook`, () => {
      const wrong: string[] = [];
      for (const c of WORK_CATEGORIES)
        for (const text of [words.category[c], book.category[c]])
          if (parseCategory(text) !== c) wrong.push(`${text} → ${parseCategory(text)} (${c})`);
      for (const s of WORK_STATUSES)
        for (const text of [words.status[s], book.status[s]])
          if (parseStatus(text) !== s) wrong.push(`${text} → ${parseStatus(text)} (${s})`);
      for (const f of FUNDING_SOURCES)
        for (const text of [words.funding[f], book.funding[f]])
          if (parseFunding(text) !== f) wrong.push(`${text} → ${parseFunding(text)} (${f})`);
      expect(wrong).toEqual([]);
    });
  }
});
