import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { IndicatorValueInfo } from '../../../shared/features/territories/types';
import { userSource } from '../../../shared/features/territories/indicator-service';
import { provenanceText, sourceText } from '../../../renderer/src/features/territories/value-provenance';
import { resources } from '../../../renderer/src/i18n/resources';

const value = (kind: 'import' | 'user', source: string): IndicatorValueInfo => ({
  indicatorCode: 'INFRA_AGUA',
  subjectKind: 'site',
  subjectCode: '1',
  period: '2025',
  value: 3,
  missingReason: null,
  source,
  illustrative: false,
  provenance: { kind, file: kind === 'import' ? 'levantamento.xlsx' : null, sheet: null, row: 2, batchId: 4, at: '2025-03-05T12:00:00Z' },
});

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("an indicator value's source in the values grid", () => {
  it('says a value the planner entered in the UI language (it stores Portuguese with an ISO date)', async () => {
    // The stored day and the moment shown are the planner's: read in Brasília, whatever the host's zone.
    process.env.TZ = 'America/Sao_Paulo';
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'es', ns: ['territories'], interpolation: { escapeValue: false } });
    const t = i18n.getFixedT('es', 'territories');
    const entered = value('user', userSource('2025-03-05T12:00:00Z'));
    expect(entered.source).toBe('Informado pelo usuário (2025-03-05)');
    expect(sourceText(entered, 'es')).toBe('Informado por el usuario');
    expect(provenanceText(entered, t, 'es')).toMatch(/^Informado por el usuario el 05\/03\/2025/);
    // An imported value's source is the file's own words.
    expect(sourceText(value('import', 'IBGE, Censo Demográfico 2022'), 'es')).toBe('IBGE, Censo Demográfico 2022');
  });
});
