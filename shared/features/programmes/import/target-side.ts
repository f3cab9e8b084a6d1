import type { Connection } from '../../../db/connection';
import { ProgrammeRepository } from '../programme-repository';
import { isBuiltin } from '../types';

/** An indicator's direction by programme name and code; null for one the workspace lacks (the import creates it higher-better). */
export type DirectionOf = (programme: string, indicator: string) => Direction | null;

export function indicatorDirections(conn: Connection): DirectionOf {
  const repo = new ProgrammeRepository(conn);
  const cache = new Map<string, Map<string, Direction>>();
  return (programme, indicator) => {
    let byCode = cache.get(programme);
    if (!byCode) {
      const p = repo.byName(programme);
      byCode = new Map(p ? repo.indicators(p.id).map((i) => [i.code.toLowerCase(), i.direction]) : []);
      cache.set(programme, byCode);
    }
    return byCode.get(indicator.toLowerCase()) ?? null;
  };
}

export type Direction = 'higher-better' | 'lower-better';

/**
 * The editor's rule (ProgrammeService.setTargets): a target on the wrong side of its baseline scores a
 * negative achievement, so a row giving one is refused at its target cell. The message, or null.
 */
export function wrongSideOfBaseline(direction: Direction, baseline: number, target: number): string | null {
  const wrong = direction === 'lower-better' ? target > baseline : target < baseline;
  return wrong
    ? `the target ${target} is on the wrong side of its baseline ${baseline} for an indicator where ${direction === 'lower-better' ? 'lower' : 'higher'} is better: check its sign or the indicator's direction.`
    : null;
}

/** Why a row's target is refused for its side of the baseline: the issue code, message and the direction judged by. */
export interface SideProblem {
  code: 'target-direction' | 'target-direction-new';
  message: string;
  direction: Direction;
}

/**
 * The target of `indicator` checked against its baseline (wrongSideOfBaseline). An indicator new to
 * the workspace is created higher-better, and arranjo-metas has no column to say otherwise: its
 * target below the baseline ("tempo de espera" 55 → 40) was refused with "check the indicator's
 * direction", an indicator there was none of yet. The refusal says how to import it.
 */
export function targetSideProblem(
  directionOf: DirectionOf,
  programme: string,
  indicator: string,
  baseline: number,
  target: number,
): SideProblem | null {
  const known = directionOf(programme, indicator);
  const direction = known ?? 'higher-better';
  const wrong = wrongSideOfBaseline(direction, baseline, target);
  if (!wrong) return null;
  if (known !== null || isBuiltin(indicator)) return { code: 'target-direction', message: wrong, direction };
  return {
    code: 'target-direction-new',
    direction,
    message: `the target ${target} is below the baseline ${baseline} of ${indicator}, an indicator this import creates as higher-is-better. If lower is better for it, add it first in the programme's results framework with "lower is better", then import again; otherwise check the target's sign.`,
  };
}
