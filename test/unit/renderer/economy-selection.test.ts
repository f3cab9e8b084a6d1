import { mgMunicipality } from '../../support/municipality';
import { describe, expect, it } from 'vitest';
import type { Classification, Site } from '../../../shared/domain/types';
import {
  EMPTY_BASE,
  INITIAL_PICKS,
  availableClassifications,
  economyQuery,
  storedYears,
  type StoredYears,
  resolveSelection,
  subjectRowCode,
  type EconomyBase,
} from '../../../renderer/src/features/economy/economy-selection';

function site(id: number, name: string, municipalityCode: number, municipalityName: string): Site {
  return {
    id,
    code: `S${id}`,
    kind: 'industrial-district',
    name,
    municipalityCode,
    municipalityName,
    managingBody: null,
    areaHa: null,
    lotsTotal: null,
    lotsOccupied: null,
    lotsAvailable: null,
    firms: null,
    jobs: null,
    status: null,
    lat: null,
    lon: null,
    locationNote: null,
    notes: null,
    source: 'test',
  };
}

function years(entries: Partial<Record<Classification, number[]>>): StoredYears {
  return { jobs: entries };
}

const BASE: EconomyBase = {
  municipalities: [mgMunicipality(3100104, 'Abadia dos Dourados'), mgMunicipality(3106705, 'Betim'), mgMunicipality(3118601, 'Contagem')],
  sites: [site(1, 'Distrito Industrial Juventino Dias', 3118601, 'Contagem'), site(2, 'Distrito Industrial de Betim', 3106705, 'Betim')],
  sets: [{ id: 7, name: 'RMBH', members: [3106705, 3118601] }],
  storedYears: years({ 'ibge-setor': [2019, 2020] }),
};

describe('available classifications', () => {
  it('lists only levels with data, and CNAE levels a finer level rolls up to', () => {
    expect(availableClassifications(years({ 'ibge-setor': [2020] }), 'jobs').map((c) => c.value)).toEqual(['ibge-setor']);
    const cnae = availableClassifications(years({ 'cnae-class': [2019], 'cnae-division': [2020] }), 'jobs');
    // CNAE sections roll up to the IBGE sectors too.
    expect(cnae.map((c) => c.value)).toEqual(['ibge-setor', 'cnae-section', 'cnae-division', 'cnae-group', 'cnae-class']);
    expect(availableClassifications(years({ 'cnae-class': [2019] }), 'value_added')).toEqual([]);
    expect(
      availableClassifications(storedYears([{ classification: 'cnae-subclass', measure: 'value_added', year: 2021 }]), 'value_added').map(
        (c) => c.value,
      ),
    ).toEqual(['ibge-setor', 'cnae-section', 'cnae-division', 'cnae-group', 'cnae-class', 'cnae-subclass']);
    expect(cnae.find((c) => c.value === 'cnae-section')?.years).toEqual([2019, 2020]);
    expect(cnae.find((c) => c.value === 'cnae-group')?.years).toEqual([2019]);
  });
});

