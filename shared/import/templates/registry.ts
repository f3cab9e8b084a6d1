import type { Connection } from '../../db/connection';
import { ArranjoError } from '../../errors';
import { ImportTemplateRepository } from '../../repositories/import-template-repository';
import type { ImportMapping } from '../mapping/mapping-schema';
import type { ImportLayout, ImportTemplateInfo } from '../types';
import { headerKey } from '../values/text';
import { BUILT_IN_TEMPLATES } from './built-ins';
import { importTemplateSchema, type ImportTemplate, type TemplateColumn } from './template';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A template that reproduces a mapping on files with the same headers (saved from the wizard). */
export function templateFromMapping(
  id: string,
  label: string,
  mapping: ImportMapping,
  layout: ImportLayout,
  sheetName: string | null,
): ImportTemplate {
  const columns = mapping.columns.flatMap(({ column, role }): TemplateColumn[] => {
    const header = layout.columns[column]?.header ?? '';
    if (header === '') return [];
    const rule = { match: `^${escapeRegex(headerKey(header))}$`, role: role.role, required: role.role === 'territory' };
    switch (role.role) {
      case 'measure':
        return [{ ...rule, measure: role.measure }];
      case 'sector-value':
        return [{ ...rule, sectorCode: role.sectorCode }];
      case 'year-value':
        return [{ ...rule, year: String(role.year), ...(role.indicator ? { indicator: role.indicator } : {}) }];
      case 'indicator-value':
        return [{ ...rule, indicator: role.indicator }];
      case 'period-value':
        return [{ ...rule, field: role.field, ...(role.perPeriod ? { perPeriod: true } : {}) }];
      default:
        // Every feature column (site, work, measurement, initiative, plan, programme…) keeps its field.
        return [{ ...rule, ...('field' in role ? { field: role.field } : {}) }];
    }
  });
  const { target, columns: _columns, ...fixed } = mapping;
  return importTemplateSchema.parse({
    id,
    label,
    description: `Saved from an import of sheet "${layout.sheet}".`,
    target,
    sheet: sheetName ? `^${escapeRegex(sheetName)}$` : undefined,
    columns: columns.length > 0 ? columns : [{ match: '.', role: 'ignore' }],
    fixed,
  });
}

/** Built-in templates and the ones saved in the workspace, by id. */
export class TemplateRegistry {
  private readonly repo: ImportTemplateRepository | null;

  constructor(conn: Connection | null) {
    this.repo = conn ? new ImportTemplateRepository(conn) : null;
  }

  saved(): ImportTemplate[] {
    if (!this.repo) return [];
    return this.repo.list().flatMap((t) => {
      const parsed = importTemplateSchema.safeParse(JSON.parse(t.definition));
      return parsed.success ? [parsed.data] : [];
    });
  }

  all(): ImportTemplate[] {
    return [...BUILT_IN_TEMPLATES, ...this.saved()];
  }

  get(id: string): ImportTemplate {
    const found = this.all().find((t) => t.id === id);
    if (!found) {
      throw new ArranjoError(
        'NOT_FOUND',
        `There is no import template "${id}". Templates: ${this.all()
          .map((t) => t.id)
          .join(', ')}.`,
        {},
        { template: id },
      );
    }
    return found;
  }

  infos(): ImportTemplateInfo[] {
    const builtIn = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));
    return this.all().map((t) => ({ id: t.id, label: t.label, target: t.target, builtIn: builtIn.has(t.id), description: t.description }));
  }

  save(template: ImportTemplate, now: string): void {
    if (BUILT_IN_TEMPLATES.some((t) => t.id === template.id)) {
      throw new ArranjoError(
        'CONSTRAINT',
        `"${template.id}" is a built-in template; save yours under another name.`,
        { column: 'id' },
        { field: 'id' },
      );
    }
    if (!this.repo) throw new ArranjoError('NO_WORKSPACE', 'No workspace is open.');
    this.repo.save({ id: template.id, label: template.label, target: template.target, definition: JSON.stringify(template) }, now);
  }

  delete(id: string): void {
    if (!this.repo?.delete(id)) throw new ArranjoError('NOT_FOUND', `There is no saved import template "${id}".`, {}, { template: id });
  }
}
