import { describe, expect, it } from 'vitest';
import {
  DEMO_ACTION_NOTES,
  DEMO_OBJECTIVE_NOTE,
  DEMO_PROGRAMME_SOURCE,
  DEMO_RESULT_NOTES,
  actionIn,
  frameworkIn,
  programmeSourceAfterIllustrativeNote,
  programmeSourceIn,
} from '../../../shared/features/programmes/demo-text';

describe("the demo programme's source note", () => {
  it('is written again in the language in use, still labelled illustrative', () => {
    expect(programmeSourceIn(DEMO_PROGRAMME_SOURCE, 'pt-BR')).toBe(DEMO_PROGRAMME_SOURCE);
    expect(programmeSourceIn(DEMO_PROGRAMME_SOURCE, 'en')).toMatch(/^ILLUSTRATIVE: structure .*made up for the demo\.$/);
    expect(programmeSourceIn(DEMO_PROGRAMME_SOURCE, 'es')).toMatch(/^ILUSTRATIVO: estructura .*para la demostración\.$/);
  });

  it('after the banner that says "illustrative", it does not say it again', () => {
    // The banner read "Dados ilustrativos: não são dados reais do programa. ILUSTRATIVO: estrutura …".
    expect(programmeSourceAfterIllustrativeNote(DEMO_PROGRAMME_SOURCE, 'pt-BR')).toMatch(
      /^Estrutura \(tipos de ação e indicadores\) inspirada/,
    );
    expect(programmeSourceAfterIllustrativeNote(DEMO_PROGRAMME_SOURCE, 'en')).toMatch(/^Structure \(action types/);
    expect(programmeSourceAfterIllustrativeNote(DEMO_PROGRAMME_SOURCE, 'es')).toMatch(/^Estructura \(tipos de acción/);
  });

  it("a planner's own note stays as written, in every language", () => {
    const own = 'ILUSTRATIVO: metas do comitê de 2025, a confirmar';
    expect(programmeSourceIn(own, 'en')).toBe(own);
    expect(programmeSourceAfterIllustrativeNote(own, 'es')).toBe(own);
  });
});

describe("the demo programme's objective, results and actions' notes", () => {
  const framework = {
    objectives: [{ id: 1, programmeId: 1, code: 'O1', title: DEMO_OBJECTIVE_NOTE.text['pt-BR'] }],
    results: [
      { id: 1, objectiveId: 1, code: 'R1', title: 'Comunidades mobilizadas e capacitadas' },
      { id: 2, objectiveId: 1, code: 'R2', title: 'Cooperativas de mel registradas' },
    ],
  };

  it('are written in the language in use when stored as the demo stores them, in Portuguese', () => {
    const es = frameworkIn(framework, 'es');
    expect(es.objectives[0]?.title).toBe('Inclusión productiva de comunidades pobres mediante arreglos productivos');
    expect(es.results[0]?.title).toBe('Comunidades movilizadas y capacitadas');
    expect(frameworkIn(framework, 'en').results[0]?.title).toBe('Communities mobilised and trained');
    expect(actionIn({ notes: 'Capacitação no campo: fruticultura' }, 'en').notes).toBe('Field training: fruit growing');
    expect(actionIn({ notes: 'Reunião do comitê local' }, 'es').notes).toBe('Reunión del comité local');
    // Shown in English and saved from there (an action's count edited in the grid), read in Portuguese.
    expect(actionIn({ notes: 'Legalisation of enterprises' }, 'pt-BR').notes).toBe('Legalização de empreendimentos');
  });

  it('a title or note the planner wrote or changed stays as written', () => {
    expect(frameworkIn(framework, 'en').results[1]?.title).toBe('Cooperativas de mel registradas');
    expect(actionIn({ notes: 'Reunião do comitê local, adiada para março' }, 'es').notes).toBe(
      'Reunião do comitê local, adiada para março',
    );
    expect(actionIn({ notes: '' }, 'en').notes).toBe('');
  });

  it('every one has its three languages, each its own', () => {
    for (const note of [DEMO_OBJECTIVE_NOTE, ...DEMO_RESULT_NOTES, ...Object.values(DEMO_ACTION_NOTES)])
      expect(new Set(Object.values(note.text)).size, note.text['pt-BR']).toBe(3);
  });
});
