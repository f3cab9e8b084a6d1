import { describe, expect, it } from 'vitest';
import { PLAN_LABELS } from '../../../shared/features/attraction/workbook-labels';
import { LOT_STATUSES, parseLotStatus, parseStage, PROSPECT_STAGES } from '../../../shared/features/attraction/vocabulary';

/**
 * A plan workbook's companies and lots, edited and imported again: every stage and lot status the
 * workbook writes, in each language, reads back as itself. The Spanish "Prospección" and
 * "Disponible" were refused as no stage and no status (the Portuguese and English ones were read).
 */
describe('stages and lot statuses as the workbook writes them', () => {
  for (const locale of ['pt-BR', 'en', 'es'] as const) {
    it(`reads back every one written in ${locale}`, () => {
      const L = PLAN_LABELS[locale];
      for (const stage of PROSPECT_STAGES) expect(parseStage(L.stage[stage]), L.stage[stage]).toBe(stage);
      for (const status of LOT_STATUSES) expect(parseLotStatus(L.status[status]), L.status[status]).toBe(status);
    });
  }

  it('reads them in capitals and without accents too, as agency sheets write them', () => {
    expect(parseStage('PROSPECCION')).toBe('lead');
    expect(parseLotStatus('disponible')).toBe('available');
  });
});
