import { parseMatrixCsv } from '../../../shared/analysis/mcda/matrix-csv';
import { OBJECTIVE_WEIGHTINGS, objectiveWeights, type ObjectiveWeighting } from '../../../shared/analysis/mcda/objective-weights';
import { ArranjoError } from '../../../shared/errors';
import { VALUE_FORMATS, type CliCommand } from '../command';
import { readTextFile } from './read-text-file';

/** → {"weights":[…]} */
export const weightsCommand: CliCommand = {
  name: 'weights',
  maxArguments: 0,
  usage:
    'arranjo weights --matrix m.csv --method entropy|critic [--format json]     objective weights, a starting point\n' +
    '      m.csv as for rank (its weight row, if any, is ignored); every value must be filled in.',
  options: { matrix: { type: 'string' }, method: { type: 'string' } },
  formats: VALUE_FORMATS,
  async run(cmd) {
    const file = cmd.requiredString('matrix');
    if (cmd.string('method') === undefined)
      throw new ArranjoError('INVALID_INPUT', `--method is required: ${OBJECTIVE_WEIGHTINGS.join(', ')}.`);
    const method = cmd.choice<ObjectiveWeighting>('method', OBJECTIVE_WEIGHTINGS, 'entropy');
    const raw = parseMatrixCsv(await readTextFile(file, 'matrix'), file, { weights: 'optional', missing: 'refuse' });
    const matrix = { ...raw, values: raw.values.map((row) => row.map((v) => v ?? 0)) };
    const { weights } = objectiveWeights(matrix, method);
    const width = Math.max(9, ...matrix.criteria.map((c) => c.name.length));
    const text =
      [
        `${'criterion'.padEnd(width)}  weight`,
        ...matrix.criteria.map((c, j) => `${c.name.padEnd(width)}  ${(weights[j] ?? 0).toFixed(4)}`),
      ].join('\n') + '\n';
    return { json: { weights }, text };
  },
};