describe('resolveSelection', () => {
  it('defaults to Betim, the latest year, the year before as the start and the state as reference', () => {
    const s = resolveSelection(BASE, INITIAL_PICKS);
    expect(s).toMatchObject({
      territoryCode: 3106705,
      territoryName: 'Betim',
      siteName: null,
      classification: 'ibge-setor',
      year: 2020,
      from: 2019,
      fromYears: [2019],
    });
    expect(s.reference).toEqual({ kind: 'state', abbr: 'MG' });
    expect(economyQuery(s)).toEqual({ classification: 'ibge-setor', measure: 'jobs', reference: { kind: 'state', abbr: 'MG' } });
  });

  it('without Betim, defaults to the first district’s municipality', () => {
    const base = { ...BASE, municipalities: BASE.municipalities.filter((m) => m.code !== 3106705) };
    expect(resolveSelection(base, INITIAL_PICKS).territoryCode).toBe(3118601);
  });

  it('analyses a district through its municipality', () => {
    const s = resolveSelection(BASE, { ...INITIAL_PICKS, territory: 's:2' });
    expect(s).toMatchObject({
      territoryValue: 's:2',
      territoryCode: 3106705,
      territoryName: 'Betim',
      siteName: 'Distrito Industrial de Betim',
    });
  });

  it('keeps picks the data offers and replaces those it does not', () => {
    expect(resolveSelection(BASE, { ...INITIAL_PICKS, year: 2019 })).toMatchObject({ year: 2019, from: null, fromYears: [] });
    expect(resolveSelection(BASE, { ...INITIAL_PICKS, year: 1999, from: 2020 })).toMatchObject({ year: 2020, from: 2019 });
    expect(resolveSelection(BASE, { ...INITIAL_PICKS, territory: 'm:1' }).territoryCode).toBe(3106705);
    expect(resolveSelection(BASE, { ...INITIAL_PICKS, classification: 'cnae-division' }).classification).toBe('ibge-setor');
    expect(resolveSelection(BASE, { ...INITIAL_PICKS, reference: 'country' }).reference).toEqual({ kind: 'country' });
  });

  it('takes a saved territory set as the reference, and the state again once the set is gone', () => {
    expect(resolveSelection(BASE, { ...INITIAL_PICKS, reference: 'set:7' })).toMatchObject({
      referenceKind: 'set:7',
      reference: { kind: 'set', name: 'RMBH' },
    });
    expect(resolveSelection(BASE, { ...INITIAL_PICKS, reference: 'set:8' })).toMatchObject({
      referenceKind: 'state',
      reference: { kind: 'state', abbr: 'MG' },
    });
  });

  it('analyses a custom territory as the subject: its members, their state, the set as the engine subject', () => {
    const s = resolveSelection(BASE, { ...INITIAL_PICKS, territory: 't:7' });
    expect(s).toMatchObject({
      territoryValue: 't:7',
      subject: { kind: 'territory-set', id: 7 },
      territoryCode: null,
      territoryName: 'RMBH',
      members: [3106705, 3118601],
      siteName: null,
      stateAbbr: 'MG',
      reference: { kind: 'state', abbr: 'MG' },
    });
    expect(subjectRowCode({ kind: 'territory-set', id: 7 })).toBe(7);
    // A municipality is its own single member; a district reaches its municipality.
    expect(resolveSelection(BASE, INITIAL_PICKS)).toMatchObject({ subject: { kind: 'municipality', code: 3106705 }, members: [3106705] });
    expect(resolveSelection(BASE, { ...INITIAL_PICKS, territory: 's:1' }).subject).toEqual({ kind: 'municipality', code: 3118601 });
    expect(subjectRowCode({ kind: 'municipality', code: 3118601 })).toBe(3118601);
    // A set deleted since it was picked falls back to the default territory.
    expect(resolveSelection(BASE, { ...INITIAL_PICKS, territory: 't:8' }).subject).toEqual({ kind: 'municipality', code: 3106705 });
  });

  it('offers a measure without data disabled, and falls back from it to one with data', () => {
    // Picking "Payroll" in the demo (jobs only) emptied the area, its controls gone with the way back.
    const s = resolveSelection(BASE, { ...INITIAL_PICKS, measure: 'payroll' });
    expect(s).toMatchObject({ measure: 'jobs', classification: 'ibge-setor', year: 2020 });
    expect(s.measures).toEqual([
      { value: 'jobs', hasData: true },
      { value: 'payroll', hasData: false },
      { value: 'establishments', hasData: false },
      { value: 'value_added', hasData: false },
    ]);
    const both = resolveSelection(
      { ...BASE, storedYears: { ...BASE.storedYears, payroll: { 'ibge-setor': [2020] } } },
      { ...INITIAL_PICKS, measure: 'payroll' },
    );
    expect(both).toMatchObject({ measure: 'payroll', year: 2020 });
  });

  it('has nothing to analyse in an empty workspace', () => {
    const s = resolveSelection(EMPTY_BASE, INITIAL_PICKS);
    expect(s).toMatchObject({ subject: null, territoryCode: null, members: [], classification: null, year: null, from: null });
    expect(economyQuery(s)).toBeNull();
  });
});
