import { describe, expect, it } from 'vitest';
import type { InitiativeRow } from '../../../shared/features/initiatives/initiative-repository';
import { combineForMerge, uniteLists } from '../../../shared/features/initiatives/merge-fields';

const row = (over: Partial<InitiativeRow>): InitiativeRow => ({
  id: 1,
  code: 'A',
  name: 'A',
  kind: 'rotas-polo',
  route: null,
  country: 'BR',
  lat: null,
  lon: null,
  region: null,
  sectors: '[]',
  maturity: null,
  managing_body: null,
  committee: null,
  members: null,
  contacts: null,
  started_on: null,
  ended_on: null,
  notes: null,
  source: '',
  territory_set_id: 1,
  batch_id: null,
  created_at: '2025-01-01',
  updated_at: '2025-01-01',
  ...over,
});

describe('what a merge gives the kept initiative', () => {
  it("unites lists once each, equal up to case, accents and spaces, in the kept one's order", () => {
    expect(uniteLists('Ana; José  Silva', 'jose silva;Bia')).toBe('Ana; José  Silva; Bia');
    expect(uniteLists('a@x.org', 'b@x.org\nA@X.org')).toBe('a@x.org\nb@x.org');
    expect(uniteLists(null, 'b')).toBe('b');
    expect(uniteLists('a', '  ')).toBe('a');
  });

  it("leaves out the merged one's date that would end the kept initiative before it starts, and says so", () => {
    // The kept one's start with the merged one's end: 2025-06-01 → 2020-01-01, refused at its next save.
    const ended = combineForMerge(row({ started_on: '2025-06-01' }), row({ id: 2, code: 'B', ended_on: '2020-01-01' }));
    expect([ended.columns.started_on, ended.columns.ended_on]).toEqual(['2025-06-01', null]);
    expect(ended.notKept).toEqual([{ field: 'endedOn', value: '2020-01-01', kept: '', outOfOrder: '2025-06-01' }]);
    // The kept one's end with the merged one's later start.
    const started = combineForMerge(row({ ended_on: '2020-01-01' }), row({ id: 2, code: 'B', started_on: '2025-06-01' }));
    expect([started.columns.started_on, started.columns.ended_on]).toEqual([null, '2020-01-01']);
    expect(started.notKept).toEqual([{ field: 'startedOn', value: '2025-06-01', kept: '', outOfOrder: '2020-01-01' }]);
    // Dates in order are both taken.
    const fine = combineForMerge(row({ started_on: '2019-01-01' }), row({ id: 2, code: 'B', ended_on: '2020-01-01' }));
    expect([fine.columns.started_on, fine.columns.ended_on, fine.notKept]).toEqual(['2019-01-01', '2020-01-01', []]);
  });

  it('takes a location only whole, and names a different one as not kept', () => {
    const merged = row({ id: 2, code: 'B', name: 'B', lat: -10, lon: -50 });
    expect(combineForMerge(row({ lat: -10 }), merged).columns).toMatchObject({ lat: -10, lon: -50 });
    const differing = combineForMerge(row({ lat: -11, lon: -51 }), merged);
    expect(differing.columns).toMatchObject({ lat: -11, lon: -51 });
    expect(differing.notKept).toEqual([{ field: 'location', value: '-10, -50', kept: '-11, -51' }]);
  });

  it("keeps the kept one's value silently when both say the same up to case and accents", () => {
    const out = combineForMerge(
      row({ managing_body: 'Emater' }),
      row({ id: 2, code: 'B', managing_body: 'EMATER ', started_on: '2020-01-01' }),
    );
    expect(out.columns).toMatchObject({ managing_body: 'Emater', started_on: '2020-01-01' });
    expect(out.notKept).toEqual([]);
  });

  it('marks the notes it appends with where they came from, also when the kept one has none', () => {
    const merged = row({ id: 2, code: 'B', name: 'Polo B', notes: 'Nota B.' });
    expect(combineForMerge(row({}), merged).columns.notes).toBe('[Polo B — B]\nNota B.');
    expect(combineForMerge(row({ notes: 'Nota A.' }), merged).columns.notes).toBe('Nota A.\n\n[Polo B — B]\nNota B.');
  });
});

describe('a merge within the profile limits', () => {
  it("keeps the kept one's contacts and notes when both together would be longer than the profile takes, and names them", () => {
    const contacts = (who: string) => Array.from({ length: 60 }, (_, i) => `${who}${i}@agencia.gov.br`).join('; ');
    const kept = row({ contacts: contacts('a'), notes: 'x'.repeat(9_000) });
    const merged = row({ id: 2, code: 'B', name: 'B', contacts: contacts('b'), notes: 'y'.repeat(2_000), members: 'Ana' });
    const out = combineForMerge(kept, merged);
    // 60 + 60 addresses of ~20 characters: ~2,600 characters, over the 2,000 the profile takes.
    expect(out.columns.contacts).toBe(kept.contacts);
    expect(out.columns.notes).toBe(kept.notes);
    expect(out.columns.members).toBe('Ana');
    expect(out.notKept).toEqual([
      { field: 'contacts', value: merged.contacts, kept: kept.contacts, limit: 2_000 },
      { field: 'notes', value: 'y'.repeat(2_000), kept: 'x'.repeat(9_000), limit: 10_000 },
    ]);
  });

  it('joins them when they fit', () => {
    const out = combineForMerge(row({ notes: 'x'.repeat(5_000) }), row({ id: 2, code: 'B', name: 'B', notes: 'y'.repeat(4_000) }));
    expect(out.columns.notes).toBe(`${'x'.repeat(5_000)}\n\n[B — B]\n${'y'.repeat(4_000)}`);
    expect(out.notKept).toEqual([]);
  });
});
