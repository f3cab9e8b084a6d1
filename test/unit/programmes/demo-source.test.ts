import { describe, expect, it } from 'vitest';
import {
  DEMO_PROGRAMME_SOURCE,
  programmeSourceAfterIllustrativeNote,
  programmeSourceIn,
} from '../../../shared/features/programmes/demo-source';

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
