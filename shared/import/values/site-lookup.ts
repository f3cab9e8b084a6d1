import type { IssueParams } from '../types';
import { clip, nameKey } from './text';

/** What a row's district or pole cell is matched against: a site of the workspace. */
export interface SiteRef {
  id: number;
  code: string;
  name: string;
}

/** A cell read as a site: the one it names, or why none (nothing matches, or a name two sites share). */
export type SiteMatch<S extends SiteRef = SiteRef> = { found: true; site: S } | { found: false; sharedBy: readonly S[] };

/**
 * Finds the site a cell names, as DESIGN §10 reads `<site>`: its code or its name. Agency sheets name
 * their districts ("Distrito Industrial de Uberaba", "DISTRITO INDUSTRIAL DE UBERABA") more often
 * than they carry the workspace's codes, so, in order:
 *  1. the code as written, then the code up to case ("di-betim");
 *  2. the name as written, then the name up to case, accents, spaces and punctuation.
 * A code always wins over a name. Two sites may share a name (the table does not forbid it): such a
 * name matches neither, and the caller names both codes so the planner can write one.
 * The imports (works, lots, prospects, programme actions) and the CLI's `<site>` arguments (works,
 * plan, export --plan) all read sites by this one rule.
 */
export class SiteLookup<S extends SiteRef = SiteRef> {
  private readonly byCode = new Map<string, S>();
  private readonly byUpperCode = new Map<string, S>();
  private readonly byName = new Map<string, S[]>();
  private readonly byNameKey = new Map<string, S[]>();

  constructor(sites: Iterable<S>) {
    for (const site of sites) {
      this.byCode.set(site.code, site);
      this.byUpperCode.set(site.code.toUpperCase(), site);
      push(this.byName, site.name, site);
      push(this.byNameKey, nameKey(site.name), site);
    }
  }

  find(text: string): SiteMatch<S> {
    const given = text.trim();
    const code = this.byCode.get(given) ?? this.byUpperCode.get(given.toUpperCase());
    if (code) return { found: true, site: code };
    const key = nameKey(given);
    const named = this.byName.get(given) ?? (key === '' ? undefined : this.byNameKey.get(key));
    if (named?.length === 1) return { found: true, site: named[0] as S };
    return { found: false, sharedBy: named ?? [] };
  }

  /** The site a non-empty cell names, or null once `report` has been told why none (in the CLI's English). */
  read(text: string, report: SiteProblemReport): S | null {
    const match = this.find(text);
    if (match.found) return match.site;
    const shown = clip(text, 40);
    if (match.sharedBy.length > 1) {
      const codes = match.sharedBy.map((s) => s.code).join(', ');
      report(
        'ambiguous-site',
        `"${shown}" is the name of ${match.sharedBy.length} sites (${codes}): write the code of the one meant.`,
        text,
        { codes },
      );
    } else {
      report(
        'unknown-site',
        `"${shown}" is neither the code nor the name of a site of this workspace: use one that "arranjo sites" lists, or add the site first.`,
        text,
      );
    }
    return null;
  }
}

/** How a converter records that a row's site cell names no site (its row fails). */
export type SiteProblemReport = (code: 'unknown-site' | 'ambiguous-site', message: string, value: string, params?: IssueParams) => void;

function push<S>(map: Map<string, S[]>, key: string, site: S): void {
  const list = map.get(key);
  if (list) list.push(site);
  else map.set(key, [site]);
}
