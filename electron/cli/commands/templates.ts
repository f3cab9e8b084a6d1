import { TemplateRegistry } from '../../../shared/import/templates/registry';
import { ROW_FORMATS, type CliCommand } from '../command';
import { openWorkspace } from '../context';

export const templatesCommand: CliCommand = {
  name: 'templates',
  maxArguments: 1,
  usage: 'arranjo templates [<ws>] [--format json|csv]        the built-in import templates, and those saved in <ws>',
  options: {},
  formats: ROW_FORMATS,
  async run(cmd) {
    const ws = cmd.optionalPositional(0);
    const templates = ws ? await (await openWorkspace(ws)).importTemplates() : new TemplateRegistry(null).infos();
    if (cmd.format() === 'json') return { json: templates, text: '' };
    return {
      rows: {
        header: ['id', 'target', 'built_in', 'label'],
        rows: templates.map((t) => [t.id, t.target, t.builtIn ? 'yes' : 'no', t.label]),
      },
    };
  },
};
