import type { Connection } from '../../db/connection';
import type { WorkspaceCounts, WorkspaceInfo } from '../../domain/types';

const COUNTED_TABLES: Record<keyof WorkspaceCounts, string> = {
  municipalities: 'municipality',
  sites: 'site',
  indicators: 'indicator',
  indicatorValues: 'indicator_value',
  employment: 'employment',
  projects: 'project',
  lots: 'lot',
  prospects: 'prospect',
  programmeActions: 'programme_action',
  initiatives: 'initiative',
};

export function countRows(conn: Connection): WorkspaceCounts {
  const counts = {} as WorkspaceCounts;
  for (const [key, table] of Object.entries(COUNTED_TABLES) as [keyof WorkspaceCounts, string][]) {
    // Table names come from the constant above, never from input.
    counts[key] = Number(conn.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)?.n ?? 0);
  }
  return counts;
}

/** The workspace's schema version and counts: the engine's `info`, and `arranjo info` without the engine. */
export function workspaceInfo(conn: Connection): WorkspaceInfo {
  return { schemaVersion: conn.userVersion(), counts: countRows(conn) };
}
