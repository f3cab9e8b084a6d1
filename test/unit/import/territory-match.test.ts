import { describe, expect, it } from 'vitest';
import { jaroWinkler } from '../../../shared/import/territory/similarity';
import { TerritoryIndex } from '../../../shared/import/territory/territory-index';
import { TerritoryMatcher } from '../../../shared/import/territory/territory-match';
import { nameKey } from '../../../shared/import/values/text';

const STATES = [
  { code: 31, abbr: 'MG', name: 'Minas Gerais' },
  { code: 25, abbr: 'PB', name: 'Paraíba' },
  { code: 11, abbr: 'RO', name: 'Rondônia' },
];
const MUNICIPALITIES = [
  { code: 3106200, name: 'Belo Horizonte', stateCode: 31, stateAbbr: 'MG' },
  { code: 3106705, name: 'Betim', stateCode: 31, stateAbbr: 'MG' },
  { code: 3165206, name: 'São Thomé das Letras', stateCode: 31, stateAbbr: 'MG' },
  { code: 3159605, name: 'Santa Rita do Sapucaí', stateCode: 31, stateAbbr: 'MG' },
  { code: 2513703, name: 'Santa Rita', stateCode: 25, stateAbbr: 'PB' },
  { code: 3159902, name: 'Santa Rita', stateCode: 31, stateAbbr: 'MG' }, // invented twin, for the test
  { code: 1100015, name: "Alta Floresta D'Oeste", stateCode: 11, stateAbbr: 'RO' },
];
const NAMES = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));
const index = new TerritoryIndex(MUNICIPALITIES, STATES, () => NAMES);
const matched = (code: number): unknown => expect.objectContaining({ kind: 'matched', code });

