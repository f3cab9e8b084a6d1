import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../shared/import/templates/built-ins';
import { patternProblem } from '../../shared/text/safe-pattern';
import { cli } from '../support/cli';

describe('header patterns are validated and safe (issue 15 #6)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-patterns-'));
  const ws = path.join(dir, 'ws.arranjo');
  const data = path.join(dir, 'dados.csv');
  const mapping = (match: string): string => {
    const file = path.join(dir, `m-${Math.abs([...match].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7))}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        target: 'employment',
        columns: [
          { match, role: 'territory', required: true },
          { match: '^jobs$', role: 'measure', measure: 'jobs' },
        ],
        fixed: { classification: 'ibge-setor', sectorCode: '1', year: { value: 2015 } },
      }),
    );
    return file;
  };

  beforeAll(async () => {
    expect((await cli('init', ws)).status).toBe(0);
    // A header that makes ^(a+)+$ backtrack exponentially.
    writeFileSync(data, `${'a'.repeat(40)}!,jobs\n3106200,5\n`);
  }, 120_000);

  it('an invalid pattern "([" exits 2 naming the field, without a stack trace', async () => {
    const r = await cli('import', ws, data, '--mapping', mapping('(['), '--format', 'json');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/columns\.0\.match: "\(\[" is not a valid pattern/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('a catastrophic pattern "^(a+)+$" is refused at once (exit 2), not run for minutes', async () => {
    const started = Date.now();
    const r = await cli('import', ws, data, '--mapping', mapping('^(a+)+$'), '--format', 'json');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/columns\.0\.match: "\^\(a\+\)\+\$" repeats a group that itself repeats/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('the subset: back-references and nested repetition refused; ordinary patterns kept', () => {
    for (const bad of ['(a|aa)*$', '(\\w+\\s?)*x', '(a)\\1', '(?<x>a)\\k<x>', '((ab)*)+']) expect(patternProblem(bad), bad).not.toBeNull();
    for (const ok of [
      '^municipio',
      '^([1-8]) ',
      '^total$',
      '^(cod|codigo) (ibge|munic)',
      '\\d{4}$',
      '^(pop)?ulacao (\\d{4})?$',
      '[a-z]+_\\d+',
    ])
      expect(patternProblem(ok), ok).toBeNull();
    for (const t of BUILT_IN_TEMPLATES) for (const c of t.columns) expect(patternProblem(c.match), `${t.id}: ${c.match}`).toBeNull();
  });
});
