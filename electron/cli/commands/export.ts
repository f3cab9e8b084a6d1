import { writeFile } from 'node:fs/promises';
import { ArranjoError } from '../../../shared/errors';
import type { CliCommand, ParsedCommand } from '../command';
import { openWorkspace } from '../context';
import { sitePlan } from './plan-view';

type Locale = 'pt-BR' | 'en' | 'es';

/** `--plan <site>`: the attraction plan workbook. */
async function exportPlan(cmd: ParsedCommand, out: string): Promise<{ json: unknown; text: string }> {
  const engine = await openWorkspace(cmd.positional(0, 'workspace file'));
  const view = await sitePlan(engine, cmd.requiredString('plan'), cmd.string('period'));
  const locale = cmd.choice<Locale>('locale', ['pt-BR', 'en', 'es'], 'pt-BR');
  const bytes = await engine.exportAttractionWorkbook(view.plan.id, locale);
  await writeFile(out, bytes);
  return { json: { file: out, site: view.site.code, period: view.plan.period, bytes: bytes.length }, text: `Wrote ${out} (${view.site.name}, ${view.plan.period}).\n` };
}

/**
 * `arranjo export <ws> --<what> … --out file.xlsx`: one workbook per kind, chosen by its flag. Each
 * kind is one entry of EXPORTS (the works portfolio, `--projects`, slots in beside `--plan`).
 */
const EXPORTS: { flag: string; run: (cmd: ParsedCommand, out: string) => Promise<{ json: unknown; text: string }> }[] = [
  { flag: 'plan', run: exportPlan },
];

export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'arranjo export <ws> --plan <site> --out plan.xlsx [--period P] [--locale pt-BR|en|es]\n' +
    '                   the attraction plan workbook of a district (its code or exact name)',
  options: { plan: { type: 'string' }, out: { type: 'string' }, period: { type: 'string' }, locale: { type: 'string' } },
  async run(cmd) {
    const chosen = EXPORTS.filter((e) => cmd.string(e.flag) !== undefined || cmd.flag(e.flag));
    if (chosen.length !== 1)
      throw new ArranjoError('INVALID_INPUT', `arranjo export: give exactly one of ${EXPORTS.map((e) => `--${e.flag}`).join(', ')}.`);
    const out = cmd.requiredString('out');
    return (chosen[0] as (typeof EXPORTS)[number]).run(cmd, out);
  },
};
