import { describe, expect, it } from 'vitest';
import { PLAN_LABELS } from '../../../shared/features/attraction/workbook-labels';
import { LOT_STATUSES, parseLotStatus, parseStage, PROSPECT_STAGES } from '../../../shared/features/attraction/vocabulary';
import en from '../../../renderer/src/features/attraction/locales/en.json';
import es from '../../../renderer/src/features/attraction/locales/es.json';
import pt from '../../../renderer/src/features/attraction/locales/pt-BR.json';

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

/**
 * A stage typed in an import as the screen names it, in any of the three languages, in any case and
 * with or without accents, alone or said as a state ("Em negociação" was refused as no stage).
 */
describe('stages as the board names them, typed in an import', () => {
  const spellings = (label: string): string[] => [
    label,
    label.toUpperCase(),
    label.toLowerCase(),
    label.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
  ];
  for (const [locale, texts, state] of [
    ['pt-BR', pt, 'Em'],
    ['en', en, 'In'],
    ['es', es, 'En'],
  ] as const) {
    it(`reads every stage label of ${locale}, and "${state} <label>"`, () => {
      for (const stage of PROSPECT_STAGES) {
        const label = texts.stage[stage];
        for (const typed of [...spellings(label), ...spellings(`${state} ${label}`)]) expect(parseStage(typed), typed).toBe(stage);
      }
    });
  }

  it('reads "Em negociação" as planners write it, and still refuses what names no stage', () => {
    expect(parseStage('Em negociação')).toBe('negotiation');
    expect(parseStage('  EM NEGOCIACAO ')).toBe('negotiation');
    expect(parseStage('En negociación')).toBe('negotiation');
    expect(parseStage('Em análise')).toBeNull();
    expect(parseStage('Em')).toBeNull();
  });
});
