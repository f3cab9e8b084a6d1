import type { TFunction } from 'i18next';
import type { UndoneChange } from '../../../shared/features/workspace';

/**
 * What an undo (or redo) changed back, in words: "Lotes (total) de Distrito Industrial de Betim",
 * or, for a change that names no record, the area it happened in ("uma alteração em Priorização").
 */
export function undoneText(u: UndoneChange, t: TFunction): string {
  const areaName = t(`areas.${u.area}`, { defaultValue: u.area });
  const fields = u.label.startsWith('site.') ? u.fields.map((f) => t(`sites.fields.${f}`, { defaultValue: f })) : u.fields;
  if (u.target && fields.length > 0) return t('workspace.undoneFields', { fields: fields.join(', '), target: u.target, area: areaName });
  if (u.target) return t('workspace.undoneTarget', { target: u.target, area: areaName });
  return t('workspace.undoneArea', { area: areaName });
}
