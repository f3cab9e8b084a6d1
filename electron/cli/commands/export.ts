import { ArranjoError } from '../../../shared/errors';
import { VALUE_FORMATS, type CliCommand, type OptionSpec } from '../command';
import { openWorkspace } from '../context';
import { EXPORT_KINDS, refuseOut, writeOut } from './export-kinds';

const options: OptionSpec = { out: { type: 'string' }, lang: { type: 'string' } };
for (const k of EXPORT_KINDS) Object.assign(options, { [k.option]: { type: k.type } }, k.options);

/** `arranjo export <ws> --<kind> … --out file.xlsx|file.csv`: one file per kind (see export-kinds.ts). */
export const exportCommand: CliCommand = {
  name: 'export',
  maxArguments: 1,
  usage: EXPORT_KINDS.map((k) => k.usage).join('\n  '),
  options,
  formats: VALUE_FORMATS,
  async run(cmd) {
    const ws = cmd.positional(0, 'workspace file');
    const chosen = EXPORT_KINDS.filter((k) => (k.type === 'boolean' ? cmd.flag(k.option) : cmd.string(k.option) !== undefined));
    if (chosen.length !== 1) {
      throw new ArranjoError(
        'INVALID_INPUT',
        `arranjo export: say what to export with exactly one of ${EXPORT_KINDS.map((k) => `--${k.option}`).join(', ')}${chosen.length > 1 ? ` (got ${chosen.map((k) => `--${k.option}`).join(' and ')})` : ''}.`,
      );
    }
    const [kind] = chosen;
    if (!kind) throw new ArranjoError('INTERNAL', 'no export kind');
    const out = cmd.requiredString('out');
    refuseOut(out, ws, kind.extension);
    const engine = await openWorkspace(ws);
    const { bytes, what } = await kind.build(engine, cmd);
    await writeOut(out, bytes);
    return { json: { out, kind: kind.option, bytes: bytes.length }, text: `Wrote ${out} (${what}).\n` };
  },
};
