import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/features/programmes/types';
import { timelineOption } from '../../../renderer/src/features/programmes/timeline-option';

const action = (startDate: string, participants: number) => ({ startDate, participants }) as Action;

describe("a programme's timeline of participants by month", () => {
  it('has a bar for every month from the first action to the last, named in the UI language', () => {
    const actions = [action('2025-11-20', 5), action('2025-11-03', 20), action('2026-02-10', 12)];
    const option = timelineOption(actions, 'Participantes', String, 'es');
    // December and January had no action: bars at zero, not left out (they read as one month apart).
    expect((option.xAxis as { data: string[] }).data).toEqual(['nov 2025', 'dic 2025', 'ene 2026', 'feb 2026']);
    expect((option.series as { data: number[] }[])[0]?.data).toEqual([25, 0, 0, 12]);
    const pt = timelineOption(actions, 'Participantes', String, 'pt-BR');
    expect((pt.xAxis as { data: string[] }).data[0]).toBe('nov. de 2025');
  });

  it('is empty without actions', () => {
    expect((timelineOption([], 'Participants', String, 'en').xAxis as { data: string[] }).data).toEqual([]);
  });
});
