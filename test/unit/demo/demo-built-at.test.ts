import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_BUILT_AT, SHIPPED_FIRST_SCREEN_FILE } from '../../../shared/demo/shipped-demo';

/** The calendar day of an instant where the planner is (Intl, whatever the test host's zone). */
const dayIn = (instant: string, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(instant));

describe("the shipped demo's stamp (its imports, scenario and plan: created at DEMO_BUILT_AT)", () => {
  it('reads as the demo’s own day at the planner’s local time, in Brazil as in Mexico, Lisbon and Tokyo', () => {
    const demoDay = DEMO_BUILT_AT.slice(0, 10);
    for (const zone of ['America/Sao_Paulo', 'America/Manaus', 'America/Mexico_City', 'America/Santiago', 'Europe/Lisbon', 'Asia/Tokyo']) {
      expect(dayIn(DEMO_BUILT_AT, zone), zone).toBe(demoDay);
    }
  });

  it('is the stamp the shipped first screen carries (the dashboard’s source line)', () => {
    const screen = readFileSync(new URL(`../../../resources/${SHIPPED_FIRST_SCREEN_FILE}`, import.meta.url), 'utf8');
    expect(screen).toContain(`"importedAt":"${DEMO_BUILT_AT}"`);
  });
});