describe('territory matching', () => {
  it('matches 7- and 6-digit codes, RAIS labels, and 5-digit parts with the state', () => {
    const m = new TerritoryMatcher(index, 'municipality');
    expect(m.match('3106200', null, 2)).toEqual(matched(3106200));
    expect(m.match(3106705, null, 3)).toEqual(matched(3106705));
    expect(m.match('310620', null, 4)).toEqual(matched(3106200));
    expect(m.match('310620:MG-BELO HORIZONTE', null, 5)).toEqual(matched(3106200));
    expect(m.match('00015', 11, 6)).toEqual(matched(1100015));
    expect(m.match(15, 'RO', 7)).toEqual(matched(1100015));
    expect(m.unresolvedCount).toBe(0);
  });

  it('matches names in upper case without accents, or with accents, and warns when a code and its name disagree', () => {
    const m = new TerritoryMatcher(index, 'municipality');
    expect(m.match('SAO THOME DAS LETRAS', null, 2)).toEqual(matched(3165206));
    expect(m.match('São Thomé das Letras', 'MG', 3)).toEqual(matched(3165206));
    expect(m.match('ALTA FLORESTA D OESTE', null, 4)).toEqual(matched(1100015));
    expect(m.match('3106705', null, 5, 'Contagem')).toMatchObject({
      kind: 'matched',
      code: 3106705,
      warning: { message: expect.stringMatching(/3106705 is Betim \(MG\).*"Contagem"/), named: 'Contagem', territory: 'Betim (MG)' },
    });
  });

  it('gives a repeated call (a territory’s rows one after the other) the same outcome: the warning once, every row counted', () => {
    const m = new TerritoryMatcher(index, 'municipality');
    expect(m.match('3106705', null, 2, 'Contagem')).toHaveProperty('warning');
    expect(m.match('3106705', null, 3, 'Contagem')).toEqual({ kind: 'matched', code: 3106705, stateCode: 31 });
    expect(m.match('3106705', null, 4, 'Betim')).toEqual({ kind: 'matched', code: 3106705, stateCode: 31 });
    expect(m.match('3106705', null, 5, 'Contagem')).toEqual({ kind: 'matched', code: 3106705, stateCode: 31 });
    // The same value with another state hint is another question.
    expect(m.match('00015', 11, 6)).toEqual(matched(1100015));
    expect(m.match('00015', 31, 7).kind).toBe('unresolved');
    for (const row of [8, 9, 10]) m.match('SANTA RITA', null, row);
    m.match('3106200', null, 11);
    m.match('SANTA RITA', null, 12);
    const santaRita = m.unresolved().find((u) => u.text === 'SANTA RITA');
    expect(santaRita).toMatchObject({ rows: 4, firstRow: 8 });
    // The file's main state (MG: five rows matched there, one in RO) ranks MG's twin first.
    expect(santaRita?.candidates[0]?.code).toBe(3159902);
  });

  it('never guesses an ambiguous name: lists the candidates, the main state of the file first', () => {
    const m = new TerritoryMatcher(index, 'municipality');
    m.match('Betim', null, 2);
    m.match('Belo Horizonte', null, 3);
    const outcome = m.match('SANTA RITA', null, 4);
    expect(outcome.kind).toBe('unresolved');
    m.match('SANTA RITA', null, 9);
    const [u] = m.unresolved();
    expect(u).toMatchObject({ text: 'SANTA RITA', problem: 'ambiguous', rows: 2, firstRow: 4 });
    expect(u?.candidates.slice(0, 2).map((c) => c.code)).toEqual([3159902, 2513703]);
    // With the state the name is unique.
    expect(new TerritoryMatcher(index, 'municipality').match('Santa Rita', 'PB', 2)).toEqual(matched(2513703));
    expect(new TerritoryMatcher(index, 'municipality').match('Santa Rita (PB)', null, 2)).toEqual(matched(2513703));
  });

  it('suggests similar names for an unknown one, and applies the user resolution', () => {
    const m = new TerritoryMatcher(index, 'municipality');
    expect(m.match('Sta Rita do Sapucai', null, 2).kind).toBe('unresolved');
    const [u] = m.unresolved();
    expect(u?.problem).toBe('unknown');
    expect(u?.candidates[0]).toMatchObject({ code: 3159605, name: 'Santa Rita do Sapucaí' });
    const resolved = new TerritoryMatcher(index, 'municipality', new Map([[u?.key ?? '', 3159605]]));
    expect(resolved.match('Sta Rita do Sapucai', null, 2)).toEqual(matched(3159605));
    const skipped = new TerritoryMatcher(index, 'municipality', new Map([[u?.key ?? '', null]]));
    expect(skipped.match('Sta Rita do Sapucai', null, 2)).toEqual({ kind: 'skip' });
  });

  it('offers the municipality with the same six digits for a 7-digit code with a wrong check digit', () => {
    const m = new TerritoryMatcher(index, 'municipality');
    expect(m.match('3106201', null, 2).kind).toBe('unresolved');
    expect(m.unresolved()[0]?.candidates).toEqual([{ code: 3106200, name: 'Belo Horizonte', stateAbbr: 'MG', score: 0.9 }]);
  });

  it('matches states by code, abbreviation or name', () => {
    const m = new TerritoryMatcher(index, 'state');
    expect(m.match(31, null, 2)).toEqual(matched(31));
    expect(m.match('PB', null, 3)).toEqual(matched(25));
    expect(m.match('Rondonia', null, 4)).toEqual(matched(11));
    expect(m.match('Brasil', null, 5).kind).toBe('unresolved');
  });

  it('reads the names only when a cell names its place, once, and lists a shared name in code order', () => {
    let reads = 0;
    const lazy = new TerritoryIndex(MUNICIPALITIES, STATES, () => {
      reads++;
      return NAMES;
    });
    const m = new TerritoryMatcher(lazy, 'municipality');
    expect(m.match('3106200', null, 2)).toEqual(matched(3106200));
    expect(m.match('310670', null, 3)).toEqual(matched(3106705));
    expect(m.match(15, 'RO', 4)).toEqual(matched(1100015));
    expect(reads).toBe(0);
    expect(lazy.municipalities.get(3106200)?.stateAbbr).toBe('MG');
    expect(m.match('Betim', null, 5)).toEqual(matched(3106705));
    expect(m.match('Belo Horizonte', null, 6)).toEqual(matched(3106200));
    expect(reads).toBe(1);
    expect(lazy.byName.get(nameKey('Santa Rita'))?.map((e) => e.code)).toEqual([2513703, 3159902]);
  });
});

describe('Jaro-Winkler', () => {
  it('gives the published values', () => {
    // Winkler (1990) examples: MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813.
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('ABC', 'ABC')).toBe(1);
    expect(jaroWinkler('ABC', 'XYZ')).toBe(0);
  });
});

describe('suggestions for a name given with its state', () => {
  it("are that state's places (Santa Rita of Paraíba is no answer for a Minas file), else any state's", () => {
    const mg = new TerritoryMatcher(index, 'municipality');
    expect(mg.match('Sta Rita', 'MG', 2).kind).toBe('unresolved');
    const [u] = mg.unresolved();
    expect(u?.candidates.length).toBeGreaterThan(0);
    expect(u?.candidates.every((c) => c.stateAbbr === 'MG')).toBe(true);
    // Rondônia has nothing like it: the row may be filed under the wrong state, so every state's places are offered.
    const ro = new TerritoryMatcher(index, 'municipality');
    expect(ro.match('Sta Rita', 'RO', 2).kind).toBe('unresolved');
    expect(ro.unresolved()[0]?.candidates.map((c) => c.stateAbbr)).toContain('PB');
  });
});
