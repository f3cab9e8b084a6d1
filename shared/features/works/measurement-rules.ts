/**
 * The first day a work can show progress (none is measured before it, by the form or an import): the
 * earlier of its planned and actual start, as a work may begin before its plan.
 */
export function workFirstDay(work: { plannedStart: string; actualStart: string | null }): string {
  return work.actualStart !== null && work.actualStart < work.plannedStart ? work.actualStart : work.plannedStart;
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
