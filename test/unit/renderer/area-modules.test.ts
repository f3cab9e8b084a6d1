import { describe, expect, it } from 'vitest';
import { buildingZodSchemas, reachedModules } from '../../support/app-modules';

describe("an area's code (issue 16: its first open)", () => {
  // Economia, opened at ready before the idle preload fetched it, evaluated zod and built the meeting
  // spec's schema with its own code, though the area only writes specs: the check of a saved one is the
  // meeting slide's (economy-spec-of.ts), which loads with meeting mode.
  it("Economia's code builds no zod schema; its meeting slide still checks a saved spec with the engine's", () => {
    expect(buildingZodSchemas(reachedModules('renderer/src/features/economy/EconomyArea.tsx'))).toEqual([]);
    expect(reachedModules('renderer/src/features/economy/EconomyMeetingChart.tsx')).toContain('shared/features/economy/meeting-spec.ts');
  });
});
