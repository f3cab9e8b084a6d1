import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../shared/engine/engine';
import type { MeetingView } from '../../shared/features/territories/types';
import { newDemoEngine } from '../support/node-engine';

/** A diagnosis chart as the economy area adds it: Betim's shift-share of jobs, 2019 → 2020, against Minas Gerais. */
const shiftShare: MeetingView = {
  kind: 'economy',
  title: 'Betim — Todos os setores: shift-share 2019→2020',
  spec: {
    chart: 'waterfall',
    territory: 'm:3106705',
    classification: 'ibge-setor',
    measure: 'jobs',
    reference: 'state',
    year: 2020,
    from: 2019,
    sector: null,
    variant: false,
  },
};

describe('meeting views of the economic diagnosis (schema 20)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await newDemoEngine();
  });

  it('keeps a diagnosis chart in a sequence with its spec, beside the other kinds, and undoes it', async () => {
    const map: MeetingView = { ...shiftShare, title: 'QL', spec: { ...shiftShare.spec, chart: 'map', from: null, sector: '3' } };
    const views = [{ kind: 'ranking' as const, title: 'Ranking', spec: { scenario: 1 } }, shiftShare, map];
    const saved = await engine.saveMeetingSequence({ name: 'Diagnóstico', views });
    // Read back from the database (schema 19's CHECK refused the kind with "CHECK constraint failed").
    expect((await engine.meetingSequences()).find((s) => s.id === saved.id)?.views).toEqual(views);
    await engine.undo();
    expect((await engine.meetingSequences()).find((s) => s.name === 'Diagnóstico')).toBeUndefined();
  });

  it('refuses a diagnosis chart it could not redraw, naming the field, and leaves the sequences as they were', async () => {
    const kept = await engine.saveMeetingSequence({ name: 'Reunião mantida', views: [shiftShare] });
    const refused: [Record<string, unknown>, string][] = [
      [{ chart: 'pie' }, 'views.0.spec.chart'],
      [{ territory: 'x:12' }, 'views.0.spec.territory'],
      [{ classification: 'cnae-7' }, 'views.0.spec.classification'],
      [{ reference: 'set:abc' }, 'views.0.spec.reference'],
      [{ year: '2020' }, 'views.0.spec.year'],
      // A shift-share needs its start year, before the year.
      [{ from: 2021 }, 'views.0.spec.from'],
      [{ from: null }, 'views.0.spec.from'],
      [{ variant: undefined }, 'views.0.spec.variant'],
    ];
    for (const [patch, field] of refused) {
      const view = { ...shiftShare, spec: { ...shiftShare.spec, ...patch } };
      await expect(engine.saveMeetingSequence({ id: kept.id, name: kept.name, views: [view] }), field).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        params: { field },
      });
    }
    expect((await engine.meetingSequences()).find((s) => s.id === kept.id)?.views).toEqual([shiftShare]);
  });
});
