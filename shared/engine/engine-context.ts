import type { Connection } from '../db/connection';
import type { History } from './history';

/**
 * What an area of the engine needs from the open workspace. Getters, because opening or creating a
 * workspace replaces the connection and starts a new history.
 */
export interface EngineContext {
  /** The open workspace; throws NO_WORKSPACE when none is. */
  readonly db: () => Connection;
  readonly changes: () => History;
  readonly now: () => string;
  /**
   * The day the workspace's dates are read at when none is given (YYYY-MM-DD): a demo's own day,
   * which its illustrative works, plans and prospects describe, and today for any other workspace.
   */
  readonly today: () => string;
}
