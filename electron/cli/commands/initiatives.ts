import { stateAbbr } from '../../../shared/features/importer/import-file';
import { ROW_FORMATS, type CliCommand } from '../command';
import { openWorkspace } from '../context';

/** → code,name,kind,route,states,municipalities,population (DESIGN §10). */
export const initiativesCommand: CliCommand = {
  name: 'initiatives',
  maxArguments: 1,
  usage: 'arranjo initiatives <ws> [--route R] [--state UF] [--format csv|json]   the registry of poles and initiatives',
  options: { route: { type: 'string' }, state: { type: 'string' } },
  formats: ROW_FORMATS,
  async run(cmd) {
    const engine = await openWorkspace(cmd.positional(0, 'workspace file'));
    const route = cmd.string('route');
    // An unknown state is refused as the import refuses it (it listed no initiative, exit 0).
    const given = cmd.string('state');
    const state = given === undefined ? undefined : stateAbbr(engine.connection(), given);
    const list = await engine.listInitiatives({ ...(route ? { route } : {}), ...(state ? { state } : {}) });
    // A route no initiative is on (a typo) listed nothing without a word: say so, and the routes there are.
    const routes =
      route && list.length === 0 ? [...new Set((await engine.listInitiatives({})).flatMap((i) => (i.route ? [i.route] : [])))].sort() : [];
    return {
      ...(route && list.length === 0
        ? {
            warnings: [
              `no initiative is on the route "${route}"${state ? ` in ${state}` : ''}; the routes of this workspace: ${routes.length > 0 ? routes.join(', ') : '(none)'}.`,
            ],
          }
        : {}),
      rows: {
        header: ['code', 'name', 'kind', 'route', 'states', 'municipalities', 'population'],
        rows: list.map((i) => [i.code, i.name, i.kind, i.route ?? '', i.states.join('|'), i.municipalities, i.population]),
      },
    };
  },
};
