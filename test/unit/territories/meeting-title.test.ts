import { describe, expect, it } from 'vitest';
import { meetingTitleSize } from '../../../renderer/src/features/territories/meeting/enlarge';

describe("a meeting slide's heading", () => {
  it('is smaller for the title of four districts compared, so it keeps to the two lines the stage leaves it', () => {
    const compared = (towns: string[]) => `Comparação: ${towns.map((t) => `Distrito Industrial de ${t}`).join(', ')}`;
    // Two districts (~70 characters) and three (~107) at meeting size; four (~140) smaller still.
    expect(meetingTitleSize(compared(['Juiz de Fora', 'Uberaba']))).toBe(34);
    expect(meetingTitleSize(compared(['Juiz de Fora', 'Uberaba', 'Betim']))).toBeLessThan(34);
    expect(meetingTitleSize(compared(['Juiz de Fora', 'Uberaba', 'Betim', 'Contagem']))).toBe(24);
  });
});
