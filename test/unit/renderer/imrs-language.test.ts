import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { IMRS_INDICATORS } from '../../../shared/import/templates/imrs-names';
import { UNITS } from '../../../shared/features/territories/units';
import { unitLabel } from '../../../renderer/src/features/territories/format';
import { resources } from '../../../renderer/src/i18n/resources';

/**
 * The FJP IMRS indicators a built-in template names, in each UI language: their Spanish names were
 * the English ones ("GDP at current prices" in the Spanish catalogue), and their units ("R$ mil",
 * "famílias") were shown as stored, in Portuguese, in the English and Spanish tables.
 */
describe('the IMRS indicators in three languages', () => {
  it('has a Spanish name of its own for every indicator', () => {
    for (const [code, d] of Object.entries(IMRS_INDICATORS)) {
      expect(d.nameEs, code).not.toBe(d.nameEn);
      expect(d.nameEs, code).not.toBe(d.namePt);
    }
    expect(IMRS_INDICATORS.ER_PIB?.nameEs).toBe('PIB a precios corrientes');
    expect(IMRS_INDICATORS.ER_EMPRSFIT?.nameEs).toBe('Empleos formales — industria de transformación');
  });

  it('says every unit they use in the UI language', async () => {
    const units = [...new Set(Object.values(IMRS_INDICATORS).map((d) => d.unit ?? ''))].sort();
    const t = i18next.createInstance();
    await t.init({ resources, lng: 'en', ns: ['territories'], interpolation: { escapeValue: false } });
    const en = t.getFixedT('en', 'territories');
    const es = t.getFixedT('es', 'territories');
    expect(units.map((u) => unitLabel(en, u))).toEqual(['%', 'R$', 'R$ thousand', 'jobs', 'families', 'people']);
    expect(units.map((u) => unitLabel(es, u))).toEqual(['%', 'R$', 'miles de R$', 'empleos', 'familias', 'personas']);
    // Every unit the engine knows the arithmetic of is said in English, but the symbols of every language.
    const symbols = ['', '%', 'R$', 'ha', 'm²', 'km', 'km²', 'MW', 'kVA'];
    for (const unit of Object.keys(UNITS)) if (!symbols.includes(unit)) expect(unitLabel(en, unit), unit).not.toBe(unit);
  });
});
