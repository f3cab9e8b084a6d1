import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../../shared/text/local-day';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('localDay', () => {
  it('is the day where the planner is, not in UTC: 22:30 in Brasília on 5 December is still the 5th', () => {
    const evening = new Date('2026-12-06T01:30:00Z');
    process.env.TZ = 'America/Sao_Paulo';
    expect(localDay(evening)).toBe('2026-12-05');
    expect(evening.toISOString().slice(0, 10)).toBe('2026-12-06');
    process.env.TZ = 'UTC';
    expect(localDay(evening)).toBe('2026-12-06');
    expect(localDay(new Date('2025-01-09T12:00:00Z'))).toBe('2025-01-09');
  });
});
