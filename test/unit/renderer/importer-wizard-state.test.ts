import { describe, expect, it } from 'vitest';
import type { ImportOpenResult } from '../../../shared/import/api';
import { buildRequest, certainTemplate, INITIAL, suggestionKey } from '../../../renderer/src/features/importer/wizard-state';

const opened = {
  templates: [
    { templateId: 'rais-setor-vinculos', label: 'RAIS', sheet: 'S', confidence: 'certain', reason: '' },
    { templateId: 'rais-setor-remuneracao', label: 'RAIS', sheet: 'S', confidence: 'possible', reason: '' },
    { templateId: 'x', label: 'X', sheet: 'Other', confidence: 'possible', reason: '' },
  ],
} as unknown as ImportOpenResult;

describe('importer: the wizard state as data', () => {
  it('starts from a template only when the file certainly matches it on that sheet', () => {
    expect(certainTemplate(opened, 'S')).toBe('rais-setor-vinculos');
    expect(certainTemplate(opened, 'Other')).toBeNull();
    expect(certainTemplate(null, 'S')).toBeNull();
  });

  it('asks the engine with the sheet, corrections, mapping, answered territories, excluded rows and template', () => {
    expect(buildRequest(INITIAL)).toBeNull();
    const mapping = {
      target: 'population',
      columns: [],
      subject: 'municipality',
      decimal: 'auto',
      dashAsZero: false,
      indicators: {},
    } as const;
    const request = buildRequest({
      ...INITIAL,
      sheet: 'Municípios',
      overrides: { dataEnd: 100 },
      mapping: { ...mapping, columns: [] },
      resolutions: { 'A|MG': 3100104, 'B|': null },
      excludeRows: [7],
      template: 'ibge-censo2022-populacao',
    });
    expect(request).toEqual({
      sheet: 'Municípios',
      layout: { dataEnd: 100 },
      mapping,
      resolutions: [
        { key: 'A|MG', code: 3100104 },
        { key: 'B|', code: null },
      ],
      excludeRows: [7],
      template: 'ibge-censo2022-populacao',
      replaceOtherSources: false, // values of another source are replaced only when the user says so
    });
  });

  it('a new suggestion is due when the sheet, template, target or corrections change', () => {
    const base = { sheet: 'S', template: null, target: null, overrides: {} };
    expect(suggestionKey(base)).toBe(suggestionKey({ ...base }));
    expect(suggestionKey(base)).not.toBe(suggestionKey({ ...base, overrides: { headerFirst: 3 } }));
    expect(suggestionKey(base)).not.toBe(suggestionKey({ ...base, target: 'sites' }));
  });
});
