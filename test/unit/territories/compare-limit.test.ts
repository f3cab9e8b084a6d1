import { describe, expect, it } from 'vitest';
import { compareQuerySchema } from '../../../shared/features/territories/schemas';
import { COMPARE_MAX_SUBJECTS } from '../../../shared/features/territories/types';
import { canCompare, compareStore, goToCompare } from '../../../renderer/src/features/territories/stores';

const subjects = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'site' as const, id: i + 1 }));

describe('how many subjects a comparison takes', () => {
  it('offers "Comparar" for two to as many as the engine accepts, and the engine accepts exactly those', () => {
    expect([0, 1, 2, COMPARE_MAX_SUBJECTS, COMPARE_MAX_SUBJECTS + 1].map(canCompare)).toEqual([false, false, true, true, false]);
    expect(compareQuerySchema.safeParse({ subjects: subjects(COMPARE_MAX_SUBJECTS) }).success).toBe(true);
    expect(compareQuerySchema.safeParse({ subjects: subjects(COMPARE_MAX_SUBJECTS + 1) }).success).toBe(false);
  });

  it('opens a comparison with the first subjects the engine takes when given more', () => {
    goToCompare(
      'site',
      subjects(COMPARE_MAX_SUBJECTS + 3).map((s) => s.id),
    );
    expect(compareStore.get()?.ids).toHaveLength(COMPARE_MAX_SUBJECTS);
  });
});
