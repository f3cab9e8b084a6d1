import { describe, expect, it } from 'vitest';
import {
  DEMO_WORK_TEXTS,
  baselineNameIn,
  demoBaselineName,
  demoDocumentReference,
  documentIn,
  milestoneIn,
  riskIn,
  workIn,
} from '../../../shared/features/works/demo-text';

/** The demo works' own words, stored in Portuguese, read on the English and Spanish screens (they stayed Portuguese). */
describe("the demo works' own words in the language in use", () => {
  const reason = DEMO_WORK_TEXTS.paralysisReason.text['pt-BR'];

  it("writes the paralysed work's reason and the works' note in Spanish and English", () => {
    const stored = { paralysisReason: reason, notes: 'Obra ILUSTRATIVA da demonstração.' };
    expect(workIn(stored, 'es')).toEqual({
      paralysisReason: 'Rescisión del contrato: la empresa abandonó la obra (ejemplo ilustrativo); nueva licitación en preparación.',
      notes: 'Obra ILUSTRATIVA de la demostración.',
    });
    expect(workIn(stored, 'en').paralysisReason).toBe(
      'Contract terminated: the company abandoned the site (illustrative example); a new tender is being prepared.',
    );
    expect(workIn(stored, 'pt-BR')).toEqual(stored);
    expect(workIn({ paralysisReason: null, notes: null }, 'en')).toEqual({ paralysisReason: null, notes: null });
  });

  it('writes the milestones, the risk and its mitigation, the contract document and the baseline in Spanish and English', () => {
    expect(milestoneIn({ name: 'Ordem de serviço' }, 'en').name).toBe('Notice to proceed');
    expect(milestoneIn({ name: 'Recebimento provisório' }, 'es').name).toBe('Recepción provisional');
    const risk = { description: 'Atraso da nova licitação após a rescisão', mitigation: 'Licitar o saldo remanescente da obra' };
    expect(riskIn(risk, 'es')).toEqual({
      description: 'Retraso de la nueva licitación tras la rescisión',
      mitigation: 'Licitar el saldo pendiente de la obra',
    });
    expect(riskIn({ description: 'Falta de luminárias no mercado', mitigation: null }, 'en')).toEqual({
      description: 'Shortage of light fittings on the market',
      mitigation: null,
    });
    const document = { title: 'Contrato (exemplo ilustrativo)', reference: 'Processo ILUSTR-004 — documento fictício' };
    expect(documentIn(document, 'en')).toEqual({
      title: 'Contract (illustrative example)',
      reference: 'File ILUSTR-004 — fictitious document',
    });
    expect(documentIn(document, 'es').reference).toBe('Expediente ILUSTR-004 — documento ficticio');
    expect(baselineNameIn('Linha de base ilustrativa 2025-07', 'en')).toBe('Illustrative baseline 2025-07');
    expect(baselineNameIn('Linha de base ilustrativa 2025-07', 'es')).toBe('Línea de base ilustrativa 2025-07');
  });

  it('reads a text saved from the English or Spanish screen back in Portuguese (the paralysis form keeps what it shows)', () => {
    expect(workIn({ paralysisReason: DEMO_WORK_TEXTS.paralysisReason.text.en, notes: null }, 'pt-BR').paralysisReason).toBe(reason);
    expect(
      documentIn({ title: 'Contract (illustrative example)', reference: demoDocumentReference('ILUSTR-002').text.es }, 'pt-BR'),
    ).toEqual({
      title: 'Contrato (exemplo ilustrativo)',
      reference: 'Processo ILUSTR-002 — documento fictício',
    });
    expect(baselineNameIn(demoBaselineName('2025-07').text.en, 'pt-BR')).toBe('Linha de base ilustrativa 2025-07');
  });

  it('keeps a text the planner edited or wrote as written, in every language', () => {
    const edited = 'Rescisão do contrato: a empresa abandonou o canteiro; nova licitação publicada em março.';
    expect(workIn({ paralysisReason: edited, notes: 'Obra do convênio 12/2025' }, 'en')).toEqual({
      paralysisReason: edited,
      notes: 'Obra do convênio 12/2025',
    });
    expect(milestoneIn({ name: 'Ordem de serviço da 2ª etapa' }, 'es').name).toBe('Ordem de serviço da 2ª etapa');
    expect(riskIn({ description: 'Chuvas acima da média', mitigation: 'Licitar o saldo remanescente da obra em março' }, 'en')).toEqual({
      description: 'Chuvas acima da média',
      mitigation: 'Licitar o saldo remanescente da obra em março',
    });
    expect(documentIn({ title: 'Contrato', reference: 'Processo ILUSTR-004 — assinado' }, 'en')).toEqual({
      title: 'Contrato',
      reference: 'Processo ILUSTR-004 — assinado',
    });
    expect(baselineNameIn('Linha de base 2025-07', 'en')).toBe('Linha de base 2025-07');
    expect(baselineNameIn('Linha de base ilustrativa revisada 2025-07', 'es')).toBe('Linha de base ilustrativa revisada 2025-07');
  });

  it('has every text in its three languages, English and Spanish each different from the Portuguese', () => {
    for (const note of [...Object.values(DEMO_WORK_TEXTS), demoDocumentReference('ILUSTR-001'), demoBaselineName('2025-07')]) {
      expect(note.text.en).not.toBe(note.text['pt-BR']);
      expect(note.text.es).not.toBe(note.text['pt-BR']);
    }
  });
});
