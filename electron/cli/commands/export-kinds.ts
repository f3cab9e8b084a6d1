import { writeFile } from 'node:fs/promises';
import type { Engine } from '../../../shared/engine/engine';
import type { OptionSpec, ParsedCommand } from '../command';
import { sitePlan } from './plan-view';

/**
 * What `arranjo export` can write, one entry per kind: the option that selects it (`--projects`,
 * `--plan <site>`…), its own extra options, and how it builds the file. Add a kind here and nowhere
 * else; `export` refuses a command line that selects none or several.
 */
export interface ExportKind {
  /** The option that selects this kind; a string option carries its argument (`--plan <site>`). */
  option: string;
  type: 'boolean' | 'string';
  usage: string;
  options: OptionSpec;
  build(engine: Engine, cmd: ParsedCommand): Promise<{ bytes: Uint8Array; what: string }>;
}

export const LANGS = ['pt-BR', 'en', 'es'] as const;

export const EXPORT_KINDS: readonly ExportKind[] = [
  {
    option: 'projects',
    type: 'boolean',
    usage: 'arranjo export <ws> --projects --out works.xlsx [--status-date D] [--lang pt-BR|en|es]   the works portfolio workbook',
    options: { 'status-date': { type: 'string' } },
    async build(engine, cmd) {
      const lang = cmd.choice('lang', LANGS, 'pt-BR');
      const rows = await engine.worksPortfolio(cmd.string('status-date'));
      return { bytes: await engine.exportWorksWorkbook(lang, cmd.string('status-date')), what: `${rows.length} works` };
    },
  },
  {
    option: 'plan',
    type: 'string',
    usage:
      'arranjo export <ws> --plan <site> --out plan.xlsx [--period P] [--lang pt-BR|en|es]   the attraction plan workbook of a district (its code or exact name)',
    options: { period: { type: 'string' } },
    async build(engine, cmd) {
      const lang = cmd.choice('lang', LANGS, 'pt-BR');
      const view = await sitePlan(engine, cmd.requiredString('plan'), cmd.string('period'));
      return { bytes: await engine.exportAttractionWorkbook(view.plan.id, lang), what: `${view.site.name}, ${view.plan.period}` };
    },
  },
];

export async function writeOut(file: string, bytes: Uint8Array): Promise<void> {
  await writeFile(file, bytes);
}
