import { describe, expect, it } from 'vitest';
import type { Prospect } from '../../../shared/features/attraction/types';
import { prospectChanges, prospectForm } from '../../../renderer/src/features/attraction/prospect-changes';

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
