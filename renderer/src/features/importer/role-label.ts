import type { TFunction } from 'i18next';
import type { PlanField } from '../../../../shared/import/mapping/plan-fields';
import type { ColumnRole } from '../../../../shared/import/api';

/**
 * A column role in words: "Valor de um setor (2)", "Medida: empregos". Used by the mapping step
 * and by the history's record of how a batch was read. Site fields come from the app's site texts.
 */
export function roleLabel(t: TFunction<'importer'>, tc: TFunction<'translation'>, role: ColumnRole): string {
  const name = t(`roles.${role.role}`);
  switch (role.role) {
    case 'measure':
      return `${name}: ${t(`measures.${role.measure}`)}`;
    case 'sector-value':
      return `${name} (${role.sectorCode})`;
    case 'year-value':
      return `${name} (${role.year})`;
    case 'indicator-value':
      return `${name} (${role.indicator})`;
    case 'site-field':
      return `${name}: ${tc(`sites.fields.${role.field}`)}`;
    case 'work-field':
      return `${name}: ${t(`workFields.${role.field}`)}`;
    case 'measurement-field':
      return `${name}: ${t(`measurementFields.${role.field}`)}`;
    case 'initiative-field':
      return `${name}: ${t(`initiativeFields.${role.field}`)}`;
    case 'plan-field':
      return `${name}: ${t(`planFields.${role.field as PlanField}`)}`;
    case 'programme-field':
      return `${name}: ${t(`programmeFields.${role.field}`)}`;
    case 'period-value':
      return `${name}: ${t(`periodFields.${role.field}`)}${role.period ? ` (${role.period})` : ''}`;
    default:
      return name;
  }
}
