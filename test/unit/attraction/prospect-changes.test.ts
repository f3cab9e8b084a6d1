import { describe, expect, it } from 'vitest';
import type { Prospect } from '../../../shared/features/attraction/types';
import { prospectCellPatch, prospectChanges, prospectForm } from '../../../renderer/src/features/attraction/prospect-changes';

const prospect: Prospect = {
  id: 7,
  siteId: 1,
  company: 'Alfa',
  cnpj: '11222333000181',
  cnae: null,
  investment: 1_000_000,
  jobs: 10,
  areaNeededM2: null,
  stage: 'visit',
  nextAction: 'Ligar',
  nextActionDate: '2027-01-10',
  contact: null,
  notes: null,
  lotId: null,
  illustrative: false,
};

describe('prospect editor patch', () => {
  it('fills the form with the CNPJ punctuated and sends nothing when nothing changed', () => {
    const form = prospectForm(prospect);
    expect(form.text.cnpj).toBe('11.222.333/0001-81');
    expect(form.numbers.areaNeededM2).toBe('');
    expect(prospectChanges(prospect, form)).toEqual({});
  });

  it("sends the lot chosen, and null when it is taken off (no screen could set a company's lot)", () => {
    const form = prospectForm(prospect);
    expect(form.lotId).toBeNull();
    form.lotId = 3;
    expect(prospectChanges(prospect, form)).toEqual({ lotId: 3 });
    const onLot = { ...prospect, lotId: 3 };
    const cleared = prospectForm(onLot);
    expect(prospectChanges(onLot, cleared)).toEqual({});
    cleared.lotId = null;
    expect(prospectChanges(onLot, cleared)).toEqual({ lotId: null });
  });

  it('sends only the changed fields: trimmed text, emptied fields as null, the CNPJ as digits, numbers', () => {
    const form = prospectForm(prospect);
    form.text.company = '  Alfa Metalúrgica ';
    form.text.nextAction = '   ';
    form.text.cnpj = '11.444.777/0001-61';
    form.numbers.jobs = 45;
    form.numbers.investment = '';
    form.numbers.areaNeededM2 = 3000;
    expect(prospectChanges(prospect, form)).toEqual({
      company: 'Alfa Metalúrgica',
      nextAction: null,
      cnpj: '11444777000161',
      jobs: 45,
      investment: null,
      areaNeededM2: 3000,
    });
  });
});

describe('prospect editor with an alphanumeric CNPJ', () => {
  it('shows it punctuated and sends it as its 14 characters, letters in capitals', () => {
    const alnum = { ...prospect, cnpj: '12ABC34501DE35' };
    expect(prospectForm(alnum).text.cnpj).toBe('12.ABC.345/01DE-35');
    expect(prospectChanges(alnum, prospectForm(alnum))).toEqual({});
    const form = prospectForm(prospect);
    form.text.cnpj = ' 12.abc.345/01de-35 ';
    expect(prospectChanges(prospect, form)).toEqual({ cnpj: '12ABC34501DE35' });
  });
});

describe('an edit in the prospects grid', () => {
  it('reads a date typed as the grid shows it, in the UI language', () => {
    // The engine took only 2026-02-15: "15/02/2026", as the cell reads in pt-BR, was refused.
    expect(prospectCellPatch('nextActionDate', '15/02/2026', 'pt-BR')).toEqual({ nextActionDate: '2026-02-15' });
    expect(prospectCellPatch('nextActionDate', '15/02/2026', 'es')).toEqual({ nextActionDate: '2026-02-15' });
    expect(prospectCellPatch('nextActionDate', '02/15/2026', 'en')).toEqual({ nextActionDate: '2026-02-15' });
    expect(prospectCellPatch('nextActionDate', '2026-02-15', 'pt-BR')).toEqual({ nextActionDate: '2026-02-15' });
    // No day (31/02) goes on as typed, for the engine to refuse with its message.
    expect(prospectCellPatch('nextActionDate', '31/02/2026', 'pt-BR')).toEqual({ nextActionDate: '31/02/2026' });
    expect(prospectCellPatch('nextActionDate', '', 'pt-BR')).toEqual({ nextActionDate: null });
  });

  it('passes numbers as the grid read them, text trimmed, an empty cell as null', () => {
    expect(prospectCellPatch('jobs', 12, 'pt-BR')).toEqual({ jobs: 12 });
    expect(prospectCellPatch('investment', 'abc', 'pt-BR')).toEqual({ investment: Number.NaN });
    expect(prospectCellPatch('investment', null, 'pt-BR')).toEqual({ investment: null });
    expect(prospectCellPatch('company', '  Alfa  ', 'pt-BR')).toEqual({ company: 'Alfa' });
    expect(prospectCellPatch('cnae', '   ', 'pt-BR')).toEqual({ cnae: null });
  });
});
