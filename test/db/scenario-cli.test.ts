import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newDemoEngine } from '../support/node-engine';
import { demoCriteria } from '../support/scenario-fixtures';
import { cli } from '../support/cli';

describe('arranjo rank <ws> --scenario <name> (DESIGN.md §10)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-scenario-cli-'));
  const ws = path.join(dir, 'demo.arranjo');
  let expected: { label: string; score: number; rank: number }[] = [];

  beforeAll(async () => {
    const engine = await newDemoEngine();
    const scenario = await engine.createScenario({ name: 'Distritos Codemig', method: 'topsis', criteria: demoCriteria() });
    expected = (await engine.runScenario(scenario.id)).ranked.map((r) => ({ label: r.label, score: r.score, rank: r.rank }));
    writeFileSync(ws, await engine.exportWorkspace());
  });

  it('prints alternative,score,rank for the saved scenario, best first', async () => {
    const { status, out, err } = await cli('rank', ws, '--scenario', 'Distritos Codemig', '--format', 'csv');
    expect(err).toBe('');
    expect(status).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('alternative,score,rank');
    expect(lines).toHaveLength(14);
    const rows = lines.slice(1).map((l) => {
      const m = /^(.*),([^,]+),(\d+)$/.exec(l);
      return { label: (m?.[1] ?? '').replace(/^"|"$/g, ''), score: Number(m?.[2]), rank: Number(m?.[3]) };
    });
    expect(rows.map((r) => [r.label, r.rank])).toEqual(expected.map((r) => [r.label, r.rank]));
    rows.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]?.score ?? NaN, 10));
    expect(rows[0]?.label).toBe('Distrito Industrial do Jatobá');
  });

  it('refuses an unknown scenario (exit 2) and names the ones there are', async () => {
    const { status, err } = await cli('rank', ws, '--scenario', 'Nope', '--format', 'csv');
    expect(status).toBe(2);
    expect(err).toContain('no scenario named "Nope"');
    expect(err).toContain('"Distritos Codemig"');
  });

  it('refuses matrix options with --scenario and a missing workspace', async () => {
    expect((await cli('rank', ws, '--scenario', 'Distritos Codemig', '--method', 'wsm')).err).toContain(
      'cannot be combined with --scenario',
    );
    expect((await cli('rank', '--scenario', 'Distritos Codemig')).status).toBe(2);
    expect((await cli('rank', path.join(dir, 'missing.arranjo'), '--scenario', 'x')).err).toContain('no such file');
  });

  it('leaves the workspace file untouched', async () => {
    const before = readFileSync(ws);
    await cli('rank', ws, '--scenario', 'Distritos Codemig', '--format', 'json');
    expect(readFileSync(ws).equals(before)).toBe(true);
  });
});
