import { describe, expect, it, vi } from 'vitest';
import { ParsedCommand } from '../../electron/cli/command';
import { EXPORT_KINDS } from '../../electron/cli/commands/export-kinds';
import { newDemoEngine } from '../support/node-engine';

/**
 * `arranjo export --projects` reads the works portfolio once: it built the whole portfolio a second
 * time only to say "(N works)" (400 works × ~24 measurements at agency scale, ~0.3 s of the command).
 */
describe('export --projects', () => {
  it('builds the portfolio once and names as many works as the workbook holds', async () => {
    const engine = await newDemoEngine();
    const kind = EXPORT_KINDS.find((k) => k.option === 'projects');
    if (!kind) throw new Error('no --projects export');
    const cmd = ParsedCommand.parse('export', ['ws.arranjo', '--projects', '--status-date', '2025-07-02'], {
      ...kind.options,
      projects: { type: 'boolean' },
    });
    const conn = engine.connection();
    const all = vi.spyOn(conn, 'all');
    const { what } = await kind.build(engine, cmd);
    const measurementReads = all.mock.calls.filter(([sql]) => /FROM work_measurement/.test(sql));
    // The workbook's own reads: its portfolio (every measurement once) and its measurements sheet use the same list.
    expect(measurementReads).toHaveLength(1);
    expect(what).toBe(`${(await engine.worksPortfolio('2025-07-02')).length} works`);
    expect(what).not.toBe('0 works');
  });
});
