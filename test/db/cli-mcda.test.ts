import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../electron/cli/main';
import { cli } from '../support/cli';

const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-mcda-'));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

// Tzeng & Huang (2011) TOPSIS example (see test/unit/mcda/topsis.test.ts).
const tzeng = file(
  'tzeng.csv',
  'alternative,c1,c2,c3\nweight,0.3,0.4,0.3\ndirection,benefit,benefit,benefit\nA1,5,8,4\nA2,7,6,8\nA3,8,8,6\nA4,7,4,6\n',
);
// Opricovic & Tzeng (2004) VIKOR example.
const opricovic = file(
  'opricovic.csv',
  'alternative,risk,altitude\nweight,50,50\ndirection,cost,benefit\nA1,1,3000\nA2,2,3750\nA3,5,4500\n',
);

function rows(csv: string): string[][] {
  return csv
    .trim()
    .split('\n')
    .map((l) => l.split(','));
}

describe('arranjo rank (DESIGN.md §10)', () => {
  it('topsis --format csv: alternative,score,rank, best first', async () => {
    const { status, out, err } = await cli('rank', '--matrix', tzeng, '--method', 'topsis', '--format', 'csv');
    expect(err).toBe('');
    expect(status).toBe(0);
    const r = rows(out);
    expect(r[0]).toEqual(['alternative', 'score', 'rank']);
    expect(r.slice(1).map((x) => [x[0], Number(x[1]).toFixed(4), x[2]])).toEqual([
      ['A3', '0.7482', '1'],
      ['A2', '0.6581', '2'],
      ['A1', '0.5037', '3'],
      ['A4', '0.3340', '4'],
    ]);
  });

  it('vikor: score = Q, rank 1 = lowest Q; weights in percent are accepted', async () => {
    const { status, out } = await cli('rank', '--matrix', opricovic, '--method', 'vikor', '--format', 'csv');
    expect(status).toBe(0);
    expect(rows(out)).toEqual([
      ['alternative', 'score', 'rank'],
      ['A2', '0', '1'],
      ['A1', '1', '2'],
      ['A3', '1', '2'],
    ]);
  });

  it('wsm and promethee2 with a preference function and thresholds', async () => {
    const wsm = await cli('rank', '--matrix', tzeng, '--method', 'wsm', '--format', 'json');
    expect(wsm.status).toBe(0);
    expect(JSON.parse(wsm.out)).toHaveLength(4);
    const m = file('hand.csv', 'alternative,c1,c2\nweight,0.6,0.4\ndirection,benefit,cost\nA,10,5\nB,8,9\nC,4,7\n');
    // Same data as the hand-computed PROMETHEE example, with V-shape p = 4 on both criteria:
    // c2 (cost) differences 4, 2, 2 → P = 1, 0.5, 0.5; φ2 = (0.75, −0.75, 0); φ = 0.6·φ1 + 0.4·φ2.
    const p = await cli('rank', '--matrix', m, '--method', 'promethee2', '--preference', 'vshape', '--p', '4', '--format', 'csv');
    expect(p.status).toBe(0);
    const r = rows(p.out).slice(1);
    expect(r.map((x) => x[0])).toEqual(['A', 'B', 'C']);
    expect(Number(r[0]![1])).toBeCloseTo(0.6 * 0.75 + 0.4 * 0.75, 10);
    expect(Number(r[1]![1])).toBeCloseTo(0.6 * 0.25 - 0.4 * 0.75, 10);
  });

  it('prints a net flow of zero as 0, not as the rounding residue of its sums', async () => {
    // By hand (usual criterion): B and C each win criteria weighing 0.5 and lose 0.5 against the
    // others: φ(B) = φ(C) = 0. Summed in floating point they were ±5.55111512313e-17.
    const m = file(
      'ties.csv',
      'alternative,jobs,cost,water\nweight,0.5,0.3,0.2\ndirection,benefit,cost,benefit\nA,100,50,0.8\nB,80,30,0.9\nC,120,70,0.5\nD,90,40,0.7\n',
    );
    const p = await cli('rank', '--matrix', m, '--method', 'promethee2', '--format', 'csv');
    expect(p.status, p.err).toBe(0);
    expect(rows(p.out)).toEqual([
      ['alternative', 'score', 'rank'],
      ['A', '0.133333333333', '1'],
      ['B', '0', '2'],
      ['C', '0', '2'],
      ['D', '-0.133333333333', '4'],
    ]);
  });

  it('prints scores in tiny units as they are, not as 0 (a weighted sum without normalization)', async () => {
    // By hand: w = (0.5, 0.5); A = 0.5·1e-13 + 0.5·3e-13 = 2e-13, B = 0.5·2e-13 + 0.5·1e-13 = 1.5e-13,
    // C = 0.5·3e-13 + 0.5·2e-13 = 2.5e-13. They printed 0, 0, 0 beside ranks 1, 2, 3.
    const m = file('tiny.csv', 'alternative,a,b\nweight,0.5,0.5\ndirection,benefit,benefit\nA,1e-13,3e-13\nB,2e-13,1e-13\nC,3e-13,2e-13\n');
    const w = await cli('rank', '--matrix', m, '--method', 'wsm', '--normalization', 'none', '--format', 'csv');
    expect(w.status, w.err).toBe(0);
    expect(rows(w.out)).toEqual([
      ['alternative', 'score', 'rank'],
      ['C', '2.5e-13', '1'],
      ['A', '2e-13', '2'],
      ['B', '1.5e-13', '3'],
    ]);
  });

  it('refuses weights that do not sum to 1 or 100, unless --normalize-weights', async () => {
    const m = file('weights.csv', 'alternative,a,b\nweight,3,1\ndirection,benefit,benefit\nX,1,2\nY,2,1\n');
    const refused = await cli('rank', '--matrix', m, '--method', 'wsm', '--format', 'csv');
    expect(refused.status).toBe(2);
    expect(refused.out).toBe('');
    expect(refused.err).toMatch(/weights\.csv, row 2: the weights sum to 4, not 1 or 100\. .*--normalize-weights .*\(0\.75, 0\.25\)/);
    const accepted = await cli('rank', '--matrix', m, '--method', 'wsm', '--normalize-weights', '--format', 'csv');
    expect(accepted.status).toBe(0);
    expect(rows(accepted.out)[1]).toEqual(['Y', '0.75', '1']);
  });

  it('refuses a cell that is not a number, naming row and column (exit 2)', async () => {
    const m = file('bad.csv', 'alternative,água,energia\nweight,0.5,0.5\ndirection,benefit,benefit\nBetim,1,2\nContagem,3,n/d\n');
    const { status, out, err } = await cli('rank', '--matrix', m, '--method', 'wsm', '--format', 'csv');
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/bad\.csv, row 5, column C: "n\/d" is not a number \(criterion "energia"\)/);
  });

  it('refuses an empty cell unless --missing says what to do', async () => {
    const m = file('missing.csv', 'alternative,a,b\nweight,0.5,0.5\ndirection,benefit,benefit\nX,1,2\nY,,1\nZ,3,3\n');
    const refused = await cli('rank', '--matrix', m, '--method', 'wsm', '--format', 'csv');
    expect(refused.status).toBe(2);
    expect(refused.err).toMatch(
      /row 5, column B: "Y" has no value for criterion "a"\. Fill it in, or pass --missing exclude\|mean\|median\|worst/,
    );
    const excluded = await cli('rank', '--matrix', m, '--method', 'wsm', '--missing', 'exclude', '--format', 'csv');
    expect(rows(excluded.out).map((r) => r[0])).toEqual(['alternative', 'Z', 'X']);
    const imputed = await cli('rank', '--matrix', m, '--method', 'wsm', '--missing', 'worst', '--format', 'csv');
    expect(rows(imputed.out)).toHaveLength(4);
  });

  it.each([
    [['--method', 'wsm'], /--matrix is required/],
    [['--matrix', 'nope.csv', '--method', 'wsm'], /nope\.csv: no such file/],
    [['--matrix', 'X', '--method', 'ahp'], /--method must be one of wsm, topsis, promethee2, vikor/],
    [['--matrix', 'X', '--method', 'vikor', '--normalization', 'vector'], /--normalization does not apply to vikor/],
    [['--matrix', 'X', '--method', 'wsm', '--q', '2'], /--q applies only to --method promethee2/],
    [['--matrix', 'X', '--method', 'promethee2', '--preference', 'linear', '--q', '1'], /needs a preference threshold p greater than q/],
    [['--matrix', 'X', '--method', 'promethee2', '--p', 'abc'], /--p must be a number/],
    [['--matrix', 'X'], /--method is required: wsm, topsis, promethee2, vikor/],
  ])('refuses %j with exit 2', async (args, message) => {
    const argv = args.map((a) => (a === 'X' ? tzeng : a));
    const { status, err } = await cli('rank', ...argv, '--format', 'csv');
    expect(status).toBe(2);
    expect(err).toMatch(message);
  });

  it('refuses fewer than two alternatives', async () => {
    const m = file('one.csv', 'alternative,a\nweight,1\ndirection,benefit\nBetim,1\n');
    const { status, err } = await cli('rank', '--matrix', m, '--method', 'topsis');
    expect(status).toBe(2);
    expect(err).toMatch(/Only one alternative \(Betim\) is left to rank/);
  });

  it('names the alternatives --missing exclude left out when fewer than two remain', async () => {
    // Every alternative lacks "a": the refusal said only "There are no alternatives to rank", and the
    // exclusions it came from were never printed.
    const m = file('all-missing.csv', 'alternative,a,b\nweight,0.5,0.5\ndirection,cost,benefit\nA,,1\nB,,2\nC,4,\n');
    const { status, out, err } = await cli('rank', '--matrix', m, '--method', 'wsm', '--missing', 'exclude', '--format', 'csv');
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(
      '--missing exclude left out 3 of 3 alternatives (A: no value for a; B: no value for a; C: no value for b), leaving 0; ' +
        'at least two are needed. Fill in the values, or pass --missing mean|median|worst to impute them.',
    );
  });
});

