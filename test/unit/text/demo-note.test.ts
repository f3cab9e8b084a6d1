import { describe, expect, it } from 'vitest';
import { demoNoteAfterLead, demoNoteIn, type DemoNote } from '../../../shared/domain/demo-note';
import { DEMO_LOCATION_NOTE, SEAT_LOCATION_NOTE, locationNoteIn } from '../../../shared/demo/location-note';
import { DEMO_PLAN_SOURCE, planSourceAfterIllustrativeNote, planSourceIn } from '../../../shared/features/attraction/demo-text';
import { DEMO_PROGRAMME_SOURCE, programmeSourceAfterIllustrativeNote } from '../../../shared/features/programmes/demo-text';
import { DEMO_WORKS_SOURCE, worksSourceIn } from '../../../shared/features/works/demo-text';

/** The demo's source notes (works, attraction plan, programme) in the language in use: one mechanism. */
describe('a demo source note in the language in use', () => {
  const colon: DemoNote = {
    text: { 'pt-BR': 'ILUSTRATIVO: dados inventados.', en: 'ILLUSTRATIVE: made-up data.', es: 'ILUSTRATIVO: datos inventados.' },
    leadEnd: ':',
  };
  const sentence: DemoNote = {
    text: {
      'pt-BR': 'ILUSTRATIVO — exemplo. Lotes reais.',
      en: 'ILLUSTRATIVE — example. Real lots.',
      es: 'ILUSTRATIVO — ejemplo. Lotes reales.',
    },
    leadEnd: '. ',
  };

  it('writes the demo’s note (stored in Portuguese) again in the language; a planner’s note stays', () => {
    expect(demoNoteIn(colon, 'ILUSTRATIVO: dados inventados.', 'en')).toBe('ILLUSTRATIVE: made-up data.');
    expect(demoNoteIn(colon, 'ILUSTRATIVO: dados inventados.', 'pt-BR')).toBe('ILUSTRATIVO: dados inventados.');
    expect(demoNoteIn(colon, 'Planilha da agência, 2024', 'es')).toBe('Planilha da agência, 2024');
  });

  it('writes the note stored in any of its languages in the language in use (it matched the Portuguese only)', () => {
    // A plan brought back from an English workbook: its note read English on the Portuguese screen.
    expect(demoNoteIn(colon, colon.text.en, 'pt-BR')).toBe('ILUSTRATIVO: dados inventados.');
    expect(demoNoteIn(colon, colon.text.es, 'en')).toBe('ILLUSTRATIVE: made-up data.');
    expect(planSourceIn(planSourceIn(DEMO_PLAN_SOURCE, 'en'), 'pt-BR')).toBe(DEMO_PLAN_SOURCE);
    expect(locationNoteIn(DEMO_LOCATION_NOTE.text.es, 'pt-BR')).toBe(DEMO_LOCATION_NOTE.text['pt-BR']);
  });

  it('drops the lead where the app has just said “illustrative”, by the note’s rule, from a capital letter', () => {
    expect(demoNoteAfterLead(colon, colon.text['pt-BR'], 'es')).toBe('Datos inventados.');
    expect(demoNoteAfterLead(colon, colon.text['pt-BR'], 'pt-BR')).toBe('Dados inventados.');
    expect(demoNoteAfterLead(sentence, sentence.text['pt-BR'], 'en')).toBe('Real lots.');
    // The note brought back in another of its languages is still the demo's.
    expect(demoNoteAfterLead(sentence, sentence.text.en, 'en')).toBe('Real lots.');
    expect(demoNoteAfterLead(sentence, 'Edital 3/2024: lotes. Preços.', 'en')).toBe('Edital 3/2024: lotes. Preços.');
  });

  it('serves the three demo notes as before', () => {
    expect(worksSourceIn(DEMO_WORKS_SOURCE, 'en')).toMatch(/^ILLUSTRATIVE: districts and kinds of works .*lists the contracts\)\.$/);
    expect(worksSourceIn(DEMO_WORKS_SOURCE, 'es')).toMatch(/^ILUSTRATIVO: distritos y tipos de obra/);
    expect(worksSourceIn(DEMO_WORKS_SOURCE, 'pt-BR')).toBe(DEMO_WORKS_SOURCE);
    expect(planSourceIn(DEMO_PLAN_SOURCE, 'en')).toMatch(/^ILLUSTRATIVE — Arranjo's example plan/);
    expect(planSourceAfterIllustrativeNote(DEMO_PLAN_SOURCE, 'pt-BR')).toMatch(/^Lotes no formato de um edital público real/);
    expect(programmeSourceAfterIllustrativeNote(DEMO_PROGRAMME_SOURCE, 'en')).toMatch(/^Structure \(action types/);
  });

  it('writes the demo districts’ location note in the language in use (it read Portuguese in en and es)', () => {
    const stored = DEMO_LOCATION_NOTE.text['pt-BR'];
    expect(locationNoteIn(stored, 'en')).toBe(
      "Coordinates of the municipal seat, not of the district (the source does not publish the district's location).",
    );
    expect(locationNoteIn(stored, 'es')).toMatch(/^Coordenadas de la cabecera municipal, no del distrito/);
    expect(locationNoteIn('Ponto medido no portão do distrito', 'en')).toBe('Ponto medido no portão do distrito');
    // A note without a lead keeps its words where the app has said "illustrative".
    expect(demoNoteAfterLead(DEMO_LOCATION_NOTE, stored, 'pt-BR')).toBe(stored);
  });

  it('writes the seat note of a district created in the app in the language in use, whichever it was stored in', () => {
    // Created in the Portuguese UI, read on the English and Spanish screens (it stayed Portuguese).
    expect(locationNoteIn(SEAT_LOCATION_NOTE.text['pt-BR'], 'en')).toBe('Coordinates of the municipal seat, not of the district.');
    expect(locationNoteIn(SEAT_LOCATION_NOTE.text.en, 'es')).toBe('Coordenadas de la cabecera municipal, no del distrito.');
    expect(locationNoteIn(SEAT_LOCATION_NOTE.text.es, 'pt-BR')).toBe('Coordenadas da sede municipal, não do distrito.');
  });
});
