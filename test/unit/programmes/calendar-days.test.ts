import { describe, expect, it } from 'vitest';
import { eventInputSchema, exchangeInputSchema } from '../../../shared/features/initiatives/schemas';
import { actionInputSchema, programmeInputSchema } from '../../../shared/features/programmes/schemas';

/**
 * Dates a planner types into programmes and the initiatives' governance are days of the calendar:
 * the programme's check (Date.parse) took 2025-02-30 as 2 March, the initiatives' none at all
 * (attraction audit). Refused with the reason the UI words ("não é uma data do calendário").
 */
const reasonOf = (result: { success: boolean; error?: { issues: readonly unknown[] } }): unknown =>
  result.success ? null : (result.error?.issues[0] as { params?: Record<string, unknown> } | undefined)?.params?.reason;

describe('a date that is no day of the calendar is refused', () => {
  it.each(['2025-02-30', '2025-02-29', '2025-13-01', '2025-04-31'])('programmes and actions: %s', (day) => {
    expect(reasonOf(programmeInputSchema.safeParse({ name: 'P', startDate: day }))).toBe('not-a-date');
    const action = { programmeId: 1, code: 'A1', type: 'field-training', municipalityCode: 3106705, startDate: day };
    expect(reasonOf(actionInputSchema.safeParse(action))).toBe('not-a-date');
  });

  it.each(['2025-02-31', '2025-13-45'])('initiatives: an exchange started and an event on %s', (day) => {
    expect(reasonOf(exchangeInputSchema.safeParse({ from: 'a', to: 'b', what: 'x', startedOn: day }))).toBe('not-a-date');
    expect(reasonOf(eventInputSchema.safeParse({ initiative: 'a', date: day, title: 'Reunião' }))).toBe('not-a-date');
  });

  it('a leap day and ordinary days pass', () => {
    expect(programmeInputSchema.safeParse({ name: 'P', startDate: '2024-02-29', endDate: '2025-12-31' }).success).toBe(true);
    expect(eventInputSchema.safeParse({ initiative: 'a', date: '2024-02-29', title: 'Reunião' }).success).toBe(true);
  });
});
