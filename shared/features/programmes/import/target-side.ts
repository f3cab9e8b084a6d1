import type { Connection } from '../../../db/connection';
import { ProgrammeRepository } from '../programme-repository';

/** An indicator's direction by programme name and code: a new one (the import creates it) is higher-better. */
export type DirectionOf = (programme: string, indicator: string) => Direction;

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
    return byCode.get(indicator.toLowerCase()) ?? 'higher-better';
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
