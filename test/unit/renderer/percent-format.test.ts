import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercentPoints, formatWithUnit } from '../../../renderer/src/i18n/format';
import { formatPercent as economyPercent } from '../../../renderer/src/features/economy/economy-format';
import { pct as worksPercent } from '../../../renderer/src/features/works/works-format';
import { percent as attractionPercent, pct as attractionChange } from '../../../renderer/src/features/attraction/format';
import { formatPercent as prioritizationPercent } from '../../../renderer/src/features/prioritization/format';
import { formatFact, formatSigned } from '../../../renderer/src/features/territories/format';
import { WORKBOOK_LABELS } from '../../../shared/features/programmes/workbook-labels';
import type { Locale } from '../../../renderer/src/i18n/locales';

const NBSP = '\u00a0';

describe('a percentage is written one way per language, in every area', () => {
  it('as CLDR writes it: "80,7%" in pt-BR, "80.7%" in en, "80,7 %" in es (a space that does not break)', () => {
    expect(formatPercentPoints(80.7, 'pt-BR')).toBe('80,7%');
    expect(formatPercentPoints(80.7, 'en')).toBe('80.7%');
    expect(formatPercentPoints(80.7, 'es')).toBe(`80,7${NBSP}%`);
    expect(formatPercentPoints(4, 'pt-BR', 1, 1, true)).toBe('+4,0%');
  });

  it('the economy (Intl percent of a ratio), works, attraction, prioritization and indicator units agree', () => {
    // Before: economy "80,7%" beside works "80,7 %", indicators "80,7 %", the AHP weights "80,7 %".
    for (const locale of ['pt-BR', 'en', 'es'] satisfies Locale[]) {
      const economy = economyPercent(0.807, locale);
      expect(worksPercent(80.7, locale)).toBe(economy);
      expect(attractionPercent(80.7, locale)).toBe(economy);
      expect(prioritizationPercent(80.7, locale)).toBe(economy);
      expect(formatWithUnit(80.7, '%', locale)).toBe(economy);
      expect(attractionChange(0.04, locale)).toBe(economyPercent(0.04, locale, { signed: true }));
      // The comparison's differences carry the sign its values and the economy's effects do ("-", not "−").
      expect(formatSigned(-0.2, locale, true)).toBe(`-${formatPercentPoints(20, locale)}`);
      expect(formatSigned(0.2, locale, true)).toBe(`+${formatPercentPoints(20, locale)}`);
      expect(formatSigned(-1002.6, locale)).toBe(`-${formatNumber(1003, locale)}`);
      expect(formatSigned(-0.001, locale)).toBe('0');
    }
  });

  it("an indicator in % (a comparison's, a profile's) has one decimal as the economy's shares, a whole number too", () => {
    // Montes Claros's manufacturing share, 13,255 of 88,076 jobs: "15 %" in a column of "37,6 %", "12,6 %".
    const t = ((key: string) => key) as unknown as Parameters<typeof formatFact>[3];
    for (const locale of ['pt-BR', 'en', 'es'] satisfies Locale[]) {
      expect(formatFact((13_255 / 88_076) * 100, '%', locale, t)).toBe(economyPercent(13_255 / 88_076, locale));
      expect(formatFact(15, '%', locale, t)).toBe(economyPercent(0.15, locale));
    }
    expect(formatFact(15, '%', 'es', t)).toBe(`15,0${NBSP}%`);
    expect(formatFact(-0.9, '%', 'en', t)).toBe('-0.9%');
  });

  it("the programme workbook's colour rule in its language", () => {
    const notes = (l: 'pt-BR' | 'es') =>
      WORKBOOK_LABELS[l].notesLines({ name: 'P', illustrative: false, source: 's', green: 0.8, amber: 0.5 }).flat().join(' | ');
    expect(notes('pt-BR')).toContain('verde ≥ 80%; amarelo ≥ 50%');
    expect(notes('es')).toContain(`verde ≥ 80${NBSP}%; ámbar ≥ 50${NBSP}%`);
  });
});
