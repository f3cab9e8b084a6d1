import { ahp, CR_THRESHOLD } from '../../../shared/analysis/mcda/ahp';
import { ahpReasonText, ahpRefusal } from '../../../shared/analysis/mcda/ahp-refusals';
import { parsePairwiseCsv } from '../../../shared/analysis/mcda/pairwise-csv';
import { ArranjoError, describeLocation } from '../../../shared/errors';
import { VALUE_FORMATS, type CliCommand } from '../command';
import { readTextFile } from './read-text-file';

/** → {"weights":[…],"lambdaMax":x,"ci":x,"cr":x,"consistent":bool} */
export const ahpCommand: CliCommand = {
  name: 'ahp',
  maxArguments: 0,
  usage:
    'arranjo ahp --pairwise p.csv [--format json]     AHP weights (principal eigenvector) and consistency ratio\n' +
    '      p.csv: the n × n pairwise comparison matrix, numbers or fractions (1/3), no header; positive and\n' +
    '      reciprocal (a_ji = 1/a_ij). CR above 0.10 is reported as inconsistent, with the judgements to revisit.',
  options: { pairwise: { type: 'string' } },
  formats: VALUE_FORMATS,
  async run(cmd) {
    const file = cmd.requiredString('pairwise');
    const matrix = parsePairwiseCsv(await readTextFile(file, 'pairwise'), file);
    let result;
    try {
      result = ahp(matrix);
    } catch (error) {
      const refusal = error instanceof ArranjoError ? ahpRefusal(error.params) : null;
      if (!refusal) throw error;
      // Located as the file's own refusals are ("p.csv, row 2, column 1: …"): the place said once.
      const where = {
        file,
        ...('row' in refusal ? { row: refusal.row } : {}),
        ...('column' in refusal ? { column: String(refusal.column) } : {}),
      };
      throw new ArranjoError('INVALID_INPUT', `${describeLocation(where)}: ${ahpReasonText(refusal)}`, where);
    }
    const { weights, lambdaMax, ci, cr, consistent } = result;
    const lines = [
      ...weights.map((w, i) => `item ${String(i + 1).padEnd(3)} ${w.toFixed(4)}`),
      `λmax ${lambdaMax.toFixed(4)}   CI ${ci.toFixed(4)}   CR ${cr.toFixed(4)}   ${consistent ? 'consistent' : `INCONSISTENT (CR > ${CR_THRESHOLD})`}`,
    ];
    if (!consistent) {
      lines.push('Judgements to revisit (given → consistent with the weights):');
      for (const j of result.judgements.slice(0, 3)) {
        lines.push(`  row ${j.row + 1}, column ${j.column + 1}: ${fmt(j.given)} → ${fmt(j.implied)}`);
      }
    }
    return { json: { weights, lambdaMax, ci, cr, consistent }, text: lines.join('\n') + '\n' };
  },
};

/**
 * A judgement as the file writes it: "9", "1/9", else two decimals ("1/2.47" below 1). A value just
 * under 1 read "1/1.00", and the file's own 9 read "9.00".
 */
function fmt(x: number): string {
  const whole = (v: number) => Math.abs(v - Math.round(v)) < 1e-9;
  if (whole(x)) return String(Math.round(x));
  if (whole(1 / x)) return `1/${Math.round(1 / x)}`;
  return x >= 1 || (1 / x).toFixed(2) === '1.00' ? x.toFixed(2) : `1/${(1 / x).toFixed(2)}`;
}