describe('arranjo ahp', () => {
  it('--format json: weights, lambdaMax, ci, cr, consistent (Saaty 2008 drinks)', async () => {
    const p = file(
      'drinks.csv',
      [
        '1,9,5,2,1,1,1/2',
        '1/9,1,1/3,1/9,1/9,1/9,1/9',
        '1/5,3,1,1/3,1/4,1/3,1/9',
        '1/2,9,3,1,1/2,1,1/3',
        '1,9,4,2,1,2,1/2',
        '1,9,3,1,1/2,1,1/3',
        '2,9,9,3,2,3,1',
      ].join('\n'),
    );
    const { status, out } = await cli('ahp', '--pairwise', p, '--format', 'json');
    expect(status).toBe(0);
    const json = JSON.parse(out) as { weights: number[]; cr: number; consistent: boolean };
    expect(Object.keys(json)).toEqual(['weights', 'lambdaMax', 'ci', 'cr', 'consistent']);
    expect(json.weights.map((w: number) => w.toFixed(3))).toEqual(['0.177', '0.019', '0.042', '0.116', '0.190', '0.129', '0.327']);
    expect(json.cr).toBeCloseTo(0.022, 3);
    expect(json.consistent).toBe(true);
  });

  it('reports inconsistency (exit 0) and points at the judgements to revisit', async () => {
    const p = file('bad-ahp.csv', '1,2,1/8\n1/2,1,2\n8,1/2,1\n');
    const json = await cli('ahp', '--pairwise', p, '--format', 'json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.out).consistent).toBe(false);
    const text = await cli('ahp', '--pairwise', p);
    expect(text.out).toMatch(/INCONSISTENT/);
    expect(text.out).toMatch(/Judgements to revisit/);
  });

  it('writes the judgements to revisit as the file does (9, 1/9), never "1/1.00" for a value just under 1', async () => {
    // A cycle: every item 9 times another; the weights are equal, so each judgement should be 1.
    const text = await cli('ahp', '--pairwise', file('cycle.csv', '1,9,1/9\n1/9,1,9\n9,1/9,1\n'));
    expect(text.status).toBe(0);
    const revisit = text.out.split('Judgements to revisit (given → consistent with the weights):\n')[1]?.trimEnd().split('\n');
    expect(revisit).toEqual(['  row 2, column 3: 9 → 1', '  row 1, column 3: 1/9 → 1', '  row 1, column 2: 9 → 1']);
  });

  it.each([
    // The place said once, before the reason (it read "p.csv, row 1, column 2: The judgement in row 1, column 2 is 0…").
    [
      '1,0\n1,1\n',
      /^arranjo: \S*p\.csv, row 1, column 2: the judgement is 0; judgements must be positive \(1\/9 … 9, 1 for equal importance\)\.\n$/,
    ],
    [
      '1,3\n3,1\n',
      /^arranjo: \S*p\.csv, row 2, column 1: the matrix is not reciprocal: this judgement is 3, but row 1, column 2 is 3, so this one should be 1\/3\.\n$/,
    ],
    ['1,12\n1/12,1\n', /^arranjo: \S*p\.csv, row 1, column 2: the judgement is 12, outside Saaty's scale: write 1 to 9/],
    ['2,1\n1,1\n', /^arranjo: \S*p\.csv, row 1, column 1: the diagonal is 2; an item compared with itself is 1\.\n$/],
    ['1,2,3\n1/2,1\n1/3,1,1\n', /^arranjo: \S*p\.csv, row 2: the row has 2 values; the matrix must be 3 × 3\.\n$/],
    ['1\n', /^arranjo: \S*p\.csv: A pairwise comparison matrix needs at least two items\.\n$/],
    ['1,x\n1,1\n', /row 1, column 2: "x" is not a number/],
  ])('refuses %j with exit 2, saying the place once', async (text, message) => {
    const { status, err } = await cli('ahp', '--pairwise', file('p.csv', text), '--format', 'json');
    expect(status).toBe(2);
    expect(err).toMatch(message);
    expect(err.match(/row \d/g)?.length ?? 0, err).toBeLessThanOrEqual(/reciprocal/.test(err) ? 2 : 1);
  });
});

describe('arranjo weights', () => {
  const diakoulaki = file(
    'diakoulaki.csv',
    'alternative,c1,c2,c3\nweight,,,\ndirection,benefit,benefit,benefit\n' +
      [
        'a1,61,1.08,4.33',
        'a2,20.7,0.26,4.34',
        'a3,16.3,1.98,2.53',
        'a4,9.0,3.29,1.65',
        'a5,5.4,2.77,2.33',
        'a6,4.0,4.12,1.21',
        'a7,-6.1,3.52,2.10',
        'a8,-34.6,3.31,0.98',
      ].join('\n'),
  );
  it('--method critic --format json (Diakoulaki et al. 1995)', async () => {
    const { status, out, err } = await cli('weights', '--matrix', diakoulaki, '--method', 'critic', '--format', 'json');
    expect(err).toBe('');
    expect(status).toBe(0);
    const json = JSON.parse(out) as { weights: number[] };
    expect(Object.keys(json)).toEqual(['weights']);
    [0.20222554, 0.48090173, 0.31687273].forEach((w, j) => expect(json.weights[j]).toBeCloseTo(w, 8));
  });
  it('--method entropy refuses negative values with exit 2', async () => {
    const { status, err } = await cli('weights', '--matrix', diakoulaki, '--method', 'entropy', '--format', 'json');
    expect(status).toBe(2);
    expect(err).toMatch(/Entropy weights need values of 0 or more, but criterion "c1" is -6.1 for "a7"/);
  });
  it('--method entropy without a weight row', async () => {
    const m = file('entropy.csv', 'alternative,c1,c2\ndirection,benefit,cost\nA,1,1\nB,1,2\nC,2,3\n');
    const { status, out } = await cli('weights', '--matrix', m, '--method', 'entropy', '--format', 'json');
    expect(status).toBe(0);
    expect(JSON.parse(out).weights[0]).toBeCloseTo(0.40309, 5);
  });
});

describe('arranjo rank warnings', () => {
  it('tells on stderr which alternatives --missing excluded or imputed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'arranjo-rank-warn-'));
    const file = path.join(dir, 'm.csv');
    writeFileSync(file, 'alternative,jobs,cost\nweight,0.5,0.5\ndirection,benefit,cost\nA,10,3\nB,,2\nC,7,1\n');
    let err = '';
    const status = await run(
      ['rank', '--matrix', file, '--method', 'wsm', '--missing', 'exclude', '--format', 'csv'],
      () => undefined,
      (s) => (err += s),
    );
    expect(status).toBe(0);
    expect(err).toMatch(/warning: B excluded: no value for jobs/);
  });
});
