import { ArranjoError } from '../../../shared/errors';
import { SiteLookup, type SiteRef } from '../../../shared/import/values/site-lookup';

/**
 * The site a `<site>` argument names (DESIGN.md §10: its code or its name), by the rule the import
 * reads a site cell with; a name two sites share is refused with both codes.
 */
export function findSite<S extends SiteRef>(sites: Iterable<S>, given: string): S {
  const match = new SiteLookup(sites).find(given);
  if (match.found) return match.site;
  if (match.sharedBy.length > 1)
    throw new ArranjoError(
      'INVALID_INPUT',
      `"${given}" is the name of ${match.sharedBy.length} sites (${match.sharedBy.map((s) => s.code).join(', ')}); give the code of the one you mean.`,
    );
  throw new ArranjoError('INVALID_INPUT', `There is no site with the code or name "${given}"; "arranjo sites <ws>" lists them.`);
}
