import { describe, expect, it } from 'vitest';
import { buildingZodSchemas, reachedModules } from '../../support/app-modules';

describe("the first screen's code (issue 16)", () => {
  // The app's own modules as the build follows them: a feature's entry (a barrel) only to the names taken.
  const reached = reachedModules('renderer/src/app/start-app.tsx');

  it('holds the shell and the dashboard', () => {
    expect(reached).toEqual(
      expect.arrayContaining([
        'renderer/src/app/App.tsx',
        'renderer/src/features/dashboard/DashboardArea.tsx',
        'renderer/src/components/Chart.tsx',
      ]),
    );
  });

  // zod (~120 kB of library code evaluated at load, and its schemas built there) serves the engine's
  // interface and the areas' forms, not the first screen. It came in through a re-export: the
  // territories' types handed on the table export's column kinds, a value, so the profile store's
  // import of those types evaluated the table export's schema. The page's entry sets zod's options
  // (boot.ts) from zod's core settings alone.
  it('builds no zod schema', () => {
    expect(buildingZodSchemas(reached)).toEqual([]);
  });

  // The profile drawer and meeting mode draw nothing on the first screen; on its path they were ~40%
  // of its modules' evaluation (meeting mode's slides import every area's meeting chart).
  it('leaves out the profile drawer, meeting mode and any area', () => {
    const out = reached.filter((p) => /territories\/(meeting\/MeetingOverlay|meeting\/MeetingStages|profile\/)|[A-Z]\w+Area\.tsx$/.test(p));
    expect(out.filter((p) => !p.endsWith('DashboardArea.tsx'))).toEqual([]);
  });
});
