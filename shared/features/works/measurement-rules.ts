/**
 * The first day a work can show progress (none is measured before it, by the form or an import): the
 * earlier of its planned and actual start, as a work may begin before its plan.
 */
export function workFirstDay(work: { plannedStart: string; actualStart: string | null }): string {
  return work.actualStart !== null && work.actualStart < work.plannedStart ? work.actualStart : work.plannedStart;
}

/**
 * How far a works contract may grow by additions: 25 % of its value, 50 % for the refurbishment of a
 * building or of equipment (Lei 14.133/2021, art. 125). The larger bound, so that a lawful addition
 * is never questioned.
 */
export const MAX_CONTRACT_ADDITIONS = 0.5;

/**
 * A committed amount beyond what the law lets a contract for this budget reach (over 150 % of it: an
 * amount in cents or a digit too many, or a budget never updated), as a whole % of the budget; null
 * when it is within. Kept, and said.
 */
export function committedBeyondBudget(committed: number, budgetPlanned: number): number | null {
  return budgetPlanned > 0 && committed > budgetPlanned * (1 + MAX_CONTRACT_ADDITIONS)
    ? Math.round((committed / budgetPlanned) * 100)
    : null;
}

/**
 * The rule a series of cumulative measurements must keep: physical progress never goes down,
 * unless that measurement is flagged as a correction (a re-measurement that fixes an earlier one).
 */
export interface SequencePoint {
  date: string;
  physicalProgress: number;
  correction: boolean;
}

export function checkMeasurementSequence<P extends SequencePoint>(
  points: readonly P[],
): { date: string; point: P; previous: P; message: string }[] {
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const problems: { date: string; point: P; previous: P; message: string }[] = [];
  let previous: P | null = null;
  for (const p of sorted) {
    if (previous && p.physicalProgress < previous.physicalProgress && !p.correction) {
      problems.push({
        date: p.date,
        point: p,
        previous,
        message: `physical progress ${p.physicalProgress}% on ${p.date} is below the ${previous.physicalProgress}% measured on ${previous.date}; progress is cumulative — fix the value, or mark the row as a correction.`,
      });
    }
    previous = p;
  }
  return problems;
}
