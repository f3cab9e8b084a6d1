import { compilePattern, execPattern } from '../../text/safe-pattern';
import type { ImportLayout, TemplateMatch } from '../types';
import { templateFits, type ImportTemplate } from './template';

/**
 * The templates whose layout the file has. `certain` when nothing else could tell them apart
 * either; `possible` when the layout fits but the template also needs the file name to say what
 * the numbers are (a RAIS export looks the same for jobs, payroll and establishments).
 */
export function matchTemplates(
  fileName: string,
  sheets: readonly { name: string; hidden: boolean }[],
  templates: readonly ImportTemplate[],
  layoutOf: (sheet: string) => ImportLayout | null,
): TemplateMatch[] {
  const matches: TemplateMatch[] = [];
  for (const template of templates) {
    const sheetPattern = template.sheet ? compilePattern(template.sheet) : null;
    for (const sheet of sheets) {
      if (sheet.hidden || (sheetPattern && !sheetPattern.test(sheet.name))) continue;
      const layout = layoutOf(sheet.name);
      if (!layout || !templateFits(template, layout)) continue;
      const named = template.fileName ? execPattern(compilePattern(template.fileName), fileName) !== null : true;
      matches.push({
        templateId: template.id,
        label: template.label,
        sheet: sheet.name,
        confidence: named ? 'certain' : 'possible',
        reason: named
          ? `the columns of sheet "${sheet.name}" are those of ${template.id}${template.fileName ? ' and the file name says what they count' : ''}`
          : `the columns fit, but the file name does not say that it holds ${template.fixed.measure ?? template.target}`,
      });
      break;
    }
  }
  return matches;
}

export type TemplateChoice =
  { kind: 'picked'; match: TemplateMatch } | { kind: 'ambiguous'; candidates: TemplateMatch[] } | { kind: 'none' };

/** The template to use without asking: one certain match, and nothing else certain. */
export function pickTemplate(matches: readonly TemplateMatch[]): TemplateChoice {
  const certain = matches.filter((m) => m.confidence === 'certain');
  const [only] = certain;
  if (certain.length === 1 && only) return { kind: 'picked', match: only };
  if (matches.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', candidates: certain.length > 1 ? certain : [...matches] };
}

/**
 * Another template whose file-name pattern the file's name fits, where the chosen one's does not,
 * and whose layout the file has too: `--template rais-setor-remuneracao` given a RAIS file named
 * "…vinculos…" would write job counts as payroll, without a word. Null when nothing says so.
 */
export function nameSaysOther(
  fileName: string,
  chosen: ImportTemplate,
  templates: readonly ImportTemplate[],
  layout: ImportLayout,
): ImportTemplate | null {
  const names = (t: ImportTemplate) => t.fileName !== undefined && execPattern(compilePattern(t.fileName), fileName) !== null;
  if (chosen.fileName === undefined || names(chosen)) return null;
  return templates.find((t) => t.id !== chosen.id && t.target === chosen.target && names(t) && templateFits(t, layout)) ?? null;
}
