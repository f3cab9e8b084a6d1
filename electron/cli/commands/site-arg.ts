import { ArranjoError } from '../../../shared/errors';
import { SiteLookup, type SiteRef } from '../../../shared/import/values/site-lookup';

/**
 * The site a `<site>` argument names (DESIGN.md §10: its code or its name), read and refused as an
 * import reads a site cell: a name two sites share is refused with both codes.
 */
export function findSite<S extends SiteRef>(sites: Iterable<S>, given: string): S {
  const site = new SiteLookup(sites).read(given, (_code, message) => {
    throw new ArranjoError('INVALID_INPUT', message);
  });
  if (!site) throw new ArranjoError('INTERNAL', `no site read from "${given}", and no reason given`);
  return site;
}
