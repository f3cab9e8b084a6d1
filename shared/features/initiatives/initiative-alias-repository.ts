import type { Connection } from '../../db/connection';

/** A merged initiative's code, and the initiative it now is. */
export interface InitiativeAlias {
  alias: string;
  /** The merged initiative's name when it was merged. */
  aliasName: string;
  code: string;
  name: string;
}

/** The codes of merged initiatives (schema 17): an import that names one updates the kept initiative. */
export class InitiativeAliasRepository {
  constructor(private readonly conn: Connection) {}

  /**
   * Records that `alias` (a merged initiative's code) is now `intoId`, and moves the aliases the merged
   * one had (`fromId`) along with it.
   */
  record(fromId: number, intoId: number, alias: string, name: string, now: string): void {
    this.conn.run('UPDATE initiative_alias SET initiative_id = ? WHERE initiative_id = ?', [intoId, fromId]);
    this.conn.run(
      `INSERT INTO initiative_alias (alias, initiative_id, name, merged_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (alias) DO UPDATE SET initiative_id = excluded.initiative_id, name = excluded.name, merged_at = excluded.merged_at`,
      [alias, intoId, name, now],
    );
  }

  /** Every alias whose code no initiative has itself (a code of the registry always means that initiative), by upper-cased alias. */
  all(): Map<string, InitiativeAlias> {
    const rows = this.conn.all<{ alias: string; alias_name: string; code: string; name: string }>(
      `SELECT a.alias, a.name AS alias_name, i.code, i.name FROM initiative_alias a JOIN initiative i ON i.id = a.initiative_id
       WHERE NOT EXISTS (SELECT 1 FROM initiative o WHERE o.code = a.alias) ORDER BY a.alias`,
    );
    return new Map(rows.map((r) => [r.alias.toUpperCase(), { alias: r.alias, aliasName: r.alias_name, code: r.code, name: r.name }]));
  }

  /** The aliases of one initiative (the codes merged into it), by code. */
  of(initiativeId: number): string[] {
    return this.conn
      .all<{ alias: string }>('SELECT alias FROM initiative_alias WHERE initiative_id = ? ORDER BY alias', [initiativeId])
      .map((r) => r.alias);
  }
}
